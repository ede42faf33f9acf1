package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeMessageParserTest {
  private static final MimeMessageParser.Origin ORIGIN =
      new MimeMessageParser.Origin("ann", "/in/ann/x.eml", "eml", 0, "", List.of());

  static MailMessage parse(String raw) throws Exception {
    return MimeMessageParser.parse(raw.getBytes(StandardCharsets.UTF_8), ORIGIN);
  }

  @Test
  void rfc2047EncodedWordsInNamesAndSubjectsAreDecoded() throws Exception {
    MailMessage m = parse("From: =?ISO-8859-1?Q?Jos=E9_P=E9rez?= <jose@example.org>\n"
        + "To: ann@example.org\nSubject: =?UTF-8?B?R3LDvMOfZSBhdXMgTcO8bmNoZW4=?=\n\nHallo");
    assertEquals("José Pérez", m.from().name());
    assertEquals("jose@example.org", m.from().key());
    assertEquals("Grüße aus München", m.subject());
  }

  @Test
  void rfc6532RawUtf8HeadersAreReadAsUtf8() throws Exception {
    MailMessage m = parse("From: Zoë Ångström <zoe@example.org>\nTo: ann@example.org\nSubject: Café ☕\n\nhi");
    assertEquals("Zoë Ångström", m.from().name());
    assertEquals("zoe@example.org", m.from().key());
    assertEquals("Café ☕", m.subject());
  }

  @Test
  void unknownCharsetFallsBackWithoutFailing() throws Exception {
    byte[] raw = ("From: a@example.org\nContent-Type: text/plain; charset=x-unknown-42\n\nna\u00efve")
        .getBytes(StandardCharsets.ISO_8859_1);
    MailMessage m = MimeMessageParser.parse(raw, ORIGIN);
    assertEquals("naïve", m.ownText());
  }

  @Test
  void multipartAlternativePrefersThePlainText() throws Exception {
    MailMessage m = parse("From: a@example.org\nContent-Type: multipart/alternative; boundary=b1\n\n"
        + "--b1\nContent-Type: text/plain\n\nPlain words\n--b1\nContent-Type: text/html\n\n<p>Html words</p>\n--b1--\n");
    assertEquals("Plain words", m.ownText());
  }

  @Test
  void htmlOnlyBodyBecomesText() throws Exception {
    MailMessage m = parse("From: a@example.org\nContent-Type: text/html; charset=utf-8\n\n"
        + "<html><body><p>Hi Ann,</p><p>Could we talk <b>Tuesday</b>?</p><script>x()</script></body></html>");
    assertTrue(m.ownText().contains("Hi Ann,"), m.ownText());
    assertTrue(m.ownText().contains("Could we talk Tuesday?"), m.ownText());
  }

  @Test
  void attachmentsAreMetadataOnly() throws Exception {
    MailMessage m = parse("From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
        + "Content-Type: text/plain\n\nSee my CV attached.\n--b\nContent-Type: application/pdf; name=\"cv.pdf\"\n"
        + "Content-Disposition: attachment; filename=\"Ann Lee CV.pdf\"\nContent-Transfer-Encoding: base64\n\n"
        + "JVBERi0xLjQK\n--b--\n");
    assertEquals(1, m.attachments().size());
    assertEquals("Ann Lee CV.pdf", m.attachments().get(0).name());
    assertEquals("application/pdf", m.attachments().get(0).type());
    assertEquals(9, m.attachments().get(0).size());
    assertEquals("See my CV attached.", m.ownText());
  }

  @Test
  void missingMessageIdGetsAStableDerivedId() throws Exception {
    String raw = "From: a@example.org\nSubject: no id\n\nbody";
    assertEquals(parse(raw).messageId(), parse(raw).messageId());
    assertTrue(parse(raw).messageId().endsWith("@derived.rapport>"));
    assertTrue(!parse(raw).messageId().equals(parse(raw + "!").messageId()));
  }

  @Test
  void missingOrBrokenDateIsNullNotAFailure() throws Exception {
    assertNull(parse("From: a@example.org\n\nx").date());
    assertNull(parse("From: a@example.org\nDate: sometime last week\n\nx").date());
    assertEquals(Instant.parse("2000-06-20T18:00:00Z"),
        parse("From: a@example.org\nDate: Tue, 20 Jun 2000 11:00:00 -0700 (PDT)\n\nx").date());
  }

  @Test
  void quotedReplyIsSeparatedAndKept() throws Exception {
    MailMessage m = parse("From: a@example.org\n\nThanks so much!\n\nOn Mon, 3 Feb 2025 at 10:00, Bo <bo@example.org> wrote:\n> Here is the intro.\n");
    assertEquals("Thanks so much!", m.ownText());
    assertTrue(m.quotedText().contains("> Here is the intro."));
    assertTrue(m.body().contains("Here is the intro."));
  }

  @Test
  void listHeadersMarkBulkMail() throws Exception {
    assertEquals("list header: List-Id", parse("From: a@example.org\nList-Id: <jobs.example.org>\n\nx").bulkReason());
    assertEquals("Precedence: bulk", parse("From: a@example.org\nPrecedence: bulk\n\nx").bulkReason());
    assertEquals("automated sender: no-reply", parse("From: no-reply@example.org\n\nPlease confirm?").bulkReason());
    assertNull(parse("From: bo@example.org\n\nCould you please send it?").bulkReason());
  }

  @Test
  void textWithoutHeadersIsNotAMessage() {
    assertThrows(MimeMessageParser.UnreadableMessageException.class,
        () -> MimeMessageParser.parse(new byte[0], ORIGIN));
  }
}
