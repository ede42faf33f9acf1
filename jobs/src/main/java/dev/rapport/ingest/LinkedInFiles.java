package dev.rapport.ingest;

import dev.rapport.ingest.linkedin.LinkedInExportReader;

/** Recognises the CSV files of an unpacked LinkedIn export by their header row, whatever their encoding. */
final class LinkedInFiles {
  private LinkedInFiles() {}

  static boolean looksLikeLinkedInCsv(String fileName, byte[] head) {
    return LinkedInExportReader.looksLikeLinkedInCsv(fileName, head);
  }
}
