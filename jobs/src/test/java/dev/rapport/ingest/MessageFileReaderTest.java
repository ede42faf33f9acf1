package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFileReaderTest {
  static IngestRecord read(String content, String source, String folder) throws Exception {
    return MessageFileReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "ann",
        "/in/ann", "maildir", source, folder);
  }

  @Test
  void maildirFlagsBecomeLabelsAndMaildirPlusPlusFolderIsNamed() throws Exception {
    IngestRecord r = read("From: bo@example.org\nTo: ann@example.org\nSubject: hi\n\nHello",
        "/in/ann/Maildir/.Sent/cur/1700000000.M1P2.host:2,RS", "Maildir/.Sent/cur");
    assertEquals(List.of("replied", "seen"), r.message().labels());
    assertEquals("Maildir/Sent", r.message().folder());
  }

  @Test
  void maildirDraftIsSkippedWithReason() throws Exception {
    IngestRecord r = read("From: ann@example.org\nSubject: draft\n\nunfinished", "/in/ann/cur/1.M:2,D", "cur");
    assertEquals(IngestRecord.Outcome.SKIPPED, r.outcome());
    assertEquals("draft", r.reason());
  }

  @Test
  void bareCarriageReturnLineEndingsAreRead() throws Exception {
    IngestRecord r = read("From: bo@example.org\rSubject: old mac\r\rBody line", "/in/ann/mac/1.eml", "mac");
    assertEquals("old mac", r.message().subject());
    assertEquals("Body line", r.message().ownText());
  }

  @Test
  void appleMailEmlxByteCountAndPlistAreStripped() throws Exception {
    String msg = "From: bo@example.org\nSubject: emlx\n\nBody\n";
    IngestRecord r = read(msg.length() + "\n" + msg + "<?xml version=\"1.0\"?><plist><dict/></plist>",
        "/in/ann/1.emlx", "");
    assertEquals("Body", r.message().ownText());
  }

  @Test
  void emptyFileIsQuarantinedWithReason() throws Exception {
    IngestRecord r = read("", "/in/ann/x.eml", "");
    assertEquals(IngestRecord.Outcome.QUARANTINED, r.outcome());
    assertEquals("empty file", r.reason());
  }

  @Test
  void cmuTreeFolderNameIsKept() throws Exception {
    IngestRecord r = read("Message-ID: <1.JavaMail>\nFrom: a@enron.example\n\nx", "/in/lay-k/sent_items/12_",
        "sent_items");
    assertEquals("sent_items", r.message().folder());
  }
}
