package dev.rapport.patterns;

import dev.rapport.identity.Contact;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Signals;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the detectors may read about one person, already resolved and cleaned by the pipeline.
 *
 * <p>Bulk mail is not in here: {@code messages} holds only person-to-person messages (sent by the owner or received
 * from a contact), ordered by date. Detectors read this and nothing else: they never parse files or render output.
 *
 * @param ownerKeys      every party key of the owner (addresses, LinkedIn profile, name)
 * @param asOf           the end of the observed period (the latest message date, or {@code --until})
 * @param invitationNotes the notes of the owner's outgoing LinkedIn invitations, as sent messages with source
 *                       {@code linkedin-invitation} and their language signals; kept apart from {@code messages}
 *                       because an invitation is not a conversation, but a note can be the first ask to someone
 * @param nearDuplicates groups of the owner's sent message ids whose texts are near-duplicates (MinHash LSH)
 * @param cohort         figures over the whole cohort, for comparing the person with peers
 * @param sentMail       per source ({@code email}, {@code linkedin}), how much of the archive's mail the owner wrote:
 *                       what decides whether habits about the owner's replies can be judged at all; empty when the
 *                       pipeline did not say, in which case the sent messages in {@code messages} are all there is
 */
public record PersonData(
    String person,
    Set<String> ownerKeys,
    Instant asOf,
    List<Msg> messages,
    Map<String, Contact> contacts,
    List<Connection> connections,
    List<Invitation> invitations,
    List<Msg> invitationNotes,
    List<List<String>> nearDuplicates,
    CohortStats cohort,
    List<SentMail> sentMail) implements java.io.Serializable {

  public PersonData {
    sentMail = sentMail == null ? List.of() : List.copyOf(sentMail);
  }

  /** Without the sent-mail summary: the owner's sent messages in {@code messages} are taken as all there is. */
  public PersonData(String person, Set<String> ownerKeys, Instant asOf, List<Msg> messages,
      Map<String, Contact> contacts, List<Connection> connections, List<Invitation> invitations,
      List<Msg> invitationNotes, List<List<String>> nearDuplicates, CohortStats cohort) {
    this(person, ownerKeys, asOf, messages, contacts, connections, invitations, invitationNotes, nearDuplicates,
        cohort, List.of());
  }

  /** A copy with other cohort figures. */
  public PersonData withCohort(CohortStats stats) {
    return new PersonData(person, ownerKeys, asOf, messages, contacts, connections, invitations, invitationNotes,
        nearDuplicates, stats, sentMail);
  }

  /**
   * One person-to-person message.
   *
   * @param sent          true when the owner wrote it
   * @param counterparts  resolved contact keys: the recipients of a sent message, the sender of a received one
   * @param recipientCount how many recipients the message had (to and cc), owner excluded
   * @param replyTo       the message id this one answers within its thread, null if it starts the thread
   * @param source        {@code email}, {@code linkedin}, or {@code linkedin-invitation} for an invitation note
   * @param reply         the message says it answers something ({@code Re:}, quoted text, {@code In-Reply-To} or
   *                      {@code References}), even when what it answers is not in the archive
   * @param toOwner       a received message names the owner among its To or Cc addressees (always true for the
   *                      owner's own messages); one the owner only got in Bcc or through a list is not addressed to them
   * @param scope         whether the message is part of the owner's networking: {@link Scope#UNDECIDED} for the
   *                      pipeline's messages, which {@link NetworkingScope} decides when the person is indexed
   */
  public record Msg(
      String messageId,
      String threadKey,
      Instant date,
      boolean sent,
      List<String> counterparts,
      int recipientCount,
      String subject,
      String ownText,
      Signals signals,
      String replyTo,
      List<String> attachmentNames,
      String source,
      boolean reply,
      boolean toOwner,
      Scope scope) implements java.io.Serializable {

    public Msg {
      scope = scope == null ? Scope.UNDECIDED : scope;
    }

    /**
     * A networking message that says nothing about being a reply and, when received, was addressed to the owner: what
     * a detector test means by a message.
     */
    public Msg(String messageId, String threadKey, Instant date, boolean sent, List<String> counterparts,
        int recipientCount, String subject, String ownText, Signals signals, String replyTo,
        List<String> attachmentNames, String source) {
      this(messageId, threadKey, date, sent, counterparts, recipientCount, subject, ownText, signals, replyTo,
          attachmentNames, source, false, true, Scope.NETWORKING);
    }
  }

  /** Whether a message is part of the owner's networking, and if not, why it was left out. */
  public enum Scope {
    UNDECIDED(null),
    NETWORKING(null),
    WORK("day-to-day work"),
    PERSONAL("family and personal life"),
    OTHER("no networking content");

    private final String leftOutReason;

    Scope(String leftOutReason) {
      this.leftOutReason = leftOutReason;
    }

    /** Why a message of this scope is left out, as report.json counts it; null for networking and undecided. */
    public String leftOutReason() {
      return leftOutReason;
    }
  }

  /** Cohort-wide baselines; {@code people} is 1 when a person is analysed alone. */
  public record CohortStats(int people, double medianSelfFocus, double medianAskShare) implements java.io.Serializable {}

  /**
   * The mail of one source and who wrote it: {@code own} messages the owner sent, {@code delegate} messages sent from
   * the owner's mailbox by someone else (an assistant), {@code received} messages from others.
   */
  public record SentMail(String source, long own, long delegate, long received) implements java.io.Serializable {}
}
