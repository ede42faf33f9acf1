package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.IngestRecord.Outcome;
import dev.rapport.testing.GeneratedStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per hostile or broken record, each named after its quirk: the reader finishes, what it cut says why in
 * the record's notes, what it could not read is quarantined with the reason, and what follows is read as usual.
 */
class HostileRecordsTest {
  static final Limits LIMITS = Limits.defaults();
  static final MboxReader.Context CTX = new MboxReader.Context("ann", "/in/ann/Inbox", "/in/ann/Inbox", "Inbox",
      List.of());

  static final String SEPARATOR = "From someone@example.org Sat Mar 01 10:00:00 2025\n";

  static String message(String id, String extraHeaders, String body) {
    return "From: Bo <bo@example.org>\nTo: ann@example.org\nSubject: " + id + "\nMessage-ID: <" + id
        + "@example.org>\nDate: Sat, 1 Mar 2025 10:00:00 +0000\n" + extraHeaders + "\n" + body + "\n";
  }

  static List<IngestRecord> mbox(InputStream in, long length) throws IOException {
    List<IngestRecord> out = new ArrayList<>();
    MboxReader.read(in, 0, length, MboxReader.Variant.MBOXRD, CTX, LIMITS).forEachRemaining(out::add);
    return out;
  }

  static List<IngestRecord> mbox(String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return mbox(new ByteArrayInputStream(b), b.length);
  }

  static IngestRecord file(InputStream in) throws IOException {
    return MessageFileReader.read(in, "ann", "/in/ann/cur", "maildir", "/in/ann/cur/1.eml", "", LIMITS);
  }

  static IngestRecord file(String text) throws IOException {
    return file(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MailMessage parse(String text) throws Exception {
    return MimeMessageParser.parse(text.getBytes(StandardCharsets.UTF_8),
        new MimeMessageParser.Origin("ann", "/in/ann/x.eml", "eml", 0, "", List.of()), LIMITS, List.of());
  }

  static byte[] quirk(String name) throws IOException {
    return Files.readAllBytes(Path.of("src", "test", "resources", "ingest", "quirks", name));
  }

  // ---- isolation ----

  @Test
  void multipartWhoseReferencesFoldOntoASpacesLineThenABrokenAddressIsQuarantinedNotThrown() throws IOException {
    // mime4j 0.8.14 throws IllegalStateException("unread only works when a buffer is fully read…") on this one
    IngestRecord r = file(new ByteArrayInputStream(quirk("references-fold-broken-address.eml")));
    assertEquals(Outcome.QUARANTINED, r.outcome(), r.toString());
    assertTrue(r.reason().contains("IllegalStateException") && r.reason().contains("unread only works"), r.reason());
    assertEquals("/in/ann/cur/1.eml", r.source());
  }

  @Test
  void theMessagesAroundAnUnparsableOneInAnMboxAreStillRead() throws IOException {
    String broken = new String(quirk("references-fold-broken-address.eml"), StandardCharsets.UTF_8);
    String text = SEPARATOR + message("before", "", "first") + "\n" + SEPARATOR + broken + "\n" + SEPARATOR
        + message("after", "", "last");
    List<IngestRecord> rs = mbox(text);
    assertEquals(List.of(Outcome.PARSED, Outcome.QUARANTINED, Outcome.PARSED),
        rs.stream().map(IngestRecord::outcome).toList());
    assertEquals(text.indexOf(broken) - SEPARATOR.length(), rs.get(1).position(), "the broken message's offset");
    assertTrue(rs.get(1).reason().contains("unread only works"), rs.get(1).reason());
    assertEquals("last", rs.get(2).message().ownText());
  }

  @Test
  void aReaderThatThrowsMidwayKeepsWhatItReadAndEndsWithOneQuarantinedRecord() {
    ReadTask task = new ReadTask(ReadTask.Kind.MBOX, "ann", "/in/ann/Inbox", "mbox", List.of("/in/ann/Inbox"),
        List.of("Inbox"), 0, 100, MboxReader.Variant.MBOXRD);
    IngestRecord first = IngestRecord.skipped("ann", "/in/ann/Inbox", "mbox", "/in/ann/Inbox", 42, "draft");
    var it = Ingest.isolated(task, () -> new java.util.Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        if (n == 1) {
          throw new IllegalStateException("boom");
        }
        return true;
      }

      @Override
      public IngestRecord next() {
        n++;
        return first;
      }
    });
    List<IngestRecord> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    assertEquals(2, out.size());
    assertEquals(Outcome.QUARANTINED, out.get(1).outcome());
    assertEquals(42, out.get(1).position(), "the position reached");
    assertTrue(out.get(1).reason().contains("IllegalStateException: boom"), out.get(1).reason());
  }

  // ---- limits ----

  @Test
  void aOneGigabyteSingleLineInAnMboxIsCutWithoutBeingHeldAndTheNextMessageIsRead() {
    String head = SEPARATOR + "From: bo@example.org\nTo: ann@example.org\nSubject: long\n"
        + "Date: Sat, 1 Mar 2025 10:00:00 +0000\n\n";
    String tail = "\n\n" + SEPARATOR + message("after", "", "short");
    GeneratedStream in = new GeneratedStream(head, "x", 1L << 30, tail);
    List<IngestRecord> rs = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> mbox(in, in.length()));
    assertEquals(2, rs.size());
    MailMessage m = rs.get(0).message();
    assertNotNull(m, rs.get(0).toString());
    assertEquals(List.of(LIMITS.lineNote()), m.notes());
    assertEquals(List.of(LIMITS.lineNote()), rs.get(0).notes());
    assertTrue(m.body().length() <= LIMITS.maxLineBytes(), "at most one line limit of text");
    assertEquals("short", rs.get(1).message().ownText());
    assertEquals(in.length(), in.consumed(), "the range was read to its end, past the long line");
  }

  @Test
  void aOneGigabyteOneMessageFileIsReadOnlyUpToTheMessageLimit() throws IOException {
    GeneratedStream in = new GeneratedStream("From: bo@example.org\nTo: ann@example.org\nSubject: big\n\n", "y",
        1L << 30, "\n");
    IngestRecord r = file(in);
    assertEquals(Outcome.PARSED, r.outcome(), r.toString());
    assertTrue(r.notes().containsAll(List.of(LIMITS.messageNote(), LIMITS.lineNote())), r.notes().toString());
    assertTrue(in.consumed() <= LIMITS.maxMessageBytes() + 1L, "read " + in.consumed() + " bytes");
  }

  @Test
  void aHundredThousandRecipientsAreCutAtTheLimitAndSaySo() throws Exception {
    StringBuilder to = new StringBuilder("To: ");
    for (int i = 0; i < 100_000; i++) {
      to.append(i == 0 ? "" : ",\n ").append("user").append(i).append("@example.org");
    }
    MailMessage m = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> parse("From: bo@example.org\n" + to + "\nSubject: all hands\n\nhi\n"));
    assertEquals(LIMITS.maxMessageRecipients(), m.to().size() + m.cc().size());
    assertEquals("user0@example.org", m.to().get(0).key());
    assertTrue(m.notes().contains(LIMITS.recipientsNote()), m.notes().toString());
    assertTrue(m.notes().contains(LIMITS.headerBytesNote()), m.notes().toString());
    assertEquals("all hands", m.subject(), "the fields after the long one are read");
  }

  @Test
  void mimeNestedTenThousandDeepIsReadToTheDepthLimit() throws Exception {
    StringBuilder b = new StringBuilder("From: bo@example.org\nTo: ann@example.org\nSubject: deep\n"
        + "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
    int depth = 10_000;
    for (int i = 1; i <= depth; i++) {
      b.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\n");
    }
    b.append("--b").append(depth).append("\nContent-Type: text/plain\n\ninnermost\n");
    for (int i = depth; i >= 0; i--) {
      b.append("--b").append(i).append("--\n");
    }
    MailMessage m = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parse(b.toString()));
    assertEquals("deep", m.subject());
    assertTrue(m.notes().contains(LIMITS.mimeDepthNote()), m.notes().toString());
  }

  @Test
  void messagesAttachedInsideEachOtherTenThousandDeepAreReadToTheDepthLimit() throws Exception {
    String head = "From: bo@example.org\nTo: ann@example.org\nSubject: forwarded\nContent-Type: message/rfc822\n\n";
    MailMessage m = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parse(head.repeat(10_000) + "end\n"));
    assertEquals("forwarded", m.subject());
    assertTrue(m.notes().contains(LIMITS.mimeDepthNote()), m.notes().toString());
  }

  @Test
  void referencesThatNameTheMessageItselfOrLoopAreDroppedAndSaySo() throws Exception {
    MailMessage m = parse(message("self", "In-Reply-To: <self@example.org>\n"
        + "References: <self@example.org> <a@example.org> <b@example.org> <a@example.org> <b@example.org>\n", "x"));
    assertEquals(List.of("<a@example.org>", "<b@example.org>"), m.references());
    assertNull(m.inReplyTo());
    assertTrue(m.notes().contains(MimeMessageParser.SELF_REFERENCE), m.notes().toString());
    assertTrue(m.notes().contains(MimeMessageParser.REPEATED_REFERENCE), m.notes().toString());
  }

  @Test
  void tooManyReferencesKeepTheFirstOnes() throws Exception {
    StringBuilder refs = new StringBuilder("References:");
    for (int i = 0; i < 1_000; i++) {
      refs.append(" <r").append(i).append("@example.org>");
    }
    MailMessage m = parse(message("many", refs + "\n", "x"));
    assertEquals(LIMITS.maxReferences(), m.references().size());
    assertEquals("<r0@example.org>", m.references().get(0), "the thread root stays first");
    assertTrue(m.notes().contains(LIMITS.referencesNote()), m.notes().toString());
  }

  @Test
  void oneHugeBase64AttachmentIsMeasuredUpToTheMessageLimitAndTheNextMessageIsRead() {
    String head = SEPARATOR + "From: bo@example.org\nTo: ann@example.org\nSubject: the deck\n"
        + "Content-Type: multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\nsee attached\n"
        + "--XX\nContent-Type: application/pdf; name=\"deck.pdf\"\nContent-Transfer-Encoding: base64\n\n";
    String line = "QUFB".repeat(19) + "\n";
    long filler = line.length() * (200L << 20) / line.length();
    String tail = "--XX--\n\n" + SEPARATOR + message("after", "", "short");
    GeneratedStream in = new GeneratedStream(head, line, filler, tail);
    List<IngestRecord> rs = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> mbox(in, in.length()));
    assertEquals(2, rs.size());
    MailMessage m = rs.get(0).message();
    assertEquals("see attached", m.ownText());
    assertEquals(1, m.attachments().size());
    assertEquals("deck.pdf", m.attachments().get(0).name());
    assertTrue(m.attachments().get(0).size() > 0 && m.attachments().get(0).size() < LIMITS.maxMessageBytes());
    assertTrue(m.notes().contains(LIMITS.messageNote()), m.notes().toString());
    assertEquals("short", rs.get(1).message().ownText());
  }

  @Test
  void tooManyAttachmentsAreListedUpToTheLimit() throws Exception {
    StringBuilder b = new StringBuilder("From: bo@example.org\nTo: ann@example.org\nSubject: files\n"
        + "Content-Type: multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\nfiles\n");
    for (int i = 0; i < 600; i++) {
      b.append("--XX\nContent-Type: application/octet-stream; name=\"f").append(i).append(".bin\"\n\nabc\n");
    }
    b.append("--XX--\n");
    MailMessage m = parse(b.toString());
    assertEquals(LIMITS.maxAttachments(), m.attachments().size());
    assertTrue(m.notes().contains(LIMITS.attachmentsNote()), m.notes().toString());
  }

  @Test
  void tooManyHeaderFieldsAreIgnoredPastTheLimit() throws Exception {
    MailMessage m = parse("From: bo@example.org\nSubject: noisy\n" + "X-Junk: 1\n".repeat(5_000)
        + "To: late@example.org\n\nbody\n");
    assertEquals("noisy", m.subject());
    assertTrue(m.to().isEmpty(), "fields past the limit are not read");
    assertTrue(m.notes().contains(LIMITS.headerCountNote()), m.notes().toString());
  }

  @Test
  void anMboxOfOnlySeparatorsIsOneQuarantinedRecordPerSeparator() throws IOException {
    List<IngestRecord> rs = mbox((SEPARATOR + "\n").repeat(5));
    assertEquals(5, rs.size());
    for (IngestRecord r : rs) {
      assertEquals(Outcome.QUARANTINED, r.outcome());
      assertEquals("empty message after the 'From ' separator", r.reason());
    }
    List<IngestRecord> packed = mbox(SEPARATOR.repeat(5));
    assertEquals(1, packed.size(), "without blank lines only the first is a separator");
    assertEquals(Outcome.QUARANTINED, packed.get(0).outcome());
    assertEquals("no header lines", packed.get(0).reason());
  }

  @Test
  void aMessageWhoseEveryHeaderIsMalformedIsQuarantinedWithTheReason() throws IOException {
    String bad = "Frm bo@example.org\nTo ann@example.org\n:Subject nothing\n\nbody\n";
    List<IngestRecord> rs = mbox(SEPARATOR + bad + "\n" + SEPARATOR + message("fine", "", "ok"));
    assertEquals(Outcome.QUARANTINED, rs.get(0).outcome());
    assertEquals("no header lines", rs.get(0).reason());
    assertEquals(Outcome.PARSED, rs.get(1).outcome());
    IngestRecord f = file(bad);
    assertEquals(Outcome.QUARANTINED, f.outcome());
    assertEquals("not an RFC 822 message (no header lines)", f.reason());
  }

  @Test
  void aDateInYearOneIsUnknownWithTheReason() throws Exception {
    MailMessage m = parse("From: bo@example.org\nTo: ann@example.org\nSubject: old\n"
        + "Date: Tue, 27 Nov 0001 10:00:00 +0000\n\nx\n");
    assertNull(m.date());
    assertEquals(List.of("date before earliest_year (1971): date unknown"), m.notes());
  }

  @Test
  void aZeroTimestampDateIsUnknownWithTheReason() throws Exception {
    MailMessage m = parse("From: bo@example.org\nTo: ann@example.org\nSubject: epoch\n"
        + "Date: Wed, 31 Dec 1969 19:00:00 -0500\n\nx\n");
    assertNull(m.date());
    assertEquals(List.of("date is a zero Unix timestamp (1970-01-01T00:00:00Z): date unknown"), m.notes());
  }

  @Test
  void aDateCenturiesAheadIsUnknownWithTheReason() throws Exception {
    MailMessage m = parse("From: bo@example.org\nTo: ann@example.org\nSubject: future\n"
        + "Date: Mon, 1 Jan 2424 10:00:00 +0000\n\nx\n");
    assertNull(m.date());
    assertEquals(List.of("date more than max_future_days (7) after the run: date unknown"), m.notes());
  }

  @Test
  void ordinaryDatesAndMessagesCarryNoNotes() throws Exception {
    MailMessage m = parse(message("plain", "References: <a@example.org>\n", "hello"));
    assertEquals(Instant.parse("2025-03-01T10:00:00Z"), m.date());
    assertTrue(m.notes().isEmpty(), m.notes().toString());
  }

  @Test
  void limitsAreSetByKeyAndCheckedWithTheKeyInTheMessage() {
    Limits l = Limits.defaults().withOverrides(java.util.Map.of("max_line_bytes", "65_536"));
    assertEquals(65_536, l.maxLineBytes());
    assertEquals(java.util.Map.of("max_line_bytes", 65_536L), l.changed());
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Limits.defaults().withOverrides(java.util.Map.of("max_line_bytes", "12")));
    assertTrue(e.getMessage().contains("max_line_bytes") && e.getMessage().contains("12"), e.getMessage());
  }

  @Test
  void aLineCappedStreamCutsLongLinesAndKeepsTheirBreaks() throws IOException {
    var in = new LineCappedInputStream(new ByteArrayInputStream("abcdefgh\nij\nklmnopqrstu".getBytes()), 4);
    assertEquals("abcd\nij\nklmn", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    assertEquals(2, in.cutLines());
  }
}
