package dev.rapport.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestRecordTest {
  @Test
  void aQuarantineReasonKeepsWhereAndWhyButNoContent() {
    IngestRecord r = IngestRecord.quarantined("pat", "pat/x", "linkedin", "pat/x.zip", 3,
        "unparseable date 'lunch with Ann on Friday' from ann.lee@corp.example in entry 'Connections.csv'");
    assertEquals("unparseable date '…' from <address> in entry 'Connections.csv'", r.reason());
    assertEquals(3, r.position());
  }

  @Test
  void aLongReasonIsCut() {
    String reason = IngestRecord.quarantined("pat", "e", "mbox", "s", 0, "x".repeat(1000)).reason();
    assertEquals(IngestRecord.MAX_REASON_CHARS, reason.length());
    assertTrue(reason.endsWith("…"));
  }
}
