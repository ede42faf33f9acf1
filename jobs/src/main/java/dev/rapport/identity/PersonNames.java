package dev.rapport.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name and address rules for telling whether two sightings could be one person. */
final class PersonNames {
  private PersonNames() {}

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "msc", "bsc", "ba", "bs",
      "ma", "ms", "mba", "md", "esq", "cpa", "cfa", "pmp", "frsa", "pe", "rn", "llm", "jd");
  private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook",
      "live", "msn", "icloud", "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex", "zoho",
      "fastmail", "hey", "qq", "163", "126", "naver", "orange", "free", "btinternet", "comcast", "verizon");
  /** Names LinkedIn and mail systems show for someone unknown: many people, never one. */
  private static final Set<String> ANONYMOUS = Set.of("linkedin member", "linkedin user", "unknown sender",
      "undisclosed recipients", "no reply", "mail delivery");
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "ac", "org", "net", "gov", "edu", "ltd", "plc");
  private static final Set<String> COMPANY_WORDS = Set.of("inc", "ltd", "llc", "llp", "gmbh", "corp", "corporation",
      "co", "company", "plc", "sa", "ag", "bv", "nv", "group", "the", "limited", "holdings", "and", "of");

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The key two sightings of one person share: first and last given name, lower case, accents dropped
   * ({@code "Dr. José  A. Ruiz, PhD"} and {@code "Ruiz, Jose"} both give {@code "jose ruiz"}). Null when the name is
   * not a full name (one word, an address, blank), which never joins anything.
   */
  static String matchKey(String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.indexOf('@') >= 0) {
      return null;
    }
    String s = PARENTHESES.matcher(displayName).replaceAll(" ").replace("\"", " ").replace("'", "");
    String[] pieces = s.split(",");
    List<String> kept = new ArrayList<>();
    for (String p : pieces) {
      if (!p.isBlank() && (kept.isEmpty() || !isCredentials(p))) {
        kept.add(p.trim());
      }
    }
    if (kept.size() == 2 && words(kept.get(0)) <= 2 && words(kept.get(1)) <= 2) {
      s = kept.get(1) + " " + kept.get(0); // "Lay, Kenneth" as mail systems write it
    } else {
      s = String.join(" ", kept);
    }
    List<String> tokens = new ArrayList<>(Arrays.asList(fold(s).split(" ")));
    tokens.removeIf(String::isEmpty);
    while (!tokens.isEmpty() && HONORIFICS.contains(tokens.get(0))) {
      tokens.remove(0);
    }
    while (!tokens.isEmpty() && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    if (tokens.size() < 2 || ANONYMOUS.contains(String.join(" ", tokens))) {
      return null;
    }
    return tokens.get(0) + " " + tokens.get(tokens.size() - 1);
  }

  /** A full name read from an address like {@code ann.lee@} or {@code ann_lee@}; null for any other address. */
  static String nameFromAddress(String address) {
    int at = address.indexOf('@');
    if (at <= 0) {
      return null;
    }
    String local = address.substring(0, at).replaceAll("\\+.*$", "");
    String[] parts = local.split("[._\\-]");
    if (parts.length == 2 && parts[0].matches("[a-z]{2,}") && parts[1].matches("[a-z]{2,}")) {
      return parts[0] + " " + parts[1];
    }
    return null;
  }

  /** Whether the address's local part spells the name: {@code ann.lee@}, {@code annlee@}, {@code alee@}, {@code lee.ann@}. */
  static boolean localPartMatches(String address, String matchKey) {
    int at = address.indexOf('@');
    if (at <= 0 || matchKey == null) {
      return false;
    }
    String local = address.substring(0, at).replaceAll("\\+.*$", "").replaceAll("[^a-z]", "");
    String[] n = matchKey.split(" ");
    String f = n[0].replaceAll("[^a-z]", "");
    String l = n[1].replaceAll("[^a-z]", "");
    if (f.isEmpty() || l.isEmpty()) {
      return false;
    }
    return local.equals(f + l) || local.equals(l + f) || local.equals(f.charAt(0) + l) || local.equals(f + l.charAt(0))
        || local.equals(l + f.charAt(0));
  }

  /** Whether the address's domain is the company's ({@code Acme Corp} and {@code ann@mail.acme.co.uk}). */
  static boolean companyMatchesDomain(String company, String address) {
    int at = address.indexOf('@');
    if (company == null || company.isBlank() || at <= 0) {
      return false;
    }
    String[] labels = address.substring(at + 1).split("\\.");
    if (labels.length < 2) {
      return false;
    }
    int i = labels.length - 2;
    if (labels.length >= 3 && SECOND_LEVEL.contains(labels[i]) && labels[labels.length - 1].length() == 2) {
      i--;
    }
    String label = labels[i].replaceAll("[^a-z0-9]", "");
    if (label.length() < 3 || FREE_MAIL.contains(label)) {
      return false;
    }
    List<String> words = new ArrayList<>(Arrays.asList(fold(company).split(" ")));
    words.removeIf(w -> w.isEmpty() || COMPANY_WORDS.contains(w));
    if (words.isEmpty()) {
      return false;
    }
    String compact = String.join("", words);
    StringBuilder acronym = new StringBuilder();
    words.forEach(w -> acronym.append(w.charAt(0)));
    return compact.equals(label) || (compact.length() >= 3 && label.startsWith(compact))
        || compact.startsWith(label) || (words.size() >= 3 && acronym.toString().equals(label));
  }

  private static boolean isCredentials(String piece) {
    for (String word : SPACES.split(piece.trim())) {
      String bare = word.replace(".", "");
      boolean capitals = bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT))
          && bare.chars().anyMatch(Character::isLetter);
      if (!(capitals || SUFFIXES.contains(bare.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  private static int words(String s) {
    return SPACES.split(s.trim()).length;
  }

  static String fold(String s) {
    String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
        .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss");
    return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
