package dev.rapport.ingest.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.ReadTask;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;

class LinkedInFilesTest {
  private static final String ZIP = "/data/mallory/Basic_LinkedInDataExport_01-02-2025.zip";

  private static ReadTask zipTask() {
    return new ReadTask(ReadTask.Kind.LINKEDIN_ZIP, "mallory", ZIP, "linkedin", List.of(ZIP), null, 0, 0, null);
  }

  /**
   * Executors print nothing themselves: the refusal goes through the logger (silenced here, so that anything printed
   * would show) and is counted as the entry's quarantined record.
   */
  @Test
  void aRefusedZipIsOneQuarantinedRecordOfItsEntryAndOnlyTheLoggerHearsOfIt() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("messages.csv", Fixtures.resource("2024/messages.csv"));
    entries.put("../../evil.csv", Fixtures.resource("2024/messages.csv"));
    PrintStream savedErr = System.err;
    PrintStream savedOut = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String logger = LinkedInFiles.class.getName();
    Level level = LogManager.getLogger(logger).getLevel();
    List<IngestRecord> records;
    try {
      Configurator.setLevel(logger, Level.OFF);
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      records = LinkedInFiles.READER.read(zipTask(), new ByteArrayInputStream(Fixtures.zip(entries)),
          ZoneId.of("UTC"));
    } finally {
      System.setErr(savedErr);
      System.setOut(savedOut);
      Configurator.setLevel(logger, level);
    }
    assertEquals(1, records.size(), records.toString());
    IngestRecord r = records.get(0);
    assertEquals(IngestRecord.Outcome.QUARANTINED, r.outcome());
    assertEquals(ZIP, r.entry());
    assertEquals("mallory", r.person());
    assertTrue(r.reason().startsWith("refused: " + ZIP + ": entry '../../evil.csv'"), r.reason());
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
  }

  /**
   * run.json has one entry per ZIP: every record of the export, parsed, skipped or quarantined by the CSV readers,
   * counts towards it, and keeps the file inside the ZIP as its source.
   */
  @Test
  void everyRecordOfAZipCountsTowardsTheZipsEntryWithItsFileAsSource() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("Connections.csv", ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,09 Sep 2022\n"
        + "Bob,Ray,https://www.linkedin.com/in/bob-ray,,,,not a date\n").getBytes(StandardCharsets.UTF_8));
    entries.put("messages.csv", Fixtures.resource("2024/messages.csv"));
    entries.put("Learning.csv", "Title,Description\nA course,On things\n".getBytes(StandardCharsets.UTF_8));
    List<IngestRecord> records = LinkedInFiles.READER.read(zipTask(), new ByteArrayInputStream(Fixtures.zip(entries)),
        ZoneId.of("UTC"));
    assertEquals(Map.of(
        ZIP + "!/Connections.csv", Fixtures.outcomes(1, 0, 1),
        ZIP + "!/messages.csv", Fixtures.outcomes(4, 2, 0),
        ZIP + "!/Learning.csv", Fixtures.outcomes(0, 1, 0)), Fixtures.outcomesBySource(records));
    for (IngestRecord r : records) {
      assertEquals(ZIP, r.entry(), r.toString());
      if (r.message() != null) {
        assertEquals(r.source(), r.message().source());
      }
    }
    assertTrue(records.stream().anyMatch(r -> "unparseable date".equals(r.reason())), records.toString());
  }

  @Test
  void bytesThatAreNoZipAreQuarantinedToo() throws Exception {
    List<IngestRecord> records = LinkedInFiles.READER.read(zipTask(),
        new ByteArrayInputStream("PK\u0003\u0004 and then nothing".getBytes(StandardCharsets.ISO_8859_1)),
        ZoneId.of("UTC"));
    assertEquals(1, records.size(), records.toString());
    assertEquals(IngestRecord.Outcome.QUARANTINED, records.get(0).outcome());
    assertTrue(records.get(0).reason().startsWith("not a readable ZIP: "), records.get(0).reason());
  }

  @Test
  void recognisesAnExportCsvByItsHeaderNotAnyCsv() {
    assertTrue(LinkedInFiles.READER.recognises("messages.csv", Fixtures.resource("2024/messages.csv")));
    assertFalse(LinkedInFiles.READER.recognises("notes.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void travelsToExecutorsAsTheOneReader() throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(LinkedInFiles.READER);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertSame(LinkedInFiles.READER, in.readObject());
    }
  }
}
