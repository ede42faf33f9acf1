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

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
