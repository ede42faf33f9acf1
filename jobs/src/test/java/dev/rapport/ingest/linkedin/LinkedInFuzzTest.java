package dev.rapport.ingest.linkedin;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the LinkedIn export readers with Jazzer; saved inputs under
 * {@code src/test/resources/dev/rapport/ingest/linkedin/LinkedInFuzzTestInputs/<method>/} replay in every test run.
 * A CSV must give records and never throw (its stream cannot fail); a ZIP may be refused
 * ({@link UnsafeArchiveException}) or found unreadable ({@link IOException}), nothing else.
 */
class LinkedInFuzzTest {
  static final Limits SMALL = Limits.defaults().withOverrides(Map.of("max_line_bytes", "1024",
      "max_message_recipients", "10"));
  static final ZipLimits SMALL_ZIP = ZipLimits.defaults().withMaxArchiveBytes(1 << 20)
      .withMaxTotalUncompressedBytes(4 << 20).withMaxEntries(64);

  @FuzzTest
  void linkedInCsv(byte[] data) throws IOException {
    LinkedInExportReader.recognise("messages.csv", data);
    List<IngestRecord> rs = LinkedInExportReader.readCsv("ann", "/in/ann/messages.csv", "messages.csv",
        new ByteArrayInputStream(data), ZoneOffset.UTC, SMALL);
    for (IngestRecord r : rs) {
      assertNotNull(r.outcome());
      if (r.outcome() != IngestRecord.Outcome.PARSED) {
        assertNotNull(r.reason());
      }
    }
  }

  @FuzzTest
  void linkedInZip(byte[] data) {
    try {
      List<IngestRecord> rs = LinkedInExportReader.readZip("ann", "/in/ann/export.zip", new ByteArrayInputStream(data),
          ZoneOffset.UTC, SMALL_ZIP, SMALL);
      rs.forEach(r -> assertNotNull(r.outcome()));
    } catch (UnsafeArchiveException | IOException refused) {
      assertNotNull(refused.getMessage());
    }
  }
}
