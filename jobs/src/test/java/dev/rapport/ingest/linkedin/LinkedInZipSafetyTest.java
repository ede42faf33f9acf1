package dev.rapport.ingest.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.IngestRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

class LinkedInZipSafetyTest {
  private static final String ZIP = "/data/mallory/Basic_LinkedInDataExport_01-02-2025.zip";
  private static final byte[] MESSAGES = Fixtures.resource("2024/messages.csv");

  private static UnsafeArchiveException refused(byte[] zip, ZipLimits limits) {
    UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class,
        () -> LinkedInExportReader.readZip("mallory", ZIP, new ByteArrayInputStream(zip), null, limits));
    assertTrue(e.getMessage().startsWith(ZIP + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertEquals(ZIP, e.archive());
    return e;
  }

  private static Map<String, byte[]> withMessages(String name, byte[] content) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("messages.csv", MESSAGES);
    entries.put(name, content);
    return entries;
  }

  @Test
  void zipSlipEntryIsRefused() {
    UnsafeArchiveException e = refused(Fixtures.zip(withMessages("../../evil.csv", MESSAGES)), null);
    assertEquals(ZIP + ": entry '../../evil.csv' escapes the archive (..)", e.getMessage());
  }

  @Test
  void zipSlipHiddenInAFolderAndWithBackslashesIsRefused() {
    refused(Fixtures.zip(withMessages("export/../../../evil.csv", MESSAGES)), null);
    refused(Fixtures.zip(withMessages("export\\..\\..\\evil.csv", MESSAGES)), null);
  }

  @Test
  void lineBreaksInAHostileEntryNameDoNotBreakTheOneLineMessage() {
    UnsafeArchiveException e = refused(Fixtures.zip(withMessages("../evil\nERROR: fake line.csv", MESSAGES)), null);
    assertEquals(ZIP + ": entry '../evil?ERROR: fake line.csv' escapes the archive (..)", e.getMessage());
  }

  @Test
  void absolutePathEntryIsRefused() {
    UnsafeArchiveException e = refused(Fixtures.zip(withMessages("/etc/cron.d/evil", MESSAGES)), null);
    assertEquals(ZIP + ": entry '/etc/cron.d/evil' has an absolute path", e.getMessage());
    refused(Fixtures.zip(withMessages("C:\\Windows\\evil.csv", MESSAGES)), null);
  }

  @Test
  void symlinkEntryIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      ZipArchiveEntry link = new ZipArchiveEntry("Connections.csv");
      link.setUnixMode(0120777);
      zip.putArchiveEntry(link);
      zip.write("/home/someone/.ssh/id_rsa".getBytes(StandardCharsets.UTF_8));
      zip.closeArchiveEntry();
    }
    UnsafeArchiveException e = refused(bytes.toByteArray(), null);
    assertEquals(ZIP + ": entry 'Connections.csv' is a symbolic link", e.getMessage());
  }

  @Test
  void nestedZipIsRefusedByName() {
    byte[] inner = Fixtures.zip(Map.of("messages.csv", MESSAGES));
    UnsafeArchiveException e = refused(Fixtures.zip(withMessages("more/inner.zip", inner)), null);
    assertEquals(ZIP + ": entry 'more/inner.zip' is itself an archive (nested archives are refused)", e.getMessage());
  }

  @Test
  void nestedZipDisguisedAsCsvIsRefusedByContent() {
    byte[] inner = Fixtures.zip(Map.of("messages.csv", MESSAGES));
    UnsafeArchiveException e = refused(Fixtures.zip(withMessages("Shares.csv", inner)), null);
    assertEquals(ZIP + ": entry 'Shares.csv' is itself an archive (nested archives are refused)", e.getMessage());
  }

  @Test
  void bombByRatioIsRefused() {
    byte[] zeros = new byte[8 << 20];
    UnsafeArchiveException e = refused(Fixtures.zip(withMessages("messages.csv.bak", zeros)), null);
    assertTrue(e.getMessage().contains("entry 'messages.csv.bak'") && e.getMessage().contains("zip bomb"),
        e.getMessage());
  }

  @Test
  void bombByRatioIsStoppedWhileInflatingWhenTheDeclaredSizesLie() {
    byte[] zeros = new byte[8 << 20];
    byte[] zip = lieAboutSizes(Fixtures.zip(Map.of("Connections.csv", zeros)));
    UnsafeArchiveException e = refused(zip, null);
    assertEquals(ZIP + ": entry 'Connections.csv' inflates more than 100 times its compressed size (zip bomb?)",
        e.getMessage());
  }

  @Test
  void bombByTotalSizeIsRefused() {
    // random letters compress only about 1.6 times: no ratio alarm, only the total
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      entries.put("part" + i + ".csv", randomLetters(300_000, i));
    }
    ZipLimits limits = ZipLimits.defaults().withMaxTotalUncompressedBytes(1_000_000);
    UnsafeArchiveException e = refused(Fixtures.zip(entries), limits);
    assertTrue(e.getMessage().contains("more than the limit of 1000000"), e.getMessage());
    // and counted while inflating when the declared sizes are lies
    UnsafeArchiveException counted = refused(lieAboutSizes(Fixtures.zip(entries)), limits);
    assertTrue(counted.getMessage().contains("expands beyond the limit of 1000000 bytes"), counted.getMessage());
  }

  @Test
  void duplicateEntryNamesAreRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (byte[] content : List.of(MESSAGES, "CONVERSATION ID\n".getBytes(StandardCharsets.UTF_8))) {
        zip.putArchiveEntry(new ZipArchiveEntry("messages.csv"));
        zip.write(content);
        zip.closeArchiveEntry();
      }
    }
    assertEquals(ZIP + ": entry 'messages.csv' appears more than once", refused(bytes.toByteArray(), null).getMessage());
  }

  @Test
  void archiveLargerThanItsLimitIsRefused() {
    UnsafeArchiveException e = refused(Fixtures.zip(Fixtures.vintage("2024")),
        ZipLimits.defaults().withMaxArchiveBytes(100));
    assertEquals(ZIP + ": larger than the limit of 100 bytes", e.getMessage());
  }

  @Test
  void tooManyEntriesIsRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      entries.put("f" + i + ".csv", new byte[0]);
    }
    UnsafeArchiveException e = refused(Fixtures.zip(entries), ZipLimits.defaults().withMaxEntries(10));
    assertEquals(ZIP + ": 20 entries, more than the limit of 10", e.getMessage());
  }

  @Test
  void notAZipIsAnIoExceptionNamingTheFile() {
    IOException e = assertThrows(IOException.class, () -> LinkedInExportReader.readZip("mallory", ZIP,
        new ByteArrayInputStream("First Name,Last Name\n".getBytes(StandardCharsets.UTF_8)), null, null));
    assertTrue(e.getMessage().startsWith(ZIP + ": not a readable ZIP archive"), e.getMessage());
  }

  @Test
  void exportInsideAFolderOfTheZipIsReadWithItsPath() throws Exception {
    List<IngestRecord> r = LinkedInExportReader.readZip("ann", "ann.zip", new ByteArrayInputStream(
        Fixtures.zip(Map.of("Basic_LinkedInDataExport_01-02-2025/messages.csv", MESSAGES))), null, null);
    assertEquals(6, r.size());
    assertEquals("ann.zip!/Basic_LinkedInDataExport_01-02-2025/messages.csv", r.get(0).source());
    assertEquals("ann.zip", r.get(0).entry());
  }

  @Test
  void limitsRejectNonsenseValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ZipLimits.defaults().withMaxCompressionRatio(0));
    assertEquals("maxCompressionRatio must be positive, was 0", e.getMessage());
  }

  private static byte[] randomLetters(int n, long seed) {
    Random random = new Random(seed);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ('a' + random.nextInt(26));
    }
    return b;
  }

  /** Sets every central-directory entry's uncompressed size to 1 byte, as a hostile archive would. */
  private static byte[] lieAboutSizes(byte[] zip) {
    byte[] out = zip.clone();
    ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= out.length; i++) {
      if (buf.getInt(i) == 0x02014b50) {
        buf.putInt(i + 24, 1);
      }
    }
    return out;
  }
}
