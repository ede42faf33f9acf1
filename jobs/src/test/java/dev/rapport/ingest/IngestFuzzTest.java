package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the mail readers with Jazzer. In an ordinary test run every saved input under
 * {@code src/test/resources/dev/rapport/ingest/IngestFuzzTestInputs/<method>/} is replayed (seeds from the broken-mail
 * corpora, and every crash once found); {@code jobs/src/test/fuzz/fuzz.sh mboxSplitter 600} fuzzes one target.
 *
 * <p>The property checked is the readers' contract: whatever the bytes, they return records (parsed, skipped or
 * quarantined with a reason) and never throw; a parsed message stays within its limits. Small limits are used so
 * that the fuzzer reaches every limit's branch with small inputs.
 */
class IngestFuzzTest {
  static final Limits SMALL = Limits.defaults().withOverrides(Map.of(
      "max_message_bytes", "8192", "max_line_bytes", "1024", "max_header_count", "20", "max_header_bytes", "2048",
      "max_mime_depth", "4", "max_message_recipients", "10", "max_references", "5", "max_attachments", "3",
      "max_text_bytes", "4096"));

  @FuzzTest
  void mboxSplitter(byte[] data) throws IOException {
    MboxReader.Variant variant = MboxReader.Variant.values()[data.length % MboxReader.Variant.values().length];
    MboxReader.Context ctx = new MboxReader.Context("ann", "/in/ann/mbox", "/in/ann/mbox", "Inbox", List.of());
    // a second reading in byte ranges of 64 to 2,104 bytes: every range boundary must give the same messages' fate
    long split = data.length == 0 ? 64 : 64 + (data[0] & 0xff) * 8L;
    for (long splitBytes : new long[] {Math.max(1, data.length), split}) {
      for (long[] range : MboxReader.splits(data.length, splitBytes)) {
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        in.skip(MboxReader.seekPosition(range[0]));
        var it = MboxReader.read(in, range[0], range[1], variant, ctx, SMALL);
        while (it.hasNext()) {
          IngestRecord r = it.next();
          check(r);
          assertTrue(r.position() >= 0 && r.position() <= data.length, "position " + r.position());
        }
      }
    }
  }

  @FuzzTest
  void mimeMessage(byte[] data) throws IOException {
    MailMessage m;
    try {
      m = MimeMessageParser.parse(data, new MimeMessageParser.Origin("ann", "/in/ann/x.eml", "eml", 0, "Inbox",
          List.of()), SMALL, List.of());
    } catch (MimeMessageParser.UnreadableMessageException e) {
      assertNotNull(e.getMessage());
      return;
    }
    checkMessage(m);
    check(MessageFileReader.read(new ByteArrayInputStream(data), "ann", "/in/ann/cur", "maildir",
        "/in/ann/cur/1:2,S", "cur", SMALL));
  }

  static void check(IngestRecord r) {
    assertNotNull(r.outcome());
    if (r.outcome() == IngestRecord.Outcome.PARSED) {
      if (r.message() != null) {
        checkMessage(r.message());
      }
    } else {
      assertNotNull(r.reason(), "a record left out says why");
    }
  }

  static void checkMessage(MailMessage m) {
    assertNotNull(m.messageId());
    assertTrue(m.to().size() + m.cc().size() <= SMALL.maxMessageRecipients(), "recipients within the limit");
    assertTrue(m.references().size() <= SMALL.maxReferences(), "references within the limit");
    assertTrue(m.attachments().size() <= SMALL.maxAttachments(), "attachments within the limit");
    assertTrue(m.body().length() <= 4L * SMALL.maxTextBytes() + 16, "text within the limit");
    assertTrue(!m.references().contains(m.messageId()), "no message is its own ancestor");
    assertTrue(m.date() == null || SMALL.dateNote(m.date()) == null, "no date that cannot be true");
  }
}
