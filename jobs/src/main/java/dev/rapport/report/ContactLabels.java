package dev.rapport.report;

import dev.rapport.identity.Contact;
import dev.rapport.identity.Seniority;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report may print for each contact of one person: a stable pseudonym by default, the real name on request.
 *
 * <pre>{@code
 * Map<String, String> labels = ContactLabels.assign(keysInFirstUseOrder, data.contacts(), false);
 * // {"alice@example.org" -> "Contact 1 · director", "linkedin:bob" -> "Contact 2"}
 * }</pre>
 *
 * <p>Numbers follow the order of first use, so the same archive always gets the same labels; pass the keys in a
 * deterministic order (for example sorted by first exchange, then key), never in hash order. The word after the
 * number is one generic role word picked from the contact's title ("director", "recruiter", …) and never the
 * title itself, which could name an employer.
 */
public final class ContactLabels {
  private ContactLabels() {}

  // Ordered: the first matching word wins, so "Head of Recruiting" reads "head", "Senior Recruiter" reads "recruiter".
  private static final List<String> ROLE_WORDS = List.of(
      "founder", "ceo", "cto", "cfo", "coo", "chief", "president", "vp", "director", "partner", "head", "principal",
      "managing", "professor", "recruiter", "recruiting", "manager", "lead", "engineer", "developer", "designer",
      "analyst", "scientist", "consultant", "researcher", "lecturer", "teacher", "advisor", "adviser", "counselor",
      "intern", "student", "associate", "assistant", "specialist", "coordinator", "officer", "architect");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  /**
   * @param contactKeysInFirstUseOrder contact keys as the report will use them; duplicates keep their first place
   * @param contacts                   what is known about each contact (title, seniority, display name); may lack keys
   * @param realNames                  use the contact's display name when it has one
   * @return an insertion-ordered map from every given key to its label; labels are unique within the person
   * @throws IllegalArgumentException when the list or a key in it is null or blank
   */
  public static Map<String, String> assign(
      List<String> contactKeysInFirstUseOrder, Map<String, Contact> contacts, boolean realNames) {
    if (contactKeysInFirstUseOrder == null) {
      throw new IllegalArgumentException("contact keys must be a list (possibly empty), got null");
    }
    Map<String, Contact> known = contacts == null ? Map.of() : contacts;
    Map<String, String> labels = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    int n = 0;
    for (String key : contactKeysInFirstUseOrder) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("contact key #" + (n + 1) + " must not be blank, got '" + key + "'");
      }
      if (labels.containsKey(key)) {
        continue;
      }
      n++;
      Contact c = known.get(key);
      String label = pseudonym(n, c);
      if (realNames && c != null && c.displayName() != null && !c.displayName().isBlank()) {
        label = c.displayName().strip();
      }
      String unique = label;
      for (int k = 2; used.contains(unique); k++) {
        unique = label + " (" + k + ")";
      }
      used.add(unique);
      labels.put(key, unique);
    }
    return labels;
  }

  private static String pseudonym(int n, Contact c) {
    String word = c == null ? null : roleWord(c.title());
    if (word == null && c != null && c.seniority() == Seniority.SENIOR) {
      word = "senior";
    }
    return word == null ? "Contact " + n : "Contact " + n + " · " + word;
  }

  private static String display(String word) {
    return switch (word) {
      case "recruiting" -> "recruiter";
      case "ceo", "cto", "cfo", "coo", "vp" -> word.toUpperCase(Locale.ROOT);
      default -> word;
    };
  }

  /** The first generic role word in a title, lower-case except acronyms, or null. */
  static String roleWord(String title) {
    if (title == null) {
      return null;
    }
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return ROLE_WORDS.stream().filter(words::contains).findFirst().map(ContactLabels::display).orElse(null);
  }
}
