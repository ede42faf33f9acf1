package dev.rapport.ingest;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The key of one party or contact inside a person's archive: a lower-cased address ({@code ann@example.org}), a
 * LinkedIn profile ({@code linkedin:ann-lee-12ab}) or, when nothing better is known, a normalised name
 * ({@code name:ann lee}).
 *
 * <pre>{@code
 * ContactKey.address(" Ann@Example.org ").value()                          // "ann@example.org"
 * ContactKey.profileUrl("https://www.linkedin.com/in/ann-lee-12ab/?x=1")   // Optional[linkedin:ann-lee-12ab]
 * ContactKey.name("Lee,  Ann").value()                                     // "name:lee ann"
 * ContactKey.parse("name:lee ann").kind()                                  // NAME
 * }</pre>
 *
 * <p>Keys travel as plain strings (in Spark rows, in {@code PersonData}, in report data); this type is for building
 * and reading them, so that every stage spells a key the same way. Do not build one by hand as {@code "name:" + …}.
 */
public record ContactKey(Kind kind, String id) implements Serializable {
  /** What a key identifies a party by. */
  public enum Kind { ADDRESS, PROFILE, NAME }

  private static final String PROFILE_PREFIX = "linkedin:";
  private static final String NAME_PREFIX = "name:";

  public ContactKey {
    if (kind == null || id == null) {
      throw new IllegalArgumentException("a contact key needs a kind and an id, got " + kind + " and " + id);
    }
  }

  /** An e-mail address, trimmed and lower-cased. */
  public static ContactKey address(String address) {
    if (address == null) {
      throw new IllegalArgumentException("an address key needs an address, got null");
    }
    return new ContactKey(Kind.ADDRESS, address.trim().toLowerCase(Locale.ROOT));
  }

  /** A LinkedIn profile by its slug ({@code ann-lee-12ab}, as {@link #profileSlug} gives it), lower-cased. */
  public static ContactKey profile(String slug) {
    if (slug == null) {
      throw new IllegalArgumentException("a profile key needs a slug, got null");
    }
    return new ContactKey(Kind.PROFILE, slug.trim().toLowerCase(Locale.ROOT));
  }

  /** The profile a LinkedIn URL names; empty for a null or blank URL. */
  public static Optional<ContactKey> profileUrl(String url) {
    String slug = profileSlug(url);
    return slug == null ? Optional.empty() : Optional.of(profile(slug));
  }

  /** A name, normalised by {@link Party#normaliseName}; the id is empty when the name has no letters or digits. */
  public static ContactKey name(String name) {
    return new ContactKey(Kind.NAME, Party.normaliseName(name));
  }

  /** Reads a key written by {@link #value()}: {@code linkedin:} and {@code name:} prefixes, else an address. */
  public static ContactKey parse(String key) {
    if (key == null) {
      throw new IllegalArgumentException("a contact key to parse is required, got null");
    }
    if (key.startsWith(PROFILE_PREFIX)) {
      return new ContactKey(Kind.PROFILE, key.substring(PROFILE_PREFIX.length()));
    }
    if (key.startsWith(NAME_PREFIX)) {
      return new ContactKey(Kind.NAME, key.substring(NAME_PREFIX.length()));
    }
    return new ContactKey(Kind.ADDRESS, key);
  }

  /** The key as it is stored and compared. */
  public String value() {
    return switch (kind) {
      case ADDRESS -> id;
      case PROFILE -> PROFILE_PREFIX + id;
      case NAME -> NAME_PREFIX + id;
    };
  }

  /** An address key that looks like one: something before an {@code @}. */
  public boolean isAddress() {
    return kind == Kind.ADDRESS && id.indexOf('@') > 0;
  }

  @Override
  public String toString() {
    return value();
  }

  /**
   * The identifying part of a LinkedIn profile URL: {@code https://www.linkedin.com/in/ann-lee-12ab/?x=1} gives
   * {@code ann-lee-12ab} (case kept, percent escapes decoded); other LinkedIn paths keep their kind
   * ({@code company/acme}). Null for a null or blank URL. The only slug rule: every stage that meets a profile URL
   * (messages, invitations, connections, the owner's profile) reads it here.
   */
  public static String profileSlug(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.trim();
    int cut = indexOfAny(s, '?', '#');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    int host = s.toLowerCase(Locale.ROOT).indexOf("linkedin.com/");
    if (host >= 0) {
      s = s.substring(host + "linkedin.com/".length());
    } else {
      s = s.replaceFirst("(?i)^[a-z]+://", "");
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.regionMatches(true, 0, "in/", 0, 3)) {
      s = s.substring(3);
      int slash = s.indexOf('/');
      if (slash >= 0) {
        s = s.substring(0, slash);
      }
    }
    try {
      s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      // keep the slug as written: a stray % is still a stable key
    }
    return s.isBlank() ? null : s;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
