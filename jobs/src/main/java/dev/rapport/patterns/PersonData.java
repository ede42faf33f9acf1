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
    CohortStats cohort) implements java.io.Serializable {

  /**
   * One person-to-person message.
   *
   * @param sent          true when the owner wrote it
   * @param counterparts  resolved contact keys: the recipients of a sent message, the sender of a received one
   * @param recipientCount how many recipients the message had (to and cc), owner excluded
   * @param replyTo       the message id this one answers within its thread, null if it starts the thread
   * @param source        {@code email}, {@code linkedin}, or {@code linkedin-invitation} for an invitation note
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
      String source) implements java.io.Serializable {}

  /** Cohort-wide baselines; {@code people} is 1 when a person is analysed alone. */
  public record CohortStats(int people, double medianSelfFocus, double medianAskShare) implements java.io.Serializable {}
}
