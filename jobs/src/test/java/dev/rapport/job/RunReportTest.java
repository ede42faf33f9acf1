package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.InputDiscovery;
import dev.rapport.ingest.InputPlan;
import dev.rapport.ingest.ReadTask;
import dev.rapport.ingest.linkedin.LinkedInFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/**
 * run.json's accounting of an input entry, without Spark: records are counted under the entry they carry, as
 * {@code AnalyzeJob.account} groups them, and shown under the entries discovery planned.
 */
class RunReportTest {
  static final Path BLAKE = Path.of("..", "data-samples", "blake-no-follow-up").toAbsolutePath().normalize();

  /**
   * A LinkedIn export ZIP is one planned entry; its messages, connections, invitations and other files were read
   * but showed {@code read 0}, because each record named the CSV inside the ZIP as its entry.
   */
  @Test
  void everyRecordOfALinkedInZipCountsUnderTheZipsEntry() throws Exception {
    Configuration conf = new Configuration();
    // as AnalyzeJob sets it: Maildir names carry ':', which the checksummed local file system cannot name .crc files by
    conf.set("fs.file.impl", org.apache.hadoop.fs.RawLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    InputPlan plan = InputDiscovery.discover(List.of(BLAKE.toString()), conf,
        InputDiscovery.Options.defaults(LinkedInFiles.READER));
    List<IngestRecord> records = new ArrayList<>();
    for (ReadTask task : plan.tasks()) {
      if (task.kind() == ReadTask.Kind.LINKEDIN_ZIP) {
        org.apache.hadoop.fs.Path zip = new org.apache.hadoop.fs.Path(task.paths().get(0));
        try (InputStream in = zip.getFileSystem(conf).open(zip)) {
          records.addAll(LinkedInFiles.READER.read(task, in, ZoneId.of("UTC")));
        }
      }
    }
    assertTrue(records.size() > 50, "the export's rows were read: " + records.size());
    RunReport run = new RunReport();
    for (IngestRecord r : records) {
      run.entry(r.person(), r.entry()).add(r.outcome().name(), r.reason(), 1);
    }
    JsonNode json = new ObjectMapper().readTree(
        run.render(plan, AnalyzeOptions.of(List.of(BLAKE.toString()), "/tmp/out"), Map.of()));

    JsonNode zip = null;
    long readEverywhere = 0;
    for (JsonNode e : json.get("inputs")) {
      readEverywhere += e.get("read").asLong();
      if (e.get("path").asText().endsWith("Basic_LinkedInDataExport_06-30-2025.zip")) {
        zip = e;
      }
    }
    assertNotNull(zip, json.get("inputs").toString());
    assertEquals("linkedin", zip.get("format").asText());
    assertEquals(records.size(), readEverywhere, "no record is counted under an entry run.json does not show");
    assertEquals(records.size(), zip.get("read").asLong(), zip.toString());
    assertEquals(zip.get("read").asLong(), zip.get("parsed").asLong() + zip.get("skipped").asLong()
        + zip.get("quarantined").asLong(), zip.toString());
    long messages = records.stream().filter(r -> r.message() != null).count();
    long others = records.stream().filter(r -> r.outcome() == IngestRecord.Outcome.PARSED && r.message() == null)
        .count();
    assertEquals(messages + others, zip.get("parsed").asLong(), zip.toString());
    // Learning.csv is a file of the export that Rapport does not read: skipped, with the reason
    assertEquals(1, zip.at("/skipped_reasons/unknown LinkedIn file").asLong(), zip.toString());
  }
}
