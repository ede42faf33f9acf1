package dev.rapport.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file the generator writes is well-formed in the format it claims, quirks included. */
class ExportFormatsTest {
  @TempDir
  static Path cohort;

  /** Person 1 has Takeout, 2 Thunderbird and LinkedIn, 3 Maildir, 4 .eml and LinkedIn, 5 LinkedIn only. */
  @BeforeAll
  static void generate() throws IOException {
    CohortGenerator.random(cohort, 5, 300, 11);
    CohortGenerator.stories(cohort.resolve("stories"), CohortGenerator.STORY_SEED);
  }

  private static final Pattern TAKEOUT_SEPARATOR =
      Pattern.compile("From (\\d{19})@xxx (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} \\+0000 \\d{4}");
  private static final Pattern THUNDERBIRD_SEPARATOR =
      Pattern.compile("From - (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} \\d{4}");

  private static List<String> messagesOfMbox(String text, String eol, Pattern separator) {
    List<String> messages = new ArrayList<>();
    String[] lines = text.split(eol, -1);
    StringBuilder current = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("From ")) {
        assertTrue(separator.matcher(line).matches(), "unquoted From line that is no separator: " + line);
        assertTrue(i == 0 || lines[i - 1].isEmpty(), "separator not preceded by a blank line: " + line);
        if (current != null) {
          messages.add(current.toString());
        }
        current = new StringBuilder(line).append('\n');
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      messages.add(current.toString());
    }
    return messages;
  }

  private static void assertHeaders(String message) {
    String headers = message.substring(0, message.indexOf("\n\n"));
    // background bulk mail may break rules on purpose (Mail.Quirk); personal mail never does
    boolean bulk = Pattern.compile("(?m)^(List-Id|Auto-Submitted|Precedence): ").matcher(headers).find();
    List<String> required = bulk ? List.of("From", "To", "Subject", "MIME-Version", "Content-Type")
        : List.of("Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type");
    for (String h : required) {
      assertTrue(Pattern.compile("(?m)^" + h + ": ").matcher(headers).find(), h + " missing in\n" + headers);
    }
    if (Pattern.compile("(?m)^Subject: Re: ").matcher(headers).find()) {
      assertTrue(headers.contains("\nIn-Reply-To: <") && headers.contains("\nReferences: <"), headers);
    }
  }

  @Test
  void takeoutMboxIsCrlfWithGmailSeparatorsThreadIdsAndLabels() throws IOException {
    byte[] bytes = Files.readAllBytes(cohort.resolve("person-0001").resolve(TakeoutMbox.PATH));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertFalse(Pattern.compile("(?<!\r)\n").matcher(text).find(), "a bare LF in a Takeout mbox");
    List<String> messages = messagesOfMbox(text, "\r\n", TAKEOUT_SEPARATOR);
    assertTrue(messages.size() >= 300, "messages: " + messages.size());
    boolean sent = false;
    boolean category = false;
    for (String m : messages) {
      String[] lines = m.split("\n");
      String thrid = TAKEOUT_SEPARATOR.matcher(lines[0]).results().findFirst().orElseThrow().group(1);
      assertEquals("X-GM-THRID: " + thrid, lines[1]);
      assertTrue(lines[2].startsWith("X-Gmail-Labels: "), lines[2]);
      sent |= lines[2].contains("Sent");
      category |= lines[2].matches(".*Category (Promotions|Updates|Social|Forums).*");
      assertHeaders(m.substring(m.indexOf('\n') + 1));
    }
    assertTrue(sent && category, "Sent and bulk category labels expected");
  }

  @Test
  void thunderbirdFoldersAreExtensionlessLfMboxesWithFromQuoting() throws IOException {
    Path folder = cohort.resolve("person-0002").resolve(ThunderbirdMbox.FOLDER);
    int total = 0;
    for (String name : List.of("Inbox", "Sent")) {
      String text = Files.readString(folder.resolve(name));
      assertFalse(text.contains("\r"), name + " has CR line endings");
      List<String> messages = messagesOfMbox(text, "\n", THUNDERBIRD_SEPARATOR);
      for (String m : messages) {
        assertTrue(m.split("\n")[1].startsWith("X-Mozilla-Status: "), m);
        assertHeaders(m.substring(m.indexOf('\n') + 1));
      }
      total += messages.size();
    }
    assertTrue(total >= 100, "messages: " + total);
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("Inbox", "Sent"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void bodyLinesStartingWithFromAreQuotedInEveryMbox() throws IOException {
    // "From my side, ..." opens a paragraph in some check-ins: it must never pass for a separator.
    long quoted = 0;
    try (Stream<Path> files = Files.walk(cohort)) {
      for (Path f : files.filter(p -> p.endsWith("Sent") || p.toString().endsWith(".mbox")).toList()) {
        quoted += Pattern.compile("(?m)^>From ").matcher(Files.readString(f)).results().count();
      }
    }
    assertTrue(quoted > 0, "no >From quoting found in any mbox");
  }

  @Test
  void maildirHasCurNewTmpASentSubfolderAndInfoFlags() throws IOException {
    Path root = cohort.resolve("person-0003").resolve(MaildirStore.FOLDER);
    for (Path folder : List.of(root, root.resolve(".Sent"))) {
      for (String sub : List.of("cur", "new", "tmp")) {
        assertTrue(Files.isDirectory(folder.resolve(sub)), folder.resolve(sub).toString());
      }
    }
    Pattern name = Pattern.compile("\\d{10}\\.M\\d{6}P\\d+Q\\d+\\.studybook,S=(\\d+)(:2,[RS]+)?");
    boolean replied = false;
    int count = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String n = f.getFileName().toString();
        var m = name.matcher(n);
        assertTrue(m.matches(), n);
        assertEquals(Long.parseLong(m.group(1)), Files.size(f), "S= must be the file size: " + n);
        String parent = root.relativize(f.getParent()).toString().replace('\\', '/');
        switch (parent) {
          case "cur" -> assertTrue(n.endsWith(":2,S") || n.endsWith(":2,RS"), n);
          case "new" -> assertFalse(n.contains(":2,"), n);
          case ".Sent/cur" -> assertTrue(n.endsWith(":2,S"), n);
          default -> throw new AssertionError("message in unexpected folder " + parent);
        }
        replied |= n.endsWith(":2,RS");
        String text = Files.readString(f);
        assertFalse(text.contains("\r"), n);
        assertHeaders(text);
        count++;
      }
    }
    assertTrue(replied, "no message flagged as replied");
    assertTrue(count >= 300, "messages: " + count);
  }

  @Test
  void emlFilesAreOneCrlfMessageEach() throws IOException {
    try (Stream<Path> files = Files.list(cohort.resolve("person-0004").resolve(EmlFolder.FOLDER))) {
      List<Path> eml = files.toList();
      assertTrue(eml.size() >= 100, "eml files: " + eml.size());
      for (Path f : eml) {
        String text = Files.readString(f);
        assertFalse(Pattern.compile("(?<!\r)\n").matcher(text).find(), f + " has a bare LF");
        assertHeaders(text.replace("\r\n", "\n"));
      }
    }
  }

  private static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static List<CSVRecord> records(byte[] csv, int skipLines) throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8);
    for (int i = 0; i < skipLines; i++) {
      text = text.substring(text.indexOf("\r\n") + 2);
    }
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8)).getRecords();
  }

  private static String firstLine(byte[] csv, int skipLines) {
    return new String(csv, StandardCharsets.UTF_8).split("\r\n", -1)[skipLines];
  }

  @Test
  void linkedInExportHasThe2024HeadersDatesAndPreambleExactly() throws IOException {
    for (String person : List.of("person-0002", "person-0004", "person-0005")) {
      Path zip;
      try (Stream<Path> files = Files.list(cohort.resolve(person))) {
        zip = files.filter(p -> p.getFileName().toString().equals("Basic_LinkedInDataExport_06-30-2025.zip"))
            .findFirst().orElseThrow();
      }
      Map<String, byte[]> e = unzip(zip);
      assertTrue(e.keySet().containsAll(List.of("messages.csv", "Connections.csv", "Invitations.csv", "Profile.csv",
          "Email Addresses.csv")), e.keySet().toString());

      assertEquals("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
          + "CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT", firstLine(e.get("messages.csv"), 0));
      List<CSVRecord> messages = records(e.get("messages.csv"), 0);
      assertTrue(messages.size() >= 10, person + " LinkedIn messages: " + messages.size());
      for (CSVRecord r : messages) {
        assertTrue(r.get("DATE").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"), r.get("DATE"));
        assertTrue(r.get("SENDER PROFILE URL").startsWith("https://www.linkedin.com/in/"), r.toString());
        assertEquals(r.get("TO").isEmpty(), r.get("RECIPIENT PROFILE URLS").isEmpty());
        assertTrue(r.get("FOLDER").equals("INBOX") || r.get("CONVERSATION ID").isEmpty(), r.toString());
      }

      byte[] connections = e.get("Connections.csv");
      String[] head = new String(connections, StandardCharsets.UTF_8).split("\r\n", 5);
      assertEquals("Notes:", head[0]);
      assertTrue(head[1].startsWith("\"When exporting your connection data") && head[1].endsWith("\""), head[1]);
      assertEquals("", head[2]);
      assertEquals("First Name,Last Name,URL,Email Address,Company,Position,Connected On", head[3]);
      for (CSVRecord r : records(connections, 3)) {
        assertTrue(r.get("Connected On").matches("\\d{2} [A-Z][a-z]{2} \\d{4}"), r.get("Connected On"));
      }

      assertEquals("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
          firstLine(e.get("Invitations.csv"), 0));
      for (CSVRecord r : records(e.get("Invitations.csv"), 0)) {
        assertTrue(r.get("Sent At").matches("\\d{1,2}/\\d{1,2}/\\d{2}, \\d{1,2}:\\d{2} (AM|PM)"), r.get("Sent At"));
        assertTrue(r.get("Direction").equals("INCOMING") || r.get("Direction").equals("OUTGOING"), r.toString());
      }
      assertEquals("Email Address,Confirmed,Primary,Updated On", firstLine(e.get("Email Addresses.csv"), 0));
      assertTrue(firstLine(e.get("Profile.csv"), 0).startsWith("First Name,Last Name,"));
    }
  }

  @Test
  void zipEntriesHaveAFixedTimeSoExportsAreReproducible() throws IOException {
    Path zip = cohort.resolve("person-0005/Basic_LinkedInDataExport_06-30-2025.zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        assertEquals("2025-06-30T18:00", e.getTimeLocal().toString(), e.getName());
      }
    }
  }

  @Test
  void encodedWordsAndQuotedPrintableDecodeBackToTheText() throws IOException {
    for (String s : List.of("Zoë Álvarez", "Søren Grünewald", "Résumé for the data analyst opening — 2025",
        "Congratulations 🎉", "plain ascii")) {
      assertEquals(s, DecoderUtil.decodeEncodedWords(Mime.encodeText(s), DecodeMonitor.SILENT));
    }
    String body = "Thank you — I'd love a café chat.\nA line that is long enough to need a soft line break in"
        + " quoted-printable encoding, with ünïcödé at the end ü\n-- \nAvery";
    byte[] decoded = new QuotedPrintableInputStream(
        new ByteArrayInputStream(Mime.quotedPrintable(body).getBytes(StandardCharsets.US_ASCII))).readAllBytes();
    assertEquals(body, new String(decoded, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    for (String line : Mime.quotedPrintable(body).split("\n")) {
      assertTrue(line.length() <= 76, line);
    }
  }

  @Test
  void backgroundBulkMailBreaksTheRulesRealMailBreaks() throws IOException {
    int noMessageId = 0;
    int noDate = 0;
    int htmlOnly = 0;
    int latin1 = 0;
    try (Stream<Path> files = Stream.of("person-0003/Maildir", "person-0004/exported-mail")
        .flatMap(p -> {
          try {
            return Files.walk(cohort.resolve(p));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        String headers = text.substring(0, text.indexOf("\n\n"));
        noMessageId += headers.contains("\nMessage-ID: ") ? 0 : 1;
        noDate += headers.contains("\nDate: ") ? 0 : 1;
        htmlOnly += headers.contains("\nContent-Type: text/html") ? 1 : 0;
        latin1 += headers.contains("charset=\"iso-8859-1\"") ? 1 : 0;
      }
    }
    assertTrue(noMessageId > 0 && noDate > 0 && htmlOnly > 0 && latin1 > 0,
        "quirks: " + noMessageId + " " + noDate + " " + htmlOnly + " " + latin1);
  }

  @Test
  void linkedInExportHoldsDraftsEmptyMessagesAndHtmlInMail() throws IOException {
    int drafts = 0;
    int empty = 0;
    int html = 0;
    for (String person : List.of("person-0002", "person-0004", "person-0005")) {
      Map<String, byte[]> e = unzip(cohort.resolve(person).resolve("Basic_LinkedInDataExport_06-30-2025.zip"));
      for (CSVRecord r : records(e.get("messages.csv"), 0)) {
        drafts += r.get("CONVERSATION ID").isEmpty() && r.get("FOLDER").isEmpty()
            && r.get("IS MESSAGE DRAFT").equals("Yes") ? 1 : 0;
        empty += r.get("CONTENT").isEmpty() ? 1 : 0;
        html += r.get("CONTENT").startsWith("<div") && !r.get("SUBJECT").isEmpty() ? 1 : 0;
      }
    }
    assertTrue(drafts > 0 && empty > 0 && html > 0, "drafts " + drafts + ", empty " + empty + ", html " + html);
  }

  @Test
  void storyMailUsesTheMimeFeaturesReadersMustHandle() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(cohort.resolve("stories"))) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".zip")).toList()) {
        all.append(Files.readString(f));
      }
    }
    String text = all.toString();
    for (String feature : List.of("=?UTF-8?B?", "=?UTF-8?Q?", "multipart/alternative", "multipart/mixed",
        "Content-Disposition: attachment", "In-Reply-To: <", "List-Unsubscribe: ", "List-Id: ", "Precedence: bulk",
        "noreply@", "Cc: ", " wrote:", "\n> ", "X-Gmail-Labels: Sent", "Category Promotions", "Category Social",
        "Category Forums", "Category Updates", "X-Mozilla-Status: 0003")) {
      assertTrue(text.contains(feature), "no story message has " + feature.trim());
    }
    assertTrue(text.contains("\n-- \n") || text.contains("\n--=20\n"), "no signature separator");
  }
}
