package dev.rapport.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks what a personalised template fills in (names after greetings, capitalised names and companies, numbers,
 * email addresses, URLs) so that "Hi Dana, I admire Stripe's ..." and "Hi Lee, I admire Plaid's ..." compare equal.
 *
 * <p>The same masking serves {@link GenericOutreachDetector}'s direct check and {@link NearDuplicates}' LSH, so both
 * agree on what a template is. {@link #REPLACEMENTS} is applied in order: addresses and links before numbers,
 * greeting names before other capitalised words.
 */
final class TemplateMask {
  private static final String[][] REPLACEMENTS = {
      {"[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", " xemail "},
      {"(https?://|www\\.)\\S+", " xurl "},
      {"(?i:\\b(hi|hello|hey|dear|greetings|good morning|good afternoon|good evening))[,\\s]+\\p{Lu}[\\p{L}'-]*"
          + "(\\s+\\p{Lu}[\\p{L}'-]*)?", " $1 xname "},
      {"\\b\\p{Lu}[\\p{L}&'.-]*", " xcap "},
      {"\\d+([.,:/-]\\d+)*", " xnum "},
  };
  /** Splits masked, lower-cased text into tokens. */
  private static final String TOKEN_SPLIT = "[^\\p{L}\\p{N}]+";
  /** Unfilled template placeholders: %FIRSTNAME%, {name}, {{company}}, [Company], <first name>. */
  static final Pattern PLACEHOLDER = Pattern.compile(
      "%[A-Za-z_ ]{2,20}%|\\{\\{?\\s*[A-Za-z_ ]{2,20}\\s*}}?"
      + "|\\[(first ?name|last ?name|full ?name|name|company|company name|position|role|job title|title|school"
      + "|recipient|contact)\\]|<(first ?name|name|company)>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern[] COMPILED = Arrays.stream(REPLACEMENTS).map(r -> Pattern.compile(r[0]))
      .toArray(Pattern[]::new);
  private static final Pattern SPLIT = Pattern.compile(TOKEN_SPLIT);

  private TemplateMask() {}

  /** The masked tokens of {@code text}, lower case; empty for null or blank text. */
  static List<String> tokens(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String s = text;
    for (int i = 0; i < COMPILED.length; i++) {
      s = COMPILED[i].matcher(s).replaceAll(REPLACEMENTS[i][1]);
    }
    List<String> out = new ArrayList<>();
    for (String tok : SPLIT.split(s.toLowerCase(Locale.ROOT))) {
      if (!tok.isEmpty()) {
        out.add(tok);
      }
    }
    return out;
  }

  /** Word 3-shingles of masked tokens, as {@link NearDuplicates} builds them. */
  static Set<String> shingles(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 3 <= tokens.size(); i++) {
      out.add(String.join(" ", tokens.subList(i, i + 3)));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int both = 0;
    for (String s : a) {
      if (b.contains(s)) {
        both++;
      }
    }
    return (double) both / (a.size() + b.size() - both);
  }
}
