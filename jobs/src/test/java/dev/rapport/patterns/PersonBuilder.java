package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.patterns.PersonData.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A readable way to write one person's story for detector tests.
 *
 * <pre>{@code
 * PersonBuilder p = new PersonBuilder("nora").asOf("2025-12-31");
 * String ask = p.send("dana", "2025-03-01", "Could you refer me to Stripe?", Sig.ask().at(0, "ask"));
 * p.receiveReply(ask, "2025-03-02", Sig.plain().sharing());
 * PersonData data = p.build();
 * }</pre>
 *
 * <p>Dates are days ({@code 2025-03-01}, 09:00 UTC) or instants without zone ({@code 2025-03-01T15:30}). Received
 * messages carry {@link #CONTACT_TEXT}, which no evidence may ever quote.
 */
final class PersonBuilder {
  static final String CONTACT_TEXT = "CONTACT-WORDS-NEVER-QUOTED";
  private final String person;
  private Instant asOf;
  private final List<Msg> messages = new ArrayList<>();
  private final Map<String, Contact> contacts = new LinkedHashMap<>();
  private final List<Connection> connections = new ArrayList<>();
  private final List<Invitation> invitations = new ArrayList<>();
  private final List<Msg> invitationNotes = new ArrayList<>();
  private final List<List<String>> nearDuplicates = new ArrayList<>();
  private PersonData.CohortStats cohort = new PersonData.CohortStats(1, Double.NaN, Double.NaN);
  private int next;

  PersonBuilder(String person) {
    this.person = person;
  }

  static Instant at(String when) {
    return when.contains("T") ? Instant.parse(when + (when.length() == 16 ? ":00Z" : "Z"))
        : Instant.parse(when + "T09:00:00Z");
  }

  /** {@code day} plus {@code n} days, as a day: {@code plus("2025-03-01", 9)} is {@code 2025-03-10}. */
  static String plus(String day, int n) {
    return LocalDate.parse(day.substring(0, 10)).plusDays(n).toString();
  }

  PersonBuilder asOf(String when) {
    asOf = at(when);
    return this;
  }

  /** A contact with a title (its seniority is read from it) and, when not null, a LinkedIn connection date. */
  PersonBuilder contact(String key, String title, String connectedOn) {
    contacts.put(key, new Contact(key, key.toUpperCase(), List.of(key, "name:" + key), List.of("email"), title, null,
        null, null, connectedOn == null ? null : LocalDate.parse(connectedOn)));
    return this;
  }

  /** A contact the identity stage saw exchanging with the owner before, in a source outside these messages. */
  PersonBuilder contactFirstExchanged(String key, String day) {
    contacts.put(key, new Contact(key, key.toUpperCase(), List.of(key), List.of("linkedin-messages"), null, null,
        at(day), at(day), null));
    return this;
  }

  PersonBuilder connection(String first, String last, String position, String on) {
    connections.add(new Connection(person, first, last, "https://www.linkedin.com/in/" + first + "-" + last, null, null,
        position, LocalDate.parse(on)));
    return this;
  }

  PersonBuilder invitation(String to, String when, String note) {
    invitations.add(new Invitation(person, person, to, at(when), note, true, null, null));
    return this;
  }

  /**
   * The owner invites {@code to} (a contact key) on LinkedIn with a note the language stage has read, as the
   * pipeline hands it to the detectors: the invitation, and the note as a sent message from source
   * {@code linkedin-invitation}.
   */
  PersonBuilder invitationNote(String to, String when, String note, Sig sig) {
    invitations.add(new Invitation(person, person, to, at(when), note, true, null, null));
    contacts.putIfAbsent(to, new Contact(to, to.toUpperCase(), List.of(to, "name:" + to), List.of("linkedin-invitations"),
        null, null, at(when), at(when), null));
    String id = "invitation:" + person + "-n" + (++next);
    invitationNotes.add(new Msg(id, id, at(when), true, List.of(to), 1, null, note, sig.build(note), null, List.of(),
        "linkedin-invitation"));
    return this;
  }

  /** {@code from} (a contact key) invited the owner on LinkedIn. */
  PersonBuilder incomingInvitation(String from, String when) {
    invitations.add(new Invitation(person, from, person, at(when), "", false, null, null));
    return this;
  }

  PersonBuilder nearDuplicates(List<String> ids) {
    nearDuplicates.add(List.copyOf(ids));
    return this;
  }

  PersonBuilder cohort(int people, double medianSelfFocus) {
    cohort = new PersonData.CohortStats(people, medianSelfFocus, 0.3);
    return this;
  }

  /** The owner starts a thread with {@code to}; returns the message id. */
  String send(String to, String when, String text, Sig sig) {
    return add(true, List.of(to), when, null, null, text, sig, List.of());
  }

  String sendWithAttachment(String to, String when, String text, Sig sig, String attachment) {
    return add(true, List.of(to), when, null, null, text, sig, List.of(attachment));
  }

  /** The owner writes in the thread of {@code replyTo}, to the same contact. */
  String sendReply(String replyTo, String when, String text, Sig sig) {
    Msg prev = find(replyTo);
    return add(true, prev.counterparts(), when, prev.threadKey(), replyTo, text, sig, List.of());
  }

  /** A contact starts a thread with the owner. */
  String receive(String from, String when, Sig sig) {
    return add(false, List.of(from), when, null, null, CONTACT_TEXT, sig, List.of());
  }

  /** A contact starts a thread with words of their own, which detectors may read but never quote. */
  String addReceived(String from, String when, String words, Sig sig) {
    return add(false, List.of(from), when, null, null, words + " " + CONTACT_TEXT, sig, List.of());
  }

  /** The contact of {@code replyTo} answers in its thread with words of their own (read, never quoted). */
  String receiveReplyWith(String replyTo, String when, String words, Sig sig) {
    Msg prev = find(replyTo);
    return add(false, prev.counterparts(), when, prev.threadKey(), replyTo, words + " " + CONTACT_TEXT, sig,
        List.of());
  }

  /** The contact of {@code replyTo} writes in its thread. */
  String receiveReply(String replyTo, String when, Sig sig) {
    Msg prev = find(replyTo);
    return add(false, prev.counterparts(), when, prev.threadKey(), replyTo, CONTACT_TEXT, sig, List.of());
  }

  private Msg find(String id) {
    return messages.stream().filter(m -> m.messageId().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no message " + id));
  }

  /**
   * Later messages come as the pipeline hands them over: scope undecided (the index decides what is networking),
   * addressed to the owner, not marked as replies unless they answer a message of the builder.
   */
  PersonBuilder asMailbox() {
    mailbox = true;
    return this;
  }

  /** Who wrote the archive's mail, per source, as the pipeline counts it. */
  PersonBuilder sentMail(PersonData.SentMail... mail) {
    sentMail = List.of(mail);
    return this;
  }

  private boolean mailbox;
  private List<PersonData.SentMail> sentMail = List.of();

  private String add(boolean sent, List<String> counterparts, String when, String thread, String replyTo, String text,
      Sig sig, List<String> attachments) {
    String id = person + "-m" + (++next);
    for (String c : counterparts) {
      contacts.putIfAbsent(c, new Contact(c, c.toUpperCase(), List.of(c), List.of("email"), null, null, null, null,
          null));
    }
    messages.add(mailbox
        ? new Msg(id, thread == null ? "t-" + id : thread, at(when), sent, List.copyOf(counterparts),
            counterparts.size(), "subject", text, sig.build(text), replyTo, attachments, "email", replyTo != null, true,
            PersonData.Scope.UNDECIDED)
        : new Msg(id, thread == null ? "t-" + id : thread, at(when), sent, List.copyOf(counterparts),
            counterparts.size(), "subject", text, sig.build(text), replyTo, attachments, "email"));
    return id;
  }

  PersonData build() {
    List<Msg> sorted = new ArrayList<>(messages);
    sorted.sort((a, b) -> a.date().compareTo(b.date()));
    Instant end = asOf != null ? asOf : sorted.isEmpty() ? Instant.EPOCH : sorted.get(sorted.size() - 1).date();
    return new PersonData(person, Set.of("me@example.org"), end, sorted, new LinkedHashMap<>(contacts),
        List.copyOf(connections), List.copyOf(invitations), List.copyOf(invitationNotes), List.copyOf(nearDuplicates),
        cohort, sentMail);
  }
}
