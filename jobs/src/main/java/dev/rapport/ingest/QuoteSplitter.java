package dev.rapport.ingest;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Separates the author's own words from quoted replies, forwarded text and the signature.
 *
 * <p>Rules, applied line by line on the decoded body: a line starting with {@code >} is quoted; the first
 * reply or forward header ends the own text ("On … wrote:", "-----Original Message-----", "----- Forwarded by",
 * an Outlook {@code From:}/{@code Sent:} block, a Lotus Notes "Name@DOMAIN on 10/12/2000" or
 * "Name@DOMAIN / date" block, "Le … a écrit", "Am … schrieb"); a signature starts at the standard delimiter
 * {@code "-- "} or at a phone's "Sent from my …" line. Everything removed is kept in {@code quoted} or
 * {@code signature}, so nothing is lost.
 */
public final class QuoteSplitter {
  /**
   * A pattern for a whole line, with what every line it matches has (its first letters, a '/' or an '@'): the pattern
   * runs only on lines that have it. Most lines have nothing of the kind, and running every pattern on every line
   * was a third of ingest's CPU on Enron mail. Letters compare as {@code CASE_INSENSITIVE} compares them, US-ASCII
   * only, and after the whitespace the patterns' leading {@code \s*} takes, so a guard only ever skips a line its
   * pattern would not match ({@code QuoteSplitterTest} checks this on every line of the Enron mailboxes).
   */
  record LinePattern(Pattern pattern, Predicate<String> mayMatch) {
    boolean matches(String line) {
      return mayMatch.test(line) && pattern.matcher(line).matches();
    }
  }

  private static LinePattern startingWith(String regex, String lowerAscii) {
    return new LinePattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
        line -> startsWithIgnoreCase(line, firstNonSpace(line), lowerAscii));
  }

  static final List<LinePattern> REPLY_HEADERS = List.of(
      startingWith("^\\s*-{2,}\\s*Original Message\\s*-{2,}.*", "--"),
      startingWith("^\\s*-{3,}\\s*Forwarded (by|message).*", "---"),
      startingWith("^\\s*Begin forwarded message:.*", "begin forwarded message:"),
      startingWith("^\\s*On .{4,200}wrote:\\s*$", "on "),
      startingWith("^\\s*Le .{4,200}a écrit\\s?:\\s*$", "le "),
      startingWith("^\\s*Am .{4,200}schrieb .{0,100}:\\s*$", "am "),
      // "Name <addr> on 10/12/2000 …"; written (\s*<…>)?\s+ rather than \s*(<…>)?\s+ (the same lines) so that a long
      // run of spaces is scanned once, not once per split between the two
      new LinePattern(Pattern.compile("^\\s*\"?[\\w .'-]{2,60}\"?(\\s*<[^>]+>)?\\s+on\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}.*"),
          line -> line.indexOf('/') >= 0 && line.contains("on")),
      new LinePattern(Pattern.compile("^\\s*[\\w .'-]{2,60}@[\\w.-]+\\s*$"), line -> line.indexOf('@') >= 0));
  /** An Outlook header block's first line; a quote only with {@link #OUTLOOK_NEXT} lines after it. */
  static final LinePattern OUTLOOK_FROM = new LinePattern(
      Pattern.compile("^\\s*\\*?From:\\*?\\s.+", Pattern.CASE_INSENSITIVE),
      line -> startsWithIgnoreCase(line, firstNonSpace(line), "from:")
          || startsWithIgnoreCase(line, firstNonSpace(line), "*from:"));
  private static final Pattern OUTLOOK_NEXT =
      Pattern.compile("^\\s*\\*?(Sent|Date|To|Subject|Cc):\\*?\\s.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOTUS_DATE = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}.*");
  static final LinePattern SIGNATURE =
      new LinePattern(Pattern.compile("^(-- ?|--\\s*)$"), line -> line.startsWith("--"));
  /** "On Mon, 3 Feb 2025 at 10:00, Ann Lee <ann@example.org>", then {@link #WROTE} on the next line. */
  static final LinePattern ON_DATE = startingWith("^\\s*On .{4,200}", "on ");
  private static final Pattern WROTE = Pattern.compile("(?i).{0,120}wrote:\\s*$");
  static final LinePattern MOBILE = startingWith("^\\s*Sent from my \\w+.*", "sent from my ");

  private QuoteSplitter() {}

  /** The three parts of a body. {@code own + quoted + signature} together hold every non-blank line of it. */
  public record Split(String own, String quoted, String signature) {}

  public static Split split(String body) {
    if (body == null || body.isEmpty()) {
      return new Split("", "", "");
    }
    String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder own = new StringBuilder();
    StringBuilder quoted = new StringBuilder();
    StringBuilder signature = new StringBuilder();
    int cut = lines.length;
    for (int i = 0; i < lines.length; i++) {
      if (startsReplyHeader(lines, i)) {
        cut = i;
        break;
      }
    }
    int sig = -1;
    for (int i = 0; i < cut; i++) {
      if (SIGNATURE.matches(lines[i]) || MOBILE.matches(lines[i])) {
        sig = i;
        break;
      }
    }
    int ownEnd = sig >= 0 ? sig : cut;
    for (int i = 0; i < ownEnd; i++) {
      String line = lines[i];
      if (line.stripLeading().startsWith(">")) {
        quoted.append(line).append('\n');
      } else {
        own.append(line).append('\n');
      }
    }
    if (sig >= 0) {
      for (int i = sig; i < cut; i++) {
        signature.append(lines[i]).append('\n');
      }
    }
    for (int i = cut; i < lines.length; i++) {
      quoted.append(lines[i]).append('\n');
    }
    return new Split(own.toString().strip(), quoted.toString().strip(), signature.toString().strip());
  }

  private static boolean startsReplyHeader(String[] lines, int i) {
    // Every header pattern starts with ^\s*, so matching the line without its indentation gives the same answer;
    // with it, a quoted-printable body whose soft breaks join into tens of thousands of spaces makes the patterns
    // backtrack for minutes (seen in the Enron keavey-p mailbox).
    String line = lines[i].stripLeading();
    if (line.isEmpty()) {
      return false;
    }
    for (int p = 0; p < REPLY_HEADERS.size(); p++) {
      if (REPLY_HEADERS.get(p).matches(line)) {
        // "Name@DOMAIN" alone is a Lotus header only when a date line follows it
        if (p == REPLY_HEADERS.size() - 1) {
          return i + 1 < lines.length && LOTUS_DATE.matcher(lines[i + 1]).matches();
        }
        return true;
      }
    }
    // "On Mon, 3 Feb 2025 at 10:00, Ann Lee <ann@example.org>" and "wrote:" on the next line
    if (ON_DATE.matches(line) && i + 1 < lines.length && WROTE.matcher(lines[i + 1]).matches()) {
      return true;
    }
    if (OUTLOOK_FROM.matches(line)) {
      int hits = 0;
      for (int j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        if (OUTLOOK_NEXT.matcher(lines[j]).matches()) {
          hits++;
        }
      }
      return hits >= 2;
    }
    return false;
  }

  /** The index of the first character of {@code line} that the patterns' {@code \s} does not match. */
  private static int firstNonSpace(String line) {
    int i = 0;
    while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Whether {@code line} has {@code lowerAscii} at {@code from}, US-ASCII letters in either case. */
  private static boolean startsWithIgnoreCase(String line, int from, String lowerAscii) {
    if (line.length() - from < lowerAscii.length()) {
      return false;
    }
    for (int k = 0; k < lowerAscii.length(); k++) {
      char c = line.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerAscii.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
