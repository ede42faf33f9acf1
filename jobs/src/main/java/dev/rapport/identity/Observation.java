package dev.rapport.identity;

import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.ingest.linkedin.LinkedInExportReader;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sighting of a party in a person's messages: who (a {@link Party} key and the name shown with it), where, when.
 *
 * <pre>{@code
 * new Observation("ann.lee@acme.example", "Ann Lee", "email", message.date())
 * Observation.of(message.from(), "linkedin-messages", message.date())
 * }</pre>
 *
 * @param partyKey    a {@link Party#key()}: an address, {@code linkedin:slug} or {@code name:...}; never blank
 * @param displayName the name shown with it; "" when none
 * @param source      where it was seen: {@code email}, {@code linkedin-messages}, {@code linkedin-invitations}…
 * @param when        the message date, null when unknown
 */
public record Observation(String partyKey, String displayName, String source, Instant when) implements Serializable {

  public Observation {
    if (partyKey == null || partyKey.isBlank()) {
      throw new IllegalArgumentException("partyKey must be a non-blank Party key, was "
          + (partyKey == null ? "null" : "'" + partyKey + "'"));
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must name where the party was seen (email, linkedin-messages…), was "
          + (source == null ? "null" : "'" + source + "'"));
    }
    displayName = displayName == null ? "" : displayName.trim();
  }

  public static Observation of(Party party, String source, Instant when) {
    return new Observation(party.key(), party.name(), source, when);
  }

  /** {@code linkedin-messages} for LinkedIn's format, {@code email} for every mail format. */
  public static String sourceOf(String format) {
    return LinkedInExportReader.FORMAT.equals(format) ? "linkedin-messages" : "email";
  }

  /** Every party of a message (from, to, cc) at the message's date; parties without a usable key are left out. */
  public static List<Observation> allOf(MailMessage m) {
    String source = sourceOf(m.format());
    List<Observation> out = new ArrayList<>();
    List<Party> parties = new ArrayList<>();
    if (m.from() != null) {
      parties.add(m.from());
    }
    parties.addAll(m.to());
    parties.addAll(m.cc());
    for (Party p : parties) {
      if (usable(p.key())) {
        out.add(of(p, source, m.date()));
      }
    }
    return out;
  }

  /**
   * The other side of a LinkedIn invitation, source {@code linkedin-invitations}: the invitee of an outgoing one, the
   * inviter of an incoming one; keyed by profile when the export gives URLs (2024 on), else by name. Empty when
   * neither is known.
   */
  public static Optional<Observation> ofInvitation(Invitation i) {
    String url = i.outgoing() ? i.inviteeProfileUrl() : i.inviterProfileUrl();
    String name = i.outgoing() ? i.to() : i.from();
    ContactKey key = ContactKey.profileUrl(url).orElseGet(() -> ContactKey.name(name));
    return usable(key.value()) ? Optional.of(new Observation(key.value(), name, "linkedin-invitations", i.sentAt()))
        : Optional.empty();
  }

  private static boolean usable(String key) {
    return key != null && !key.isBlank() && !ContactKey.parse(key).id().isEmpty();
  }
}
