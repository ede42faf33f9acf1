package dev.rapport.generate;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A LinkedIn "Get a copy of your data" export of the 2024 vintage, written as
 * {@code Basic_LinkedInDataExport_MM-DD-YYYY.zip}.
 *
 * <p>Messages stream to a temporary CSV while the archive is generated and are copied into the ZIP on
 * {@link #close()}; connections and invitations are few (one per contact) and are kept until then, newest first as
 * LinkedIn lists them. Entry times are fixed so the ZIP is byte-identical for a seed.
 */
final class LinkedInExport implements Closeable {
  static final String MESSAGES_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
      + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT";
  static final String CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
  static final String INVITATIONS_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";
  static final String PROFILE_HEADER = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
      + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers";
  static final String EMAILS_HEADER = "Email Address,Confirmed,Primary,Updated On";
  static final String CONNECTIONS_PREAMBLE = "Notes:\r\n"
      + "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will "
      + "only see email addresses for connections who have allowed their connections to see or download their email "
      + "address using this setting https://www.linkedin.com/psettings/privacy/email. To learn more, visit "
      + "https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n";

  static final DateTimeFormatter MESSAGE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.US);
  static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.US);
  static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.US);
  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("MM-dd-yyyy", Locale.US);

  private record ConnectionRow(Person person, LocalDate on, boolean showEmail) {}

  private record InvitationRow(Person from, Person to, ZonedDateTime at, String note, boolean outgoing) {}

  private final Path zip;
  private final Person owner;
  private final String headline;
  private final ZonedDateTime exportedAt;
  private final Path messagesTmp;
  private final CSVPrinter messages;
  private final List<ConnectionRow> connections = new ArrayList<>();
  private final List<InvitationRow> invitations = new ArrayList<>();

  LinkedInExport(Path personDir, Person owner, String headline, ZonedDateTime exportedAt) throws IOException {
    Files.createDirectories(personDir);
    this.zip = personDir.resolve(fileName(exportedAt));
    this.owner = owner;
    this.headline = headline;
    this.exportedAt = exportedAt;
    this.messagesTmp = Files.createTempFile("rapport-generate-messages", ".csv");
    Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(messagesTmp), StandardCharsets.UTF_8));
    this.messages = new CSVPrinter(w, CSVFormat.DEFAULT);
    w.write(MESSAGES_HEADER + "\r\n");
  }

  static String fileName(ZonedDateTime exportedAt) {
    return "Basic_LinkedInDataExport_" + FILE_DATE.format(exportedAt) + ".zip";
  }

  /** LinkedIn conversation ids are base64 of a UUID-like string with a suffix, without padding. */
  static String conversationId(long threadNumber) {
    String hex = String.format(Locale.ROOT, "%016x%016x", threadNumber, Long.rotateLeft(threadNumber * 0x9E3779B97F4A7C15L, 17));
    String uuid = hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20, 32) + "_010";
    return "2-" + Base64.getEncoder().withoutPadding().encodeToString(uuid.getBytes(StandardCharsets.US_ASCII));
  }

  void write(Conversation c) throws IOException {
    String id = conversationId(c.threadNumber());
    for (int i = 0; i < c.mails().size(); i++) {
      Mail m = c.mails().get(i);
      messages.printRecord(
          id,
          "",
          m.from().name(),
          m.from().profileUrl(),
          m.to().stream().map(Person::name).collect(Collectors.joining(",")),
          m.to().stream().map(Person::profileUrl).collect(Collectors.joining(",")),
          MESSAGE_DATE.format(m.date().withZoneSameInstant(ZoneOffset.UTC)),
          i == 0 ? c.subject() : "",
          m.html() ? Mime.html(m.text()) : m.text(),
          "INBOX",
          "No",
          "No");
    }
  }

  /** An unsent draft: empty conversation id and folder, as LinkedIn exports them. */
  void draft(Person to, ZonedDateTime at, String text) throws IOException {
    messages.printRecord("", "", owner.name(), owner.profileUrl(), to.name(), to.profileUrl(),
        MESSAGE_DATE.format(at.withZoneSameInstant(ZoneOffset.UTC)), "", text, "", "Yes", "Yes");
  }

  void connection(Person p, LocalDate on, boolean showEmail) {
    connections.add(new ConnectionRow(p, on, showEmail));
  }

  void invitation(Person from, Person to, ZonedDateTime at, String note) {
    invitations.add(new InvitationRow(from, to, at, note == null ? "" : note, from.equals(owner)));
  }

  @Override
  public void close() throws IOException {
    messages.close();
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(z, "Connections.csv", connectionsCsv());
      entry(z, "Email Addresses.csv", csv(EMAILS_HEADER, List.of(
          List.of(owner.email(), "Yes", "Yes", SENT_AT.format(exportedAt.minusYears(1).withZoneSameInstant(ZoneOffset.UTC)))),
          ""));
      entry(z, "Invitations.csv", invitationsCsv());
      z.putNextEntry(timed("messages.csv"));
      Files.copy(messagesTmp, z);
      z.closeEntry();
      entry(z, "Profile.csv", csv(PROFILE_HEADER, List.of(List.of(owner.first(), owner.last(), "", "", "", headline,
          "", "Higher Education", "", "Greater Boston", "", "", "")), ""));
      // A file this tool's readers do not know: real exports carry dozens, and they must be ignored, not fail.
      entry(z, "Learning.csv", csv("Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),"
          + "Content Completed At (if completed),Content Saved,Notes taken on videos (if taken)",
          List.of(List.of("Networking Foundations", "Build relationships that last", "COURSE",
              "2024-11-02 19:20 UTC", "N/A", "false", "")), ""));
    } finally {
      Files.deleteIfExists(messagesTmp);
    }
  }

  private byte[] connectionsCsv() throws IOException {
    List<ConnectionRow> sorted = new ArrayList<>(connections);
    sorted.sort(Comparator.comparing(ConnectionRow::on).reversed().thenComparing(r -> r.person().slug()));
    List<List<String>> rows = new ArrayList<>();
    for (ConnectionRow r : sorted) {
      Person p = r.person();
      rows.add(List.of(p.first(), p.last(), p.profileUrl(), r.showEmail() ? p.email() : "", p.company(), p.title(),
          CONNECTED_ON.format(r.on())));
    }
    return csv(CONNECTIONS_HEADER, rows, CONNECTIONS_PREAMBLE);
  }

  private byte[] invitationsCsv() throws IOException {
    List<InvitationRow> sorted = new ArrayList<>(invitations);
    sorted.sort(Comparator.comparing(InvitationRow::at).reversed());
    List<List<String>> rows = new ArrayList<>();
    for (InvitationRow r : sorted) {
      rows.add(List.of(r.from().name(), r.to().name(), SENT_AT.format(r.at().withZoneSameInstant(ZoneOffset.UTC)),
          r.note(), r.outgoing() ? "OUTGOING" : "INCOMING", r.from().profileUrl(), r.to().profileUrl()));
    }
    return csv(INVITATIONS_HEADER, rows, "");
  }

  private static byte[] csv(String header, List<List<String>> rows, String preamble) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    w.write(preamble);
    w.write(header + "\r\n");
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
    return bytes.toByteArray();
  }

  private ZipEntry timed(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(exportedAt.toLocalDateTime().withSecond(0).withNano(0));
    return e;
  }

  private void entry(ZipOutputStream z, String name, byte[] content) throws IOException {
    z.putNextEntry(timed(name));
    z.write(content);
    z.closeEntry();
  }

}
