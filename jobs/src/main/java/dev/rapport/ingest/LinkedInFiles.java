package dev.rapport.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Recognises the CSV files of an unpacked LinkedIn export by their name and header row. */
final class LinkedInFiles {
  private static final Set<String> KNOWN = Set.of("messages.csv", "connections.csv", "invitations.csv",
      "profile.csv", "email addresses.csv");

  private LinkedInFiles() {}

  static boolean looksLikeLinkedInCsv(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv")) {
      return false;
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\u0000", "");
    return KNOWN.contains(name) || text.contains("CONVERSATION ID") || text.contains("Connected On")
        || text.contains("Sent At");
  }
}
