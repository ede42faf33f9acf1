package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.ingest.Limits;
import dev.rapport.testing.GeneratedStream;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One cohort of hostile and broken archives, one person each, analysed in one run: the run completes, every person
 * keeps a report, each quirk's reason is in run.json under its entry, and every entry's records add up
 * ({@code read == parsed + skipped + quarantined}). The huge inputs (a 1 GB line, a 200 MB attachment) are written
 * under {@code target/} on the fly and deleted afterwards.
 */
class HostileCohortIT {
  static final Path IN = Path.of("target", "test-out", "hostile-cohort-input").toAbsolutePath();
  static final Path OUT = Path.of("target", "test-out", "hostile-cohort").toAbsolutePath();
  static final Limits LIMITS = Limits.defaults();
  static JsonNode run;

  static final String SEPARATOR = "From someone@example.org Sat Mar 01 10:00:00 2025\n";

  /** A message from the person to a contact, or back; dates a day apart so that every message is distinct. */
  static String message(String person, int i, String extraHeaders, String body) {
    boolean sent = i % 2 == 0;
    String owner = person + "@example.org";
    String contact = "contact-" + person + "@example.org";
    return SEPARATOR + "From: " + (sent ? owner : contact) + "\nTo: " + (sent ? contact : owner) + "\nSubject: note "
        + i + "\nMessage-ID: <" + person + "-" + i + "@example.org>\nDate: Sat, " + (1 + i)
        + " Mar 2025 10:00:00 +0000\n" + extraHeaders + "\n" + body + "\n\n";
  }

  static String ordinary(String person, int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      b.append(message(person, i, "", i % 2 == 0 ? "Could you send me the notes from Tuesday?" : "Sure, here."));
    }
    return b.toString();
  }

  static Path mbox(String person, String text) throws IOException {
    Path dir = Files.createDirectories(IN.resolve(person));
    return Files.writeString(dir.resolve("mail.mbox"), text, StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void analyseTheCohort() throws Exception {
    deleteTree(IN);
    deleteTree(OUT);
    Files.createDirectories(IN);

    // a 1 GB single line, then an ordinary message
    new GeneratedStream(message("giant", 0, "", "").replaceFirst("\n\n$", ""), "x", 1L << 30,
        "\n\n" + ordinary("giant", 1, 3)).writeTo(Files.createDirectories(IN.resolve("giant")).resolve("mail.mbox"));

    // 100,000 recipients on one message
    StringBuilder to = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      to.append(i == 0 ? "" : ",\n ").append("reader").append(i).append("@example.org");
    }
    mbox("crowd", message("crowd", 0, "Cc: " + to + "\n", "Hello everyone.") + ordinary("crowd", 1, 4));

    // mime4j's IllegalStateException, among ordinary one-message files
    Path cur = Files.createDirectories(IN.resolve("quirky/Maildir/cur"));
    Files.copy(Path.of("src/test/resources/ingest/quirks/references-fold-broken-address.eml"),
        cur.resolve("1.eml"));
    for (int i = 2; i <= 4; i++) {
      Files.writeString(cur.resolve(i + ".eml"), message("quirky", i, "", "Thanks for the intro!")
          .substring(SEPARATOR.length()));
    }

    // MIME nested 10,000 deep
    StringBuilder deep = new StringBuilder("Content-Type: multipart/mixed; boundary=\"b0\"\n");
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      body.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i)
          .append("\"\n\n");
    }
    body.append("--b10000\nContent-Type: text/plain\n\ninnermost\n");
    for (int i = 10_000; i >= 0; i--) {
      body.append("--b").append(i).append("--\n");
    }
    mbox("nested", message("nested", 0, deep.toString(), body.toString()) + ordinary("nested", 1, 3));

    // a message naming itself in References, and two messages naming each other
    mbox("loops", message("loops", 0, "References: <loops-0@example.org> <loops-9@example.org>\n", "Self?")
        + message("loops", 1, "References: <loops-2@example.org> <loops-2@example.org>\n", "Round")
        + message("loops", 2, "References: <loops-1@example.org>\nIn-Reply-To: <loops-1@example.org>\n", "and round")
        + ordinary("loops", 3, 2));

    // one 200 MB base64 attachment, then an ordinary message
    String line = "QUFB".repeat(19) + "\n";
    new GeneratedStream(message("attacher", 0, "Content-Type: multipart/mixed; boundary=\"XX\"\n",
        "--XX\nContent-Type: text/plain\n\nThe deck, as promised.\n--XX\nContent-Type: application/pdf; "
            + "name=\"deck.pdf\"\nContent-Transfer-Encoding: base64\n\n").replaceFirst("\n\n$", "\n"),
        line, (200L << 20) / line.length() * line.length(), "--XX--\n\n" + ordinary("attacher", 1, 3))
        .writeTo(Files.createDirectories(IN.resolve("attacher")).resolve("mail.mbox"));

    // an mbox of only separators
    mbox("separators", (SEPARATOR + "\n").repeat(4));

    // every header malformed
    mbox("malformed", SEPARATOR + "Frm malformed@example.org\nTo contact\n:Subject none\n\nbody\n\n"
        + ordinary("malformed", 1, 3));

    // dates that cannot be true, on messages that ask
    mbox("dates", message("dates", 0, "", "Could you send me the report by Friday?")
        .replace("Sat, 1 Mar 2025", "Tue, 27 Nov 0001")
        + message("dates", 2, "", "Could you review my draft?").replace("Sat, 3 Mar 2025 10:00:00 +0000",
            "Thu, 01 Jan 1970 00:00:00 +0000")
        + message("dates", 4, "", "Could you introduce me to Sam?").replace("Sat, 5 Mar 2025", "Sun, 5 Mar 2424")
        + ordinary("dates", 5, 4));

    // links out, a FIFO and litter beside ordinary mail
    Path links = Files.createDirectories(IN.resolve("linked/Maildir/cur"));
    for (int i = 1; i <= 3; i++) {
      Files.writeString(links.resolve(i + ".eml"), message("linked", i, "", "Lunch?").substring(SEPARATOR.length()));
    }
    Files.createSymbolicLink(links.resolve("4.eml"), Path.of("/etc/passwd"));
    new ProcessBuilder("mkfifo", links.resolve("5.eml").toString()).start().waitFor();
    Files.writeString(IN.resolve("linked/.DS_Store"), "Bud1");

    privateCorrespondence();

    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(IN.toString()), OUT.toString())).run();
    run = RunJson.read(OUT.resolve("run.json"));
  }

  /** Words and keys of one contact of "private"; none may reach the output folder in any form. */
  static final List<String> CONTACT_SECRETS = List.of("octarine", "pumpernickel", "quasar", "zebediah",
      "quillfeather", "zq.marmot", "contact-secret");
  /** The owner's own words, which the tables keep. */
  static final String OWNER_WORDS = "bluebell semaphore";

  /**
   * "private" corresponds with one contact by mail (the owner's replies quote the contact) and on LinkedIn (an
   * incoming invitation with a note, a connection with an address, a message, and a row whose date holds the
   * contact's words, so that it is quarantined).
   */
  static void privateCorrespondence() throws IOException {
    String owner = "private@example.org";
    String contact = "\"Zebediah Quillfeather\" <zq.marmot@contact-secret.example>";
    StringBuilder mail = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      boolean sent = i % 2 == 1;
      mail.append(SEPARATOR).append("From: ").append(sent ? owner : contact).append("\nTo: ")
          .append(sent ? contact : owner).append("\nSubject: ").append(sent ? "Re: " : "")
          .append("Quasar lemonade plans ").append(i / 2).append("\nMessage-ID: <zq-").append(i)
          .append("@contact-secret.example>\n").append(sent ? "In-Reply-To: <zq-" + (i - 1)
              + "@contact-secret.example>\n" : "")
          .append("Date: Sat, ").append(1 + i).append(" Mar 2025 10:00:00 +0000\n\n")
          .append(sent ? "Thank you, " + OWNER_WORDS + " works for me. Could we meet on Friday?\n\n"
              + "> The octarine pumpernickel waltz is on.\n"
              : "The octarine pumpernickel waltz is on. Write to zq.marmot@contact-secret.example.\n")
          .append("\n");
    }
    mbox("private", mail.toString());
    Path zip = IN.resolve("private/Basic_LinkedInDataExport_06-30-2025.zip");
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      zipEntry(z, "Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Zebediah,Quillfeather,https://www.linkedin.com/in/zebediah-quillfeather,zq.marmot@contact-secret.example,"
          + "Octarine Pumpernickel Ltd,Director of Quasars,09 Sep 2022\n"
          + "Zebediah,Quillfeather,https://www.linkedin.com/in/zebediah-quillfeather,,,,octarine pumpernickel day\n");
      zipEntry(z, "Invitations.csv", "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
          + "Zebediah Quillfeather,Pat Private,\"3/5/24, 7:03 AM\",\"Octarine pumpernickel waltz, join me?\","
          + "INCOMING,https://www.linkedin.com/in/zebediah-quillfeather,https://www.linkedin.com/in/pat-private\n");
      zipEntry(z, "messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
          + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
          + "2-cHJpdmF0ZQ==,,Zebediah Quillfeather,https://www.linkedin.com/in/zebediah-quillfeather,Pat Private,"
          + "https://www.linkedin.com/in/pat-private,2024-03-01 09:15:00 UTC,,"
          + "\"Pat, the octarine pumpernickel waltz needs you.\",INBOX,No,No\n");
    }
  }

  static void zipEntry(java.util.zip.ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new java.util.zip.ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  @AfterAll
  static void deleteTheHugeInputs() throws IOException {
    deleteTree(IN);
  }

  static JsonNode entry(String person) {
    for (JsonNode e : run.get("inputs")) {
      if (e.get("person").asText().equals(person)) {
        return e;
      }
    }
    throw new AssertionError("no entry for " + person + " in " + run.get("inputs"));
  }

  /** A figure summed over every entry of one person (an archive, a LinkedIn export's files). */
  static long sum(String person, String pointer) {
    long n = 0;
    for (JsonNode e : run.get("inputs")) {
      if (e.get("person").asText().equals(person)) {
        n += e.at(pointer).asLong(0);
      }
    }
    return n;
  }

  static long noted(String person, String note) {
    return entry(person).at("/noted_reasons").path(note).asLong(0);
  }

  static long quarantined(String person, String reason) {
    return entry(person).at("/quarantined_reasons").path(reason).asLong(0);
  }

  @Test
  void everyEntryAddsUpAndEveryPersonKeepsAReport() {
    for (JsonNode e : run.get("inputs")) {
      assertEquals(e.get("read").asLong(), e.get("parsed").asLong() + e.get("skipped").asLong()
          + e.get("quarantined").asLong(), e.toString());
    }
    for (String p : List.of("giant", "crowd", "quirky", "nested", "loops", "attacher", "malformed", "dates",
        "linked")) {
      assertTrue(Files.exists(OUT.resolve("people/" + p + "/report.json")), p + " has a report");
      assertTrue(entry(p).get("parsed").asLong() >= 3, entry(p).toString());
    }
  }

  @Test
  void aOneGigabyteLineIsCutAndSaysSo() {
    assertEquals(1, noted("giant", LIMITS.lineNote()), entry("giant").toString());
    assertEquals(4, entry("giant").get("parsed").asLong());
  }

  @Test
  void aHundredThousandRecipientsAreCutAtIngestAndSaySo() {
    assertEquals(1, noted("crowd", LIMITS.recipientsNote()), entry("crowd").toString());
    assertEquals(5, entry("crowd").get("parsed").asLong());
  }

  @Test
  void theMime4jUnreadFailureIsOneQuarantinedRecordAndTheRunGoesOn() {
    JsonNode e = entry("quirky");
    assertEquals(1, e.get("quarantined").asLong(), e.toString());
    String reason = e.get("quarantined_reasons").fieldNames().next();
    assertTrue(reason.startsWith("parser failure: IllegalStateException: unread only works"), reason);
    assertEquals(3, e.get("parsed").asLong());
  }

  @Test
  void mimeNestedTenThousandDeepIsReadToTheLimit() {
    assertEquals(1, noted("nested", LIMITS.mimeDepthNote()), entry("nested").toString());
  }

  @Test
  void referenceLoopsAreBrokenAndSaySo() {
    assertEquals(1, noted("loops", "References or In-Reply-To named the message itself: dropped"),
        entry("loops").toString());
    assertEquals(1, noted("loops", "References named a message more than once: repeats dropped"));
    assertEquals(5, entry("loops").get("parsed").asLong());
  }

  @Test
  void aHugeAttachmentIsCutAtTheMessageLimitAndSaysSo() {
    assertEquals(1, noted("attacher", LIMITS.messageNote()), entry("attacher").toString());
    assertEquals(4, entry("attacher").get("parsed").asLong());
  }

  @Test
  void anMboxOfOnlySeparatorsIsQuarantinedRecordByRecord() {
    JsonNode e = entry("separators");
    assertEquals(4, e.get("read").asLong(), e.toString());
    assertEquals(4, quarantined("separators", "empty message after the 'From ' separator"));
  }

  @Test
  void aMessageWithEveryHeaderMalformedIsQuarantinedWithTheReason() {
    assertEquals(1, quarantined("malformed", "no header lines"), entry("malformed").toString());
    assertEquals(3, entry("malformed").get("parsed").asLong());
  }

  @Test
  void datesThatCannotBeTrueAreUnknownAndNeverReachAReport() throws IOException {
    assertEquals(1, noted("dates", "date before earliest_year (1971): date unknown"), entry("dates").toString());
    assertEquals(1, noted("dates", "date is a zero Unix timestamp (1970-01-01T00:00:00Z): date unknown"));
    assertEquals(1, noted("dates", "date more than max_future_days (7) after the run: date unknown"));
    for (String f : List.of("report.json", "report.html")) {
      String report = Files.readString(OUT.resolve("people/dates/" + f));
      for (String impossible : List.of("0001-", "1970-01-01", "2424-")) {
        assertFalse(report.contains(impossible), f + " shows " + impossible);
      }
    }
  }

  @Test
  void linksOutAndFifosAreListedNotRead() {
    List<String> reasons = new ArrayList<>();
    for (JsonNode i : run.get("ignored_files")) {
      if (i.get("path").asText().contains("/linked/")) {
        reasons.add(Path.of(i.get("path").asText()).getFileName() + ": " + i.get("reason").asText());
      }
    }
    assertTrue(reasons.contains("4.eml: symbolic link leading outside the input: not followed"), reasons.toString());
    assertTrue(reasons.contains("5.eml: not a regular file (FIFO, socket or device): not opened"),
        reasons.toString());
    assertTrue(reasons.contains(".DS_Store: operating-system litter"), reasons.toString());
    assertEquals(3, entry("linked").get("read").asLong());
    assertNotNull(run.get("ignored_reasons"));
  }

  @Test
  void theOutputFolderHoldsNoWordOrAddressOfAContact() throws IOException {
    assertEquals(6, sum("private", "/parsed"), run.get("inputs").toString());
    List<String> found = new ArrayList<>();
    // every file as bytes: reports, run.json, quarantine, Parquet footers and statistics, Spark's markers
    try (Stream<Path> files = Files.walk(OUT)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        CONTACT_SECRETS.stream().filter(raw::contains).forEach(w -> found.add(OUT.relativize(f) + ": " + w));
      }
    }
    // Parquet pages are compressed: every table decoded, every column of every row
    StringBuilder decoded = new StringBuilder();
    try (Stream<Path> tables = Files.list(OUT.resolve("tables"))) {
      for (Path t : tables.sorted().toList()) {
        for (String row : SparkTestSession.get().read().parquet(t.toString()).toJSON().collectAsList()) {
          String lower = row.toLowerCase(java.util.Locale.ROOT);
          CONTACT_SECRETS.stream().filter(lower::contains)
              .forEach(w -> found.add(OUT.relativize(t) + " (decoded): " + w + " in " + row));
          decoded.append(lower).append('\n');
        }
      }
    }
    assertEquals(List.of(), found);
    assertTrue(decoded.toString().contains(OWNER_WORDS), "the owner's own words are kept in tables/messages");
    // the LinkedIn row whose date holds the contact's words is quarantined, with the reason and no content
    String quarantine;
    try (Stream<Path> q = Files.list(OUT.resolve("quarantine"))) {
      StringBuilder b = new StringBuilder();
      for (Path f : q.filter(f -> f.toString().endsWith(".json")).toList()) {
        b.append(Files.readString(f));
      }
      quarantine = b.toString();
    }
    assertTrue(quarantine.contains("Connections.csv\",\"position\":2,\"reason\":\"unparseable date\"}"),
        quarantine);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
