package dev.rapport.job;

import dev.rapport.identity.Observation;
import dev.rapport.identity.Resolution;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * An outgoing LinkedIn invitation whose note the language stage has read. The note is the owner's own words, often
 * the first thing a stranger ever gets from them ("Can you refer me to your team?"), so it is analysed like a
 * message and handed to the detectors as one ({@link PersonData#invitationNotes()}). {@code failure} is null unless
 * annotating the note threw; its signals are then {@link Signals#none()}.
 */
record AnalysedNote(Invitation invitation, Signals signals, Isolated failure) implements Serializable {

  /** A note the language stage read without failing. */
  AnalysedNote(Invitation invitation, Signals signals) {
    this(invitation, signals, null);
  }

  /** Only the owner's own notes are read: an incoming invitation's note is the contact's words. */
  static boolean worthAnalysing(Invitation i) {
    return i.outgoing() && i.sentAt() != null && i.message() != null && !i.message().isBlank();
  }

  /**
   * The note as a sent message to the invitee's resolved contact; null when the invitee cannot be resolved. Its id
   * and thread key are a digest of the invitation, so they are stable across runs and carry no name.
   */
  PersonData.Msg asMessage(Set<String> ownerKeys, Resolution resolution) {
    String contact = Observation.ofInvitation(invitation)
        .map(o -> resolution.contactKeyOf(o.partyKey()))
        .orElse(null);
    if (contact == null || ownerKeys.contains(contact)) {
      return null;
    }
    String id = "invitation:" + digest(invitation.sentAt() + "\u0001" + invitation.to() + "\u0001"
        + invitation.inviteeProfileUrl() + "\u0001" + invitation.message());
    return new PersonData.Msg(id, id, invitation.sentAt(), true, List.of(contact), 1, null, invitation.message(),
        signals, null, List.of(), "linkedin-invitation");
  }

  private static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
