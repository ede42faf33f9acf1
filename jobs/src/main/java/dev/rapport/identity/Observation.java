package dev.rapport.identity;

import dev.rapport.ingest.Party;
import java.io.Serializable;
import java.time.Instant;

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
}
