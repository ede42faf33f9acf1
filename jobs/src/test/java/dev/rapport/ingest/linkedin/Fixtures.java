package dev.rapport.ingest.linkedin;

import dev.rapport.ingest.IngestRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Synthetic LinkedIn exports from {@code src/test/resources/linkedin/<vintage>/}, zipped in memory. */
final class Fixtures {
  static final String[] FILES = {"Messages.csv", "messages.csv", "Connections.csv", "Invitations.csv", "Profile.csv",
      "Email Addresses.csv", "coach_messages.csv", "Recommendations_Given.csv"};

  private Fixtures() {}

  static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/linkedin/" + path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String path) {
    return new String(resource(path), StandardCharsets.UTF_8);
  }

  /** The vintage's files by name, in the order of {@link #FILES}. */
  static Map<String, byte[]> vintage(String vintage) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String f : FILES) {
      byte[] b = resource(vintage + "/" + f);
      if (b != null) {
        files.put(f, b);
      }
    }
    return files;
  }

  static List<IngestRecord> readCsv(String vintage, String file) {
    try {
      return LinkedInExportReader.readCsv("avery", vintage + "/" + file, file,
          new ByteArrayInputStream(resource(vintage + "/" + file)), ZoneOffset.UTC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<IngestRecord> readCsv(String file, byte[] bytes) {
    try {
      return LinkedInExportReader.readCsv("avery", file, file, new ByteArrayInputStream(bytes), ZoneOffset.UTC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<IngestRecord> readCsv(String entry, String file, byte[] bytes, java.time.ZoneId zone) {
    try {
      return LinkedInExportReader.readCsv("avery", entry, file, new ByteArrayInputStream(bytes), zone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Outcome counts per file a record came from, e.g. {@code {PARSED=4, SKIPPED=1, QUARANTINED=2}}; within a ZIP every
   * file's records share the ZIP's entry.
   */
  static Map<String, Map<IngestRecord.Outcome, Long>> outcomesBySource(List<IngestRecord> records) {
    return records.stream().collect(Collectors.groupingBy(IngestRecord::source, TreeMap::new,
        Collectors.groupingBy(IngestRecord::outcome, () -> new EnumMap<>(IngestRecord.Outcome.class),
            Collectors.counting())));
  }

  static Map<IngestRecord.Outcome, Long> outcomes(long parsed, long skipped, long quarantined) {
    Map<IngestRecord.Outcome, Long> m = new EnumMap<>(IngestRecord.Outcome.class);
    if (parsed > 0) {
      m.put(IngestRecord.Outcome.PARSED, parsed);
    }
    if (skipped > 0) {
      m.put(IngestRecord.Outcome.SKIPPED, skipped);
    }
    if (quarantined > 0) {
      m.put(IngestRecord.Outcome.QUARANTINED, quarantined);
    }
    return m;
  }
}
