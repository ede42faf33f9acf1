package dev.rapport.ingest;

import java.util.List;
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
  private static final List<Pattern> REPLY_HEADERS = List.of(
      Pattern.compile("^\\s*-{2,}\\s*Original Message\\s*-{2,}.*", Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*-{3,}\\s*Forwarded (by|message).*", Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*Begin forwarded message:.*", Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*On .{4,200}wrote:\\s*$", Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*Le .{4,200}a écrit\\s?:\\s*$", Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*Am .{4,200}schrieb .{0,100}:\\s*$", Pattern.CASE_INSENSITIVE),
      // "Name <addr> on 10/12/2000 …"; written (\s*<…>)?\s+ rather than \s*(<…>)?\s+ (the same lines) so that a long
      // run of spaces is scanned once, not once per split between the two
      Pattern.compile("^\\s*\"?[\\w .'-]{2,60}\"?(\\s*<[^>]+>)?\\s+on\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}.*"),
      Pattern.compile("^\\s*[\\w .'-]{2,60}@[\\w.-]+\\s*$"));
  private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?From:\\*?\\s.+", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTLOOK_NEXT =
      Pattern.compile("^\\s*\\*?(Sent|Date|To|Subject|Cc):\\*?\\s.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOTUS_DATE = Pattern.compile("^\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}.*");
  private static final Pattern SIGNATURE = Pattern.compile("^(-- ?|--\\s*)$");
  /** "On Mon, 3 Feb 2025 at 10:00, Ann Lee <ann@example.org>", then {@link #WROTE} on the next line. */
  private static final Pattern ON_DATE = Pattern.compile("(?i)^\\s*On .{4,200}");
  private static final Pattern WROTE = Pattern.compile("(?i).{0,120}wrote:\\s*$");
  private static final Pattern MOBILE = Pattern.compile("^\\s*Sent from my \\w+.*", Pattern.CASE_INSENSITIVE);

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
      if (SIGNATURE.matcher(lines[i]).matches() || MOBILE.matcher(lines[i]).matches()) {
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
    for (Pattern p : REPLY_HEADERS) {
      if (p.matcher(line).matches()) {
        // "Name@DOMAIN" alone is a Lotus header only when a date line follows it
        if (p == REPLY_HEADERS.get(REPLY_HEADERS.size() - 1)) {
          return i + 1 < lines.length && LOTUS_DATE.matcher(lines[i + 1]).matches();
        }
        return true;
      }
    }
    // "On Mon, 3 Feb 2025 at 10:00, Ann Lee <ann@example.org>" and "wrote:" on the next line
    if (ON_DATE.matcher(line).matches() && i + 1 < lines.length && WROTE.matcher(lines[i + 1]).matches()) {
      return true;
    }
    if (OUTLOOK_FROM.matcher(line).matches()) {
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
}
