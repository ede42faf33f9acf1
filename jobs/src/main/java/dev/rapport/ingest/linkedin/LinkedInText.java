package dev.rapport.ingest.linkedin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The small text rules LinkedIn's CSV cells need: dates, URL lists, name lists and HTML content. */
final class LinkedInText {
  private LinkedInText() {}

  /** {@code 2022-09-08 18:08:14 UTC}, and the ISO and offset forms a re-saved file may hold. */
  private static final DateTimeFormatter MESSAGE_DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS][ ]")
      .optionalStart().appendPattern("XXX").optionalEnd()   // +02:00, Z
      .optionalStart().appendPattern("XX").optionalEnd()    // +0200
      .optionalStart().appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()  // UTC, GMT
      .toFormatter(Locale.US);
  private static final DateTimeFormatter LINKEDIN_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.US);

  /** {@code 8/26/22, 8:56 PM} and the same with a four-digit year; US order, as LinkedIn writes it. */
  private static final DateTimeFormatter US_SHORT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("M/d/")
      .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 2000)
      .appendPattern("[,] h:mm[:ss] a")
      .toFormatter(Locale.US);
  private static final DateTimeFormatter US_SHORT_DATE = new DateTimeFormatterBuilder()
      .appendPattern("M/d/")
      .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 2000)
      .toFormatter(Locale.US);
  private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("d MMM uuuu")
      .toFormatter(Locale.US);
  private static final DateTimeFormatter DAY_FULL_MONTH_YEAR = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("d MMMM uuuu")
      .toFormatter(Locale.US);

  /**
   * A message or invitation date: {@code 2022-09-08 18:08:14 UTC}, ISO forms, or {@code 8/26/22, 8:56 PM}; a date
   * without a zone is read in {@code zone}.
   *
   * @throws DateTimeParseException when none of the forms fits
   */
  static Instant instant(String raw, ZoneId zone) {
    if (raw.length() == 23 && raw.endsWith(" UTC")) {
      // LinkedIn's own form, nearly every message: skip the general parser's optional sections
      try {
        return LocalDateTime.parse(raw.substring(0, 19), LINKEDIN_UTC).toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException notQuite) {
        // fall through to the general forms
      }
    }
    String s = spaces(raw);
    try {
      TemporalAccessor t = MESSAGE_DATE.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
      return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).atZone(zone).toInstant();
    } catch (DateTimeParseException first) {
      return LocalDateTime.parse(s, US_SHORT).atZone(zone).toInstant();
    }
  }

  /** A connection date: {@code 09 Sep 2022} (2022 on), {@code 1/8/18, 6:14 PM} (2018), or ISO {@code 2022-09-09}. */
  static LocalDate localDate(String raw) {
    String s = spaces(raw);
    // "Sept" is what some locales write for September; java.time's US data knows only "Sep".
    s = s.replaceAll("(?i)\\bSept\\b", "Sep");
    for (DateTimeFormatter f : List.of(DAY_MONTH_YEAR, DAY_FULL_MONTH_YEAR, DateTimeFormatter.ISO_LOCAL_DATE)) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException next) {
        // try the next form
      }
    }
    try {
      return LocalDateTime.parse(s, US_SHORT).toLocalDate();
    } catch (DateTimeParseException next) {
      return LocalDate.parse(s, US_SHORT_DATE);
    }
  }

  /**
   * Folds the odd spaces of exported dates: newer exports (formatted with recent CLDR data) put a narrow no-break
   * space before AM/PM, which no pattern with a plain space would accept.
   */
  static String spaces(String s) {
    return s.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
  }

  /** The URLs of a {@code RECIPIENT PROFILE URLS} cell, which LinkedIn joins with commas. */
  static List<String> urls(String cell) {
    List<String> out = new ArrayList<>();
    if (cell != null) {
      for (String part : cell.split("[,;\\s]+")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  private static final Set<String> SUFFIXES = Set.of("phd", "msc", "bsc", "ba", "bs", "ma", "ms", "mba", "md", "jr",
      "sr", "ii", "iii", "iv", "esq", "cpa", "cfa", "pmp", "frsa", "mrs", "pe", "rn", "dds", "llm", "jd", "she/her",
      "he/him", "they/them");

  /**
   * The names in a {@code TO} cell. LinkedIn joins names with commas although names contain commas themselves
   * ({@code Walid Timimi, FICS (UK)}); a piece that reads as credentials or a pronoun note rather than a name is
   * joined back to the name before it. An all-capitals name would be taken for credentials: when profile URLs are
   * present, count and identify recipients by those instead.
   */
  static List<String> names(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return out;
    }
    for (String piece : cell.split(",")) {
      String p = piece.trim();
      if (p.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && isCredentials(p)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isCredentials(String piece) {
    for (String word : piece.split("\\s+")) {
      String bare = word.replaceAll("[.()]", "").toLowerCase(Locale.ROOT);
      boolean parenthesised = word.startsWith("(") || word.endsWith(")");
      boolean capitals = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
          && word.chars().anyMatch(Character::isLetter);
      if (!(parenthesised || capitals || SUFFIXES.contains(bare))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern HTML = Pattern.compile(
      "(?i)<\\s*/?\\s*(p|br|div|span|a|html|body|table|tr|td|b|i|u|strong|em|ul|ol|li|font|h[1-6]|img)(\\s[^>]*)?/?>"
          + "|&nbsp;|&amp;|&lt;|&gt;|&#\\d+;");

  static boolean isHtml(String content) {
    return (content.indexOf('<') >= 0 || content.indexOf('&') >= 0) && HTML.matcher(content).find();
  }

  /**
   * Plain text of an HTML message (recruiter InMail): paragraphs and line breaks become new lines, a link keeps its
   * text and, when the text does not show it, its address in parentheses.
   */
  static String htmlToText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e) {
          if (e.nameIs("br")) {
            sb.append('\n');
          } else if (e.isBlock() && sb.length() > 0) {
            sb.append('\n');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.nameIs("a")) {
            String href = e.attr("href");
            if (!href.isBlank() && !e.text().contains(href) && !href.startsWith("mailto:")) {
              sb.append(" (").append(href).append(')');
            }
          } else if (e.isBlock()) {
            sb.append('\n');
          }
        }
      }
    }, body);
    return tidy(sb.toString());
  }

  /** Line ends of plain message text to LF; the words are left as written. */
  static String lineEnds(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Line ends to LF, spaces around line ends and runs of blank lines folded: for text that came out of HTML. */
  static String tidy(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n')
        .replaceAll("[ \\t\\u00A0]+\\n", "\n")
        .replaceAll("\\n[ \\t\\u00A0]+", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
