package dev.rapport.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * One side of a message: a stable key and the display name seen with it.
 *
 * <p>The key is a {@link ContactKey}'s value: a lower-cased email address ({@code ann@example.org}), a LinkedIn
 * profile ({@code linkedin:ann-lee-12ab}) or, when nothing better is known, a normalised name
 * ({@code name:ann lee}). Identity resolution later joins keys that belong to one person.
 */
public record Party(String key, String name) implements java.io.Serializable {
  public Party {
    Objects.requireNonNull(key, "key");
    name = name == null ? "" : name;
  }

  public static Party email(String address, String name) {
    return new Party(ContactKey.address(address).value(), name);
  }

  public static Party linkedIn(String profileSlug, String name) {
    return new Party(ContactKey.profile(profileSlug).value(), name);
  }

  public static Party named(String name) {
    return new Party(ContactKey.name(name).value(), name);
  }

  public boolean isEmail() {
    return ContactKey.parse(key).isAddress();
  }

  /** Lower case, accents kept, punctuation and repeated spaces folded: "  Lee,  Ann " becomes "lee ann". */
  public static String normaliseName(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").trim();
  }
}
