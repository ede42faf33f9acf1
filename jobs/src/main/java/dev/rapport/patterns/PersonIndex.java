package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.identity.ContactResolver;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One person's messages indexed the ways the detectors, strengths and metrics read them: by contact, by id, by
 * thread, with which of the owner's messages started something. Built once per person and handed to all of them.
 *
 * <pre>{@code
 * PersonIndex person = PersonIndex.of(data, thresholds);
 * List<Assessment> scores = Detectors.assessAll(person);
 * List<Strength> strengths = Strengths.measure(person);
 * PersonMetrics metrics = PersonMetrics.of(person, scores);
 * }</pre>
 *
 * <p>Messages without a date, without a counterpart or addressed to more than {@link Thresholds#maxRecipients()}
 * people are left out. Immutable once built, so sharing it cannot change a result; outside this package it is only
 * passed along.
 */
public final class PersonIndex {
  final PersonData data;
  final Thresholds t;
  /** The end of the observed period: the data's {@code asOf}, else the last message's date. */
  final Instant asOf;
  /** Every kept message, oldest first. */
  final List<Msg> msgs;
  private final Map<String, Msg> byId = new HashMap<>();
  private final Map<String, List<Msg>> byContact = new TreeMap<>();
  private final Map<String, List<Msg>> byThread = new HashMap<>();
  private final Set<String> ownerStarted = new HashSet<>();

  private PersonIndex(PersonData data, Thresholds t) {
    this.data = data;
    this.t = t;
    List<Msg> kept = new ArrayList<>();
    for (Msg m : data.messages() == null ? List.<Msg>of() : data.messages()) {
      if (m.date() == null || m.counterparts() == null || m.counterparts().isEmpty()
          || m.recipientCount() > t.maxRecipients()) {
        continue;
      }
      kept.add(m);
    }
    kept.sort((a, b) -> a.date().compareTo(b.date()));
    this.msgs = Collections.unmodifiableList(kept);
    for (Msg m : kept) {
      byId.put(m.messageId(), m);
      for (String c : m.counterparts()) {
        byContact.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
      }
      List<Msg> thread = byThread.computeIfAbsent(threadOf(m), k -> new ArrayList<>());
      // A message starts something when it answers nothing and nothing came before it in its thread, or when it
      // breaks a long silence in a thread that never ends (LinkedIn keeps one conversation per pair). A reply to a
      // message outside the archive answers something, so it starts nothing.
      if (m.sent() && m.replyTo() == null && thread.isEmpty()) {
        ownerStarted.add(m.messageId());
      } else if (m.sent() && !thread.isEmpty()
          && days(thread.get(thread.size() - 1).date(), m.date()) > t.conversationGapDays()) {
        ownerStarted.add(m.messageId());
      }
      thread.add(m);
    }
    Instant last = kept.isEmpty() ? null : kept.get(kept.size() - 1).date();
    this.asOf = data.asOf() != null ? data.asOf() : last != null ? last : Instant.EPOCH;
  }

  /** The index of {@code data} under {@code t}; build it once per person and pass it to every reader. */
  public static PersonIndex of(PersonData data, Thresholds t) {
    if (data == null || t == null) {
      throw new IllegalArgumentException("person data and thresholds are required, got " + data + " and " + t);
    }
    return new PersonIndex(data, t);
  }

  public PersonData data() {
    return data;
  }

  public Thresholds thresholds() {
    return t;
  }

  /** Each contact's messages, oldest first, contacts in key order. */
  Map<String, List<Msg>> byContact() {
    return Collections.unmodifiableMap(byContact);
  }

  /** The messages with {@code contact}, oldest first; empty for a contact never written with. */
  List<Msg> with(String contact) {
    return byContact.getOrDefault(contact, List.of());
  }

  /** The owner wrote it and it opened a thread: the owner reached out rather than answered. */
  boolean ownerStarted(Msg m) {
    return ownerStarted.contains(m.messageId());
  }

  /** The first message of {@code m}'s thread, null when {@code m} is not in this index. */
  Msg opener(Msg m) {
    List<Msg> thread = byThread.get(threadOf(m));
    return thread == null || thread.isEmpty() ? null : thread.get(0);
  }

  /** The message {@code m} answers: the one it replies to by id, else the one before it in its thread; or null. */
  Msg previousInThread(Msg m) {
    if (m.replyTo() != null && byId.containsKey(m.replyTo())) {
      return byId.get(m.replyTo());
    }
    List<Msg> thread = byThread.get(threadOf(m));
    if (thread == null) {
      return null;
    }
    int i = thread.indexOf(m);
    return i > 0 ? thread.get(i - 1) : null;
  }

  /** The owner's first message to {@code contact} after {@code m} in {@code m}'s thread, or null. */
  Msg nextSentInThread(String contact, Msg m) {
    List<Msg> thread = byThread.get(threadOf(m));
    if (thread == null) {
      return null;
    }
    for (Msg x : thread) {
      if (x.sent() && x.date().isAfter(m.date()) && x.counterparts().contains(contact)) {
        return x;
      }
    }
    return null;
  }

  /** The owner's first message to {@code contact} strictly after {@code after}, or null. */
  Msg nextSent(String contact, Instant after) {
    for (Msg m : with(contact)) {
      if (m.sent() && m.date().isAfter(after)) {
        return m;
      }
    }
    return null;
  }

  /** The contact's first message strictly after {@code after}, or null. */
  Msg nextReceived(String contact, Instant after) {
    for (Msg m : with(contact)) {
      if (!m.sent() && m.date().isAfter(after)) {
        return m;
      }
    }
    return null;
  }

  /** The last message of either side with {@code contact} strictly before {@code before}, or null. */
  Msg lastBefore(String contact, Instant before) {
    Msg last = null;
    for (Msg m : with(contact)) {
      if (!m.date().isBefore(before)) {
        break;
      }
      last = m;
    }
    return last;
  }

  /** {@code m} is the first message either way with {@code contact}: there was no exchange at all before it. */
  boolean firstEver(String contact, Msg m) {
    List<Msg> all = with(contact);
    return !all.isEmpty() && all.get(0) == m;
  }

  /** Contacts the owner wrote to and who wrote to the owner, counting messages from {@code since} (null: all). */
  List<String> twoWay(Instant since) {
    List<String> out = new ArrayList<>();
    for (var e : byContact.entrySet()) {
      boolean sent = false;
      boolean received = false;
      for (Msg m : e.getValue()) {
        if (since == null || !m.date().isBefore(since)) {
          sent |= m.sent();
          received |= !m.sent();
        }
      }
      if (sent && received) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** At least {@code days} have passed between {@code from} and the end of the observed period. */
  boolean daysPassed(Instant from, int days) {
    return !from.plus(Duration.ofDays(days)).isAfter(asOf);
  }

  /** What the identity stage knows of a contact; null when it knows nothing. */
  Contact contact(String key) {
    return data.contacts() == null ? null : data.contacts().get(key);
  }

  /** When the contact first exchanged with the owner in any source, as the identity stage saw it; null if unknown. */
  Instant firstExchange(String contactKey) {
    Contact c = contact(contactKey);
    return c == null ? null : c.firstExchange();
  }

  /**
   * The contact a LinkedIn invitation or connection row names (they carry no contact key), as the identity stage
   * resolves it; empty when no contact matches.
   */
  Optional<String> contactOf(String profileUrl, String email, String name) {
    return data.contacts() == null ? Optional.empty()
        : ContactResolver.contactOf(data.contacts().values(), profileUrl, email, name);
  }

  /** {@code to} is no earlier than {@code from} and at most {@code days} after it. */
  static boolean within(Instant from, Instant to, int days) {
    return to != null && !to.isBefore(from) && !to.isAfter(from.plus(Duration.ofDays(days)));
  }

  /** Days from {@code from} to {@code to}, to the minute; negative when {@code to} is earlier. */
  static double days(Instant from, Instant to) {
    return Duration.between(from, to).toMinutes() / 1440.0;
  }

  private static String threadOf(Msg m) {
    return m.threadKey() == null ? m.messageId() : m.threadKey();
  }
}
