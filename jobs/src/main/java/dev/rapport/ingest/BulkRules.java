package dev.rapport.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a message is bulk or automated, from what the message itself says. Bulk mail is kept in the
 * message table, flagged with its reason, and never feeds a detector.
 *
 * <p>Header rules: {@code List-Id}, {@code List-Unsubscribe}, {@code List-Post}, {@code Precedence: bulk|list|junk},
 * {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply}/{@code X-Autorespond}, delivery reports
 * ({@code multipart/report}, mailer-daemon), no-reply style senders, Gmail's Promotions/Updates/Social/Forums
 * categories, Spam, Trash and Chat. The recipient-count rule (more than 5 others) needs the owner and is applied
 * by the pipeline.
 */
public final class BulkRules {
  private static final Pattern NO_REPLY = Pattern.compile(
      "^(no[-._]?reply|do[-._]?not[-._]?reply|donotreply|notifications?|notify|mailer[-._]daemon|postmaster|"
          + "bounces?|news(letter)?|alerts?|updates?|marketing|info|digest|automated|jobs-noreply|"
          + "messages-noreply|invitations)([-+._].*)?@.*");
  private static final Set<String> GMAIL_BULK = Set.of("category promotions", "category updates",
      "category social", "category forums", "spam", "trash", "chat");

  private BulkRules() {}

  /** Returns the reason the message is bulk, or null when nothing marks it so. Header names are lower case. */
  public static String reasonFromHeaders(Map<String, List<String>> headers, Party from, List<String> labels) {
    if (headers.containsKey("list-id")) {
      return "list header: List-Id";
    }
    if (headers.containsKey("list-unsubscribe")) {
      return "list header: List-Unsubscribe";
    }
    if (headers.containsKey("list-post")) {
      return "list header: List-Post";
    }
    String precedence = first(headers, "precedence");
    if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("\\s*(bulk|list|junk).*")) {
      return "Precedence: " + precedence.trim().toLowerCase(Locale.ROOT);
    }
    String auto = first(headers, "auto-submitted");
    if (auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
      return "Auto-Submitted: " + auto.trim().toLowerCase(Locale.ROOT);
    }
    if (headers.containsKey("x-autoreply") || headers.containsKey("x-autorespond")) {
      return "automatic reply header";
    }
    String contentType = first(headers, "content-type");
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
      return "delivery report";
    }
    if (from != null && NO_REPLY.matcher(from.key()).matches()) {
      return "automated sender: " + from.key().substring(0, from.key().indexOf('@'));
    }
    for (String label : labels) {
      String l = label.toLowerCase(Locale.ROOT).trim();
      if (GMAIL_BULK.contains(l)) {
        return "Gmail label: " + label.trim();
      }
    }
    return null;
  }

  /**
   * Mass-mail footers: a way out of a list, or a note that the reader is one of many. Newsletters, retail
   * promotions and surveys carry one even when they carry no list header; a person writing to a person does not.
   */
  static final Pattern MASS_MAIL_FOOTER = Pattern.compile(
      "\\bunsubscribe\\b|\\bopt[- ]out\\b|\\bto be removed from\\b|\\bremove (yourself|you|your (e-?mail|name|address))"
      + " from\\b|\\bmanage (your )?(e-?mail |subscription |communication |notification )?(preferences|subscriptions?"
      + "|settings)\\b|\\byou (are|were) receiving this\\b|\\byou received this (e-?mail|message)\\b"
      + "|\\bif you (no longer|do not) wish to receive\\b|\\bview (this|it|the) (e-?mail |message |newsletter )?(in|on)"
      + " (your|a|the) (web )?browser\\b|\\bthis (e-?mail|message|newsletter) was sent to\\b"
      + "|\\bupdate your (e-?mail )?preferences\\b|\\bno longer (wish|want) to receive\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Words every match of {@link #MASS_MAIL_FOOTER} contains, one per alternative or more: a text without any of them
   * (compared as the pattern compares, US-ASCII letters in either case) has no footer, and is not scanned by the
   * pattern, which tries a dozen alternatives at every position of the last 3,000 characters of every message.
   */
  private static final List<String> FOOTER_WORDS = List.of("unsubscribe", "opt-out", "opt out", "removed from",
      "remove you", "preferences", "subscription", "settings", "receiving this", "received this", "to receive",
      "browser", "was sent to");

  /** False when {@code text} cannot contain a {@link #MASS_MAIL_FOOTER} match: none of the {@link #FOOTER_WORDS}. */
  static boolean mayHaveFooter(String text) {
    char[] lower = new char[text.length()];
    for (int i = 0; i < lower.length; i++) {
      char c = text.charAt(i);
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    String t = new String(lower);
    for (String w : FOOTER_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns why a message with no list header is still bulk, or null: it is addressed only to its own sender (a
   * newsletter or announcement with its readers in Bcc), or its text carries a mass-mail footer. Reads only the
   * sender, the recipients and the body, never who the owner is.
   */
  public static String reasonFromContent(Party from, List<Party> to, List<Party> cc, String body) {
    if (from != null && to != null && !to.isEmpty() && (cc == null || cc.isEmpty())
        && to.stream().allMatch(p -> p.key().equals(from.key())) && from.isEmail()) {
      return "addressed only to its sender (readers in Bcc)";
    }
    if (body != null) {
      // footers sit at the end: read the last part only, so a long message costs no more than a short one
      String tail = body.length() > 3000 ? body.substring(body.length() - 3000) : body;
      if (mayHaveFooter(tail) && MASS_MAIL_FOOTER.matcher(tail).find()) {
        return "mass-mail footer (unsubscribe or preferences text)";
      }
    }
    return null;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
