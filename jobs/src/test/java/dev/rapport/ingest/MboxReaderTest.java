package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxReaderTest {
  private static final MboxReader.Context CTX = new MboxReader.Context("ann", "/in/ann/Inbox", "/in/ann/Inbox",
      "Inbox", List.of());

  static List<IngestRecord> readAll(String mbox, MboxReader.Variant v, long splitBytes) throws IOException {
    byte[] bytes = mbox.getBytes(StandardCharsets.UTF_8);
    List<IngestRecord> out = new ArrayList<>();
    for (long[] range : MboxReader.splits(bytes.length, splitBytes)) {
      var in = new ByteArrayInputStream(bytes);
      in.skip(MboxReader.seekPosition(range[0]));
      MboxReader.read(in, range[0], range[1], v, CTX).forEachRemaining(out::add);
    }
    return out;
  }

  static String message(String from, String subject, String body) {
    return "From " + from + " Sat Mar 01 10:00:00 2025\n"
        + "From: " + from + "\nTo: ann@example.org\nSubject: " + subject
        + "\nMessage-ID: <" + subject.replace(' ', '-') + "@example.org>\nDate: Sat, 1 Mar 2025 10:00:00 +0000\n\n"
        + body + "\n\n";
  }

  @Test
  void everySplitSizeReadsEachMessageExactlyOnce() throws IOException {
    String mbox = message("bo@example.org", "one", "Hello Ann,\n>From the start, thanks.")
        + message("cy@example.org", "two", "A second body\nwith two lines")
        + message("di@example.org", "three", "Third.");
    List<String> whole = ids(readAll(mbox, MboxReader.Variant.MBOXRD, 1 << 20));
    assertEquals(List.of("<one@example.org>", "<two@example.org>", "<three@example.org>"), whole);
    for (int split = 1; split < mbox.length() + 2; split++) {
      assertEquals(whole, ids(readAll(mbox, MboxReader.Variant.MBOXRD, split)), "split size " + split);
    }
  }

  @Test
  void crlfSeparatorsAndBodiesAreRead() throws IOException {
    String mbox = (message("bo@example.org", "one", "Hi") + message("cy@example.org", "two", "There"))
        .replace("\n", "\r\n");
    for (int split = 5; split < mbox.length(); split += 7) {
      List<IngestRecord> rs = readAll(mbox, MboxReader.Variant.TAKEOUT, split);
      assertEquals(2, rs.size(), "split size " + split);
      assertEquals("There", rs.get(1).message().ownText());
    }
  }

  @Test
  void mboxrdQuotedFromLinesAreUnquotedOnce() throws IOException {
    String mbox = message("bo@example.org", "one", ">From here on\n>>From there");
    MailMessage m = readAll(mbox, MboxReader.Variant.MBOXRD, 1 << 20).get(0).message();
    assertEquals("From here on\n>From there", m.body());
  }

  @Test
  void unescapedFromLineInsideABodyDoesNotSplitTheMessage() throws IOException {
    // sloppy mboxo writers leave body lines starting "From " unquoted; only a line after a blank one separates
    String mbox = message("bo@example.org", "one", "Line one\nFrom the desk of Bo, regards")
        + message("cy@example.org", "two", "x");
    assertEquals(2, readAll(mbox, MboxReader.Variant.MBOXO, 1 << 20).size());
  }

  @Test
  void contentLengthMboxKeepsAnUnquotedFromParagraphInTheBody() throws IOException {
    String body = "First paragraph.\n\nFrom here the body goes on.\n";
    String mbox = "From bo@example.org Sat Mar 01 10:00:00 2025\nFrom: bo@example.org\nSubject: cl\n"
        + "Content-Length: " + body.length() + "\n\n" + body + "\n"
        + message("cy@example.org", "two", "x");
    List<IngestRecord> rs = readAll(mbox, MboxReader.Variant.MBOXCL, 1 << 20);
    assertEquals(2, rs.size());
    assertTrue(rs.get(0).message().body().contains("From here the body goes on."));
  }

  @Test
  void contentLengthMboxIsRecognisedOnlyWhenTheLengthLandsOnTheNextSeparator() {
    String body = "Body.\n";
    String cl = "From bo@example.org Sat Mar 01 10:00:00 2025\nFrom: bo@example.org\nContent-Length: "
        + body.length() + "\n\n" + body + "\nFrom cy@example.org Sat Mar 01 11:00:00 2025\nFrom: cy\n\nx\n";
    assertEquals(MboxReader.Variant.MBOXCL, MboxReader.variantOf(cl.getBytes(StandardCharsets.UTF_8), cl.length()));
    String wrong = cl.replace("Content-Length: " + body.length(), "Content-Length: 2");
    assertEquals(MboxReader.Variant.MBOXRD,
        MboxReader.variantOf(wrong.getBytes(StandardCharsets.UTF_8), wrong.length()));
    String takeout = "From 1@xxx Wed Mar 25 23:05:15 +0000 2020\r\nX-GM-THRID: 1\r\n\r\nx\r\n";
    assertEquals(MboxReader.Variant.TAKEOUT,
        MboxReader.variantOf(takeout.getBytes(StandardCharsets.UTF_8), takeout.length()));
  }

  @Test
  void textBeforeTheFirstSeparatorIsQuarantinedNotLost() throws IOException {
    String mbox = "stray bytes\n\n" + message("bo@example.org", "one", "Hi");
    List<IngestRecord> rs = readAll(mbox, MboxReader.Variant.MBOXRD, 1 << 20);
    assertEquals(2, rs.size());
    assertEquals(IngestRecord.Outcome.QUARANTINED, rs.get(0).outcome());
    assertEquals(IngestRecord.Outcome.PARSED, rs.get(1).outcome());
  }

  @Test
  void takeoutThreadIdAndLabelsAreKept() throws IOException {
    String mbox = ("From 1789012345678901234@xxx Wed Mar 25 23:05:15 +0000 2020\n"
        + "X-GM-THRID: 1789012345678901234\nX-Gmail-Labels: Inbox,Important,=?UTF-8?Q?Category_Promotions?=\n"
        + "From: Shop <deals@example.com>\nTo: ann@example.org\nSubject: Sale\n\nBuy now?\n\n").replace("\n", "\r\n");
    MailMessage m = readAll(mbox, MboxReader.Variant.TAKEOUT, 1 << 20).get(0).message();
    assertEquals("1789012345678901234", m.threadHint());
    assertEquals(List.of("Inbox", "Important", "Category Promotions"), m.labels());
    assertEquals("Gmail label: Category Promotions", m.bulkReason());
  }

  private static List<String> ids(List<IngestRecord> rs) {
    return rs.stream().map(r -> r.message().messageId()).toList();
  }
}
