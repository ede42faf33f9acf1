package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.Corpora;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each header, sender and label rule on its own, and the personal mail none of them may catch. */
class BulkRulesTest {
  static final Party ANN = Party.email("ann.lee@gmail.com", "Ann Lee");

  /** A personal message's headers, plus the given name/value pairs (names lower case, as the parser gives them). */
  static Map<String, List<String>> headers(String... extra) {
    Map<String, List<String>> h = new HashMap<>();
    h.put("from", List.of("Ann Lee <ann.lee@gmail.com>"));
    h.put("to", List.of("bo@acme.example"));
    h.put("subject", List.of("Coffee next week?"));
    h.put("content-type", List.of("text/plain; charset=utf-8"));
    for (int i = 0; i < extra.length; i += 2) {
      h.put(extra[i], List.of(extra[i + 1]));
    }
    return h;
  }

  static String reason(Map<String, List<String>> headers) {
    return BulkRules.reasonFromHeaders(headers, ANN, List.of());
  }

  @Test
  void aPersonalMessageIsNotBulk() {
    assertNull(BulkRules.reasonFromHeaders(headers("precedence", "first-class", "auto-submitted", "no",
        "importance", "high"), ANN, List.of("Inbox", "Sent", "Important", "Category Personal")));
  }

  @Test
  void personalSendersWhoseNamesStartLikeARobotsAreNotBulk() {
    for (String address : List.of("newsome@acme.example", "infante@acme.example", "updike@acme.example",
        "noreen.bounds@acme.example", "alertson@acme.example")) {
      assertNull(BulkRules.reasonFromHeaders(headers(), Party.email(address, ""), List.of()), address);
    }
  }

  @Test
  void mailingListHeadersAreBulkEachOnItsOwn() {
    assertEquals("list header: List-Id", reason(headers("list-id", "<alumni.lists.example>")));
    assertEquals("list header: List-Unsubscribe", reason(headers("list-unsubscribe", "<mailto:leave@x.example>")));
    assertEquals("list header: List-Post", reason(headers("list-post", "<mailto:alumni@x.example>")));
  }

  @Test
  void precedenceBulkListOrJunkIsBulk() {
    assertEquals("Precedence: bulk", reason(headers("precedence", " Bulk")));
    assertEquals("Precedence: list", reason(headers("precedence", "list")));
    assertEquals("Precedence: junk", reason(headers("precedence", "junk")));
    assertNull(reason(headers("precedence", "first-class")));
  }

  @Test
  void autoSubmittedOtherThanNoIsBulk() {
    assertEquals("Auto-Submitted: auto-replied", reason(headers("auto-submitted", "Auto-Replied")));
    assertEquals("Auto-Submitted: auto-generated", reason(headers("auto-submitted", "auto-generated")));
    assertNull(reason(headers("auto-submitted", "no")));
  }

  @Test
  void autoReplyHeadersAreBulk() {
    assertEquals("automatic reply header", reason(headers("x-autoreply", "yes")));
    assertEquals("automatic reply header", reason(headers("x-autorespond", "Out of office")));
  }

  @Test
  void deliveryReportsAreBulk() {
    assertEquals("delivery report",
        reason(headers("content-type", "multipart/report; report-type=delivery-status; boundary=x")));
  }

  @Test
  void noReplyStyleSendersAreBulk() {
    for (String local : List.of("noreply", "no-reply", "do_not_reply", "donotreply", "notifications", "notify",
        "mailer-daemon", "postmaster", "bounces", "newsletter", "news", "alerts", "updates", "marketing", "info",
        "digest", "automated", "jobs-noreply", "messages-noreply", "invitations", "noreply+abc123", "info.eu")) {
      String address = local + "@service.example";
      assertEquals("automated sender: " + local,
          BulkRules.reasonFromHeaders(headers(), Party.email(address, "Service"), List.of()), address);
    }
  }

  @Test
  void gmailCategoriesSpamTrashAndChatAreBulk() {
    for (String label : List.of("Category Promotions", "Category Updates", "Category Social", "Category Forums",
        "Spam", "Trash", "Chat")) {
      assertEquals("Gmail label: " + label,
          BulkRules.reasonFromHeaders(headers(), ANN, List.of("Inbox", " " + label + " ")), label);
    }
  }

  @Test
  void theFirstRuleThatMatchesGivesTheReason() {
    assertEquals("list header: List-Id", BulkRules.reasonFromHeaders(headers("list-id", "<x>",
        "precedence", "bulk"), Party.email("noreply@x.example", ""), List.of("Spam")));
  }

  @Test
  void aMessageWithoutSenderIsJudgedByItsHeaders() {
    assertNull(BulkRules.reasonFromHeaders(headers(), null, List.of()));
    assertEquals("Precedence: bulk", BulkRules.reasonFromHeaders(headers("precedence", "bulk"), null, List.of()));
  }

  @Test
  void everyKindOfMassMailFooterGetsPastTheWordCheckInAnyCase() {
    List<String> footers = List.of("Click here to UNSUBSCRIBE.", "To Opt-Out of these mailings, reply STOP.",
        "If you wish to be REMOVED from this list, reply.", "To be removed from our list, write back.",
        "Remove yourself from this list here.", "Manage your e-mail preferences", "Manage Subscriptions",
        "You are receiving this because you signed up.", "You received this email because you asked.",
        "If you no longer wish to receive these messages, click here.", "View this newsletter in your browser",
        "This message was sent to ann@example.org", "Update your preferences", "No longer want to receive these?");
    for (String f : footers) {
      assertTrue(BulkRules.mayHaveFooter("Hi all,\n\nNews of the week.\n\n" + f), f);
      assertEquals("mass-mail footer (unsubscribe or preferences text)",
          BulkRules.reasonFromContent(ANN, List.of(Party.email("bo@acme.example", "Bo")), List.of(), "News.\n" + f), f);
    }
  }

  @Test
  void theWordCheckPassesEveryEnronMessageWithAFooterAndSparesMostOfTheRest() {
    int spared = 0;
    int footers = 0;
    List<String> bodies = Corpora.enronBodies(1);
    for (String body : bodies) {
      String tail = body.length() > 3000 ? body.substring(body.length() - 3000) : body;
      boolean found = BulkRules.MASS_MAIL_FOOTER.matcher(tail).find();
      boolean may = BulkRules.mayHaveFooter(tail);
      assertTrue(may || !found, () -> "the word check skips a footer in: " + tail);
      footers += found ? 1 : 0;
      spared += may ? 0 : 1;
    }
    assertTrue(footers > 50, "expected Enron's newsletters to carry footers, found " + footers);
    assertTrue(spared > bodies.size() / 2, "the word check spared only " + spared + " of " + bodies.size());
  }
}
