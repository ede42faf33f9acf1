package dev.rapport.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person the owner deals with, resolved across email addresses, LinkedIn profiles and names.
 *
 * <p>Seniority is not stored: {@link #seniority()} reads it from the title with {@link Seniority}, the one rule
 * for it, so that a contact can never carry a seniority its title does not support.
 *
 * @param key        stable identity key within one person's archive (the best alias: profile, then address, then name)
 * @param aliases    every party key seen for this contact (addresses, {@code linkedin:} profiles, {@code name:} names)
 * @param sources    where the contact appears: {@code email}, {@code linkedin-messages}, {@code linkedin-connections}, …
 * @param connectedOn LinkedIn connection date, null when not a connection
 */
public record Contact(
    String key,
    String displayName,
    List<String> aliases,
    List<String> sources,
    String title,
    String company,
    Instant firstExchange,
    Instant lastExchange,
    LocalDate connectedOn) implements java.io.Serializable {

  public Contact {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** How senior the title reads: {@link Seniority#UNKNOWN} without a title. */
  public Seniority seniority() {
    return Seniority.of(title);
  }
}
