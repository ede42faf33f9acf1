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
  /** Which exchanges are networking; only those are in {@link #msgs}. */
  final NetworkingScope scope;
  /** Every dated person-to-person message, networking or not, oldest first: what the owner's coverage is read from. */
  final List<Msg> allMsgs;

  private PersonIndex(PersonData data, Thresholds t) {
    this.data = data;
    this.t = t;
    List<Msg> all = new ArrayList<>();
    for (Msg m : data.messages() == null ? List.<Msg>of() : data.messages()) {
      if (m.date() == null || m.counterparts() == null || m.counterparts().isEmpty()
          || m.recipientCount() > t.maxRecipients()) {
        continue;
      }
      all.add(m);
    }
    all.sort((a, b) -> a.date().compareTo(b.date()));
    this.allMsgs = Collections.unmodifiableList(all);
    this.scope = NetworkingScope.of(all, data.contacts());
    List<Msg> kept = new ArrayList<>();
    for (Msg m : all) {
      if (scope.keeps(m)) {
        kept.add(m);
      }
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
      if (m.sent() && m.replyTo() == null && !m.reply() && thread.isEmpty()) {
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

  /** How many person-to-person messages are part of the owner's networking: the ones the detectors judge. */
  public long networkingMessages() {
    return msgs.size();
  }

  /** Person-to-person messages left out as not networking, by reason ("day-to-day work", …). */
  public Map<String, Long> leftOut() {
    return scope.leftOut();
  }

  /** Each contact's messages, oldest first, contacts in key order. */
  Map<String, List<Msg>> byContact() {
    return Collections.unmodifiableMap(byContact);
  }

  /** The messages with {@code contact}, oldest first; empty for a contact never written with. */
  List<Msg> with(String contact) {
    return byContact.getOrDefault(contact, List.of());
  }

  /**
   * Every dated message with {@code contact}, networking or not, oldest first: whether two people are in touch at
   * all is read from this, whether they network from {@link #with}.
   */
  List<Msg> allWith(String contact) {
    if (allByContact == null) {
      Map<String, List<Msg>> by = new HashMap<>();
      for (Msg m : allMsgs) {
        for (String c : m.counterparts()) {
          by.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
        }
      }
      allByContact = by;
    }
    return allByContact.getOrDefault(contact, List.of());
  }

  private Map<String, List<Msg>> allByContact;

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

  // ---- what the archive can show ----

  /** {@code linkedin} for LinkedIn messages and invitation notes, {@code email} for the rest. */
  static String sourceOf(Msg m) {
    return m.source() != null && m.source().startsWith("linkedin") ? "linkedin" : "email";
  }

  /** The owner's own sent messages per source, dates ascending (work and personal mail included: it is coverage). */
  private Map<String, List<Instant>> ownSent;
  private Map<String, PersonData.SentMail> sentMail;

  private synchronized void coverage() {
    if (ownSent != null) {
      return;
    }
    Map<String, List<Instant>> dates = new TreeMap<>();
    Map<String, long[]> counts = new TreeMap<>();
    for (Msg m : allMsgs) {
      String source = sourceOf(m);
      counts.computeIfAbsent(source, k -> new long[2])[m.sent() ? 0 : 1]++;
      if (m.sent()) {
        dates.computeIfAbsent(source, k -> new ArrayList<>()).add(m.date());
      }
    }
    for (Msg n : data.invitationNotes() == null ? List.<Msg>of() : data.invitationNotes()) {
      if (n.date() != null) {
        dates.computeIfAbsent("linkedin", k -> new ArrayList<>()).add(n.date());
      }
    }
    dates.values().forEach(Collections::sort);
    Map<String, PersonData.SentMail> mail = new TreeMap<>();
    if (data.sentMail().isEmpty()) {
      counts.forEach((source, n) -> mail.put(source, new PersonData.SentMail(source, n[0], 0, n[1])));
    } else {
      data.sentMail().forEach(x -> mail.put(x.source(), x));
    }
    this.sentMail = mail;
    this.ownSent = dates;
  }

  /**
   * Why the archive cannot show the owner's replies in {@code source}: no mail the owner wrote, or mail sent from
   * their mailbox mostly written by someone else; empty when it can.
   */
  Optional<String> repliesNotShownIn(String source) {
    coverage();
    PersonData.SentMail m = sentMail.get(source);
    String where = "linkedin".equals(source) ? "LinkedIn messages" : "e-mail";
    if (m == null || m.own() == 0) {
      return Optional.of("the archive holds no " + where + " written by the owner, so it cannot show their replies");
    }
    if (m.delegate() > m.own()) {
      return Optional.of("most " + where + " sent from the owner's mailbox was written by someone else (" + m.delegate()
          + " of " + (m.own() + m.delegate()) + " sent messages), so it cannot show the owner's own replies");
    }
    return Optional.empty();
  }

  /**
   * Why no source of the archive can show the owner's replies to what others sent; empty when one can. A source with
   * nothing received asks nothing of the owner and is not counted against them.
   */
  Optional<String> repliesNotShown() {
    coverage();
    List<String> reasons = new ArrayList<>();
    for (var e : sentMail.entrySet()) {
      if (e.getValue().received() == 0) {
        continue;
      }
      Optional<String> why = repliesNotShownIn(e.getKey());
      if (why.isEmpty()) {
        return Optional.empty();
      }
      reasons.add(why.get());
    }
    if (!reasons.isEmpty()) {
      return Optional.of(String.join("; ", reasons));
    }
    // nothing received asks nothing of the owner; with nothing sent either there is nothing to judge
    return sentMail.values().stream().anyMatch(m -> m.own() > 0) ? Optional.empty()
        : Optional.of("the archive holds no person-to-person mail");
  }

  /**
   * The archive shows what the owner did about something that happened at {@code from} and was due by {@code due}:
   * the source can show the owner's replies, the archive goes on past {@code due}, and the owner's own mail there
   * comes within {@code coverage_gap_days} of the case. A mailbox whose sent mail stops, or was exported for another
   * period, leaves a silence that is the archive's, not the owner's.
   */
  boolean shows(String source, Instant from, Instant due) {
    if (repliesNotShownIn(source).isPresent() || asOf.isBefore(due)) {
      return false;
    }
    List<Instant> own = ownSent.getOrDefault(source, List.of());
    Instant lo = from.minus(Duration.ofDays(t.coverageGapDays()));
    Instant hi = due.plus(Duration.ofDays(t.coverageGapDays()));
    for (Instant i : own) {
      if (!i.isBefore(lo) && !i.isAfter(hi)) {
        return true;
      }
    }
    return false;
  }

  /** Whole days from the first to the last person-to-person message of the archive; 0 without messages. */
  long spanDays() {
    return allMsgs.isEmpty() ? 0
        : Duration.between(allMsgs.get(0).date(), allMsgs.get(allMsgs.size() - 1).date()).toDays();
  }

  /**
   * When the owner first wrote to {@code contact} in any way the archive shows: a message (networking or not), an
   * invitation note, or an invitation they sent; null when never.
   */
  Instant firstReachedOut(String contact) {
    if (firstReached == null) {
      Map<String, Instant> first = new HashMap<>();
      for (Msg m : allMsgs) {
        if (m.sent()) {
          for (String c : m.counterparts()) {
            first.merge(c, m.date(), (a, b) -> a.isBefore(b) ? a : b);
          }
        }
      }
      for (Msg n : data.invitationNotes() == null ? List.<Msg>of() : data.invitationNotes()) {
        if (n.date() != null) {
          n.counterparts().forEach(c -> first.merge(c, n.date(), (a, b) -> a.isBefore(b) ? a : b));
        }
      }
      ownerInvitations().forEach((c, at) -> first.merge(c, at, (a, b) -> a.isBefore(b) ? a : b));
      firstReached = first;
    }
    return firstReached.get(contact);
  }

  /**
   * When {@code contact} and the owner first said anything to each other, in any source and about anything: a
   * message either way, the owner's invitation note, or a note on the contact's invitation. A connection or an
   * invitation with no note is not an exchange: nobody said anything. Null when they never did.
   */
  Instant firstWords(String contact) {
    Instant first = null;
    for (Msg m : allMsgs) {
      if (m.counterparts().contains(contact)) {
        first = m.date();
        break;
      }
    }
    for (Msg n : data.invitationNotes() == null ? List.<Msg>of() : data.invitationNotes()) {
      if (n.date() != null && n.counterparts().contains(contact) && (first == null || n.date().isBefore(first))) {
        first = n.date();
      }
    }
    for (var inv : data.invitations() == null ? List.<dev.rapport.ingest.linkedin.Invitation>of()
        : data.invitations()) {
      if (!inv.outgoing() && inv.sentAt() != null && inv.message() != null && !inv.message().isBlank()
          && (first == null || inv.sentAt().isBefore(first))
          && contactOf(inv.inviterProfileUrl(), null, inv.from()).filter(contact::equals).isPresent()) {
        first = inv.sentAt();
      }
    }
    return first;
  }

  /** Student words in the owner's own networking messages: studies, classes, a degree, an internship search. */
  private static final java.util.regex.Pattern STUDENT = java.util.regex.Pattern.compile(
      "\\b(i'?m|i am) (a |an )?(first-year |second-year |third-year |final-year |senior |junior |graduate |grad |phd "
      + "|master'?s |mba |undergrad(uate)? )?(student|undergrad|sophomore|freshman|junior|senior|candidate)\\b"
      + "|\\bmy (major|minor|thesis|dissertation|degree|classes|coursework|professor|advisor|capstone)\\b"
      + "|\\b(summer internship|graduat(e|ing) (this|next|in))\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  private Boolean student;

  /**
   * The owner writes as a student (a university address, or their own messages say so twice or more): advice then
   * speaks of studies rather than of a job.
   */
  boolean student() {
    if (student == null) {
      boolean edu = data.ownerKeys() != null && data.ownerKeys().stream().anyMatch(k -> k.endsWith(".edu")
          || k.matches(".*@[^@]*\\.(ac|edu)\\.[a-z]{2}$"));
      long says = msgs.stream().filter(m -> m.sent() && m.ownText() != null && STUDENT.matcher(m.ownText()).find())
          .limit(2).count();
      student = edu || says >= 2;
    }
    return student;
  }

  /** An example self-introduction that fits the owner, for advice: a student's or a professional's. */
  String selfIntroductionExample() {
    return student() ? "\"I'm a final-year student at ..., interested in ...\""
        : "\"I lead ... at ..., and I'm looking into ...\"";
  }

  private Map<String, Instant> firstReached;
  private Map<String, Instant> invited;

  /** When the owner sent {@code contact} a LinkedIn invitation (the earliest), null when they never did. */
  Instant invitedByOwner(String contact) {
    return ownerInvitations().get(contact);
  }

  private Map<String, Instant> ownerInvitations() {
    if (invited == null) {
      Map<String, Instant> first = new HashMap<>();
      for (var inv : data.invitations() == null ? List.<dev.rapport.ingest.linkedin.Invitation>of()
          : data.invitations()) {
        if (inv.outgoing() && inv.sentAt() != null) {
          contactOf(inv.inviteeProfileUrl(), null, inv.to())
              .ifPresent(c -> first.merge(c, inv.sentAt(), (a, b) -> a.isBefore(b) ? a : b));
        }
      }
      invited = first;
    }
    return invited;
  }

  private static String threadOf(Msg m) {
    return m.threadKey() == null ? m.messageId() : m.threadKey();
  }
}
