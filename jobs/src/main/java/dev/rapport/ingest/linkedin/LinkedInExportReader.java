package dev.rapport.ingest.linkedin;

import dev.rapport.ingest.ContactKey;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.Limits;
import dev.rapport.ingest.LineCappedInputStream;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads LinkedIn's data export ("Get a copy of your data"), zipped or unpacked, into {@link IngestRecord}s: one per
 * CSV row, so that every row is accounted for as parsed, skipped or quarantined.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(zip)) {
 *   List<IngestRecord> records = LinkedInExportReader.readZip("ann", zip.toString(), in, ZoneOffset.UTC,
 *       ZipLimits.defaults());
 * } catch (UnsafeArchiveException e) {
 *   // refuse this input: e.getMessage() names the ZIP and the problem
 * }
 * }</pre>
 *
 * <p>Each file's layout is recognised from its header row ({@link LinkedInFormat} presets for 2018, 2022, 2024+);
 * UTF-8 or UTF-16 (with or without BOM) and comma- or tab-separated files are all read. What becomes of a row:
 * <ul>
 *   <li>messages: a {@link MailMessage} of format {@value #FORMAT}; drafts are skipped with reason {@value #DRAFT};</li>
 *   <li>{@code Connections.csv}: a {@link Connection} payload; {@code Invitations.csv}: an {@link Invitation};</li>
 *   <li>{@code Profile.csv}, {@code Email Addresses.csv}: a {@link LinkedInOwner} (join them with
 *       {@link LinkedInOwner#merge});</li>
 *   <li>a row that cannot be read (bad date, wrong number of fields, broken quoting) is quarantined with the reason;</li>
 *   <li>a date that cannot be true ({@link Limits#dateNote}) is dropped and noted on the record, lines longer than
 *       {@link Limits#maxLineBytes()} are cut before the CSV parser sees them, recipients beyond
 *       {@link Limits#maxMessageRecipients()} are dropped, all noted;</li>
 *   <li>any other file of the export is one skipped record with reason {@value #UNKNOWN_FILE}, never a failure.</li>
 * </ul>
 *
 * <p>LinkedIn writes invitation dates (and 2018 connection times) without a zone: they are read in the zone given,
 * UTC when null. Message dates carry their zone ({@code UTC}) and ignore it. Do not pass the machine's default zone
 * hoping to be helpful: the export was written in the zone of LinkedIn's servers, not of the machine reading it.
 */
public final class LinkedInExportReader {
  /** {@code format} of every record this reader produces. */
  public static final String FORMAT = "linkedin";
  /** Reason of the one skipped record for a file that is not part of what Rapport reads. */
  public static final String UNKNOWN_FILE = "unknown LinkedIn file";
  /** Reason of a skipped draft message. */
  public static final String DRAFT = "draft";
  /** Reason of the one skipped record for a file without a single line. */
  public static final String EMPTY_FILE = "empty file";

  /** Lines read before giving up on finding a header: the 2022 preamble is three, blank line included. */
  private static final int MAX_PREAMBLE_RECORDS = 10;
  /** Characters looked at to choose between comma and tab. */
  private static final int SNIFF_CHARS = 64 * 1024;
  /**
   * LinkedIn's chats with its own assistants ({@code coach_messages.csv}, {@code guide_messages.csv}, …) are not
   * correspondence with people, whatever their columns look like.
   */
  private static final Pattern OTHER_MESSAGES = Pattern.compile("(?i).+_messages\\.csv");

  private LinkedInExportReader() {}

  /**
   * Reads a whole export ZIP in memory, after checking it is safe: no entry escaping the archive, no symlink, no
   * archive inside, no more data than {@code limits} allow. Entries are read in name order and named
   * {@code entryPrefix + "!/" + name}. Nothing is written to disk.
   *
   * @param entryPrefix the ZIP's display path, used in entry names and messages
   * @param linkedInZone zone for dates LinkedIn writes without one; null means UTC
   * @param limits       null means {@link ZipLimits#defaults()}
   * @throws UnsafeArchiveException for a hostile archive, before any record is returned
   * @throws IOException when the stream fails or is not a ZIP; the message names the ZIP
   */
  public static List<IngestRecord> readZip(String person, String entryPrefix, InputStream zipBytes,
      ZoneId linkedInZone, ZipLimits limits) throws UnsafeArchiveException, IOException {
    return readZip(person, entryPrefix, zipBytes, linkedInZone, limits, Limits.defaults());
  }

  /** As {@link #readZip(String, String, InputStream, ZoneId, ZipLimits)}, each CSV read within {@code recordLimits}. */
  public static List<IngestRecord> readZip(String person, String entryPrefix, InputStream zipBytes,
      ZoneId linkedInZone, ZipLimits limits, Limits recordLimits) throws UnsafeArchiveException, IOException {
    requireText(person, "person");
    requireText(entryPrefix, "entryPrefix");
    Objects.requireNonNull(zipBytes, "zipBytes");
    List<IngestRecord> out = new ArrayList<>();
    try (SafeZip zip = SafeZip.open(entryPrefix, zipBytes, limits == null ? ZipLimits.defaults() : limits)) {
      List<String> names = zip.names();
      for (int i = 0; i < names.size(); i++) {
        SafeZip.Entry e = zip.read(i);
        String entry = entryPrefix + "!/" + e.name();
        String fileName = e.name().substring(e.name().lastIndexOf('/') + 1);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          out.addAll(readCsv(person, entry, fileName, new ByteArrayInputStream(e.bytes()), linkedInZone,
              recordLimits));
        } else {
          out.add(IngestRecord.skipped(person, entry, FORMAT, entry, 0, UNKNOWN_FILE));
        }
      }
    }
    return out;
  }

  /**
   * Reads one CSV file of an unpacked export. The stream is read to its end and not closed.
   *
   * <p>A record's {@code position} is its data row: 1 for the first row under the header, the 2022 preamble and the
   * header not counted, a row spanning several lines counted once. The one record of a skipped file has position 0.
   *
   * @param entry    the run.json entry and {@code source} of every record (usually the file's path)
   * @param fileName the file's own name, which tells LinkedIn's assistant chats apart from messages
   * @param linkedInZone zone for dates LinkedIn writes without one; null means UTC
   * @throws IOException only when the stream itself fails; bad content is quarantined, never thrown
   */
  public static List<IngestRecord> readCsv(String person, String entry, String fileName, InputStream csv,
      ZoneId linkedInZone) throws IOException {
    return readCsv(person, entry, fileName, csv, linkedInZone, Limits.defaults());
  }

  /** As {@link #readCsv(String, String, String, InputStream, ZoneId)}, within {@code limits}. */
  public static List<IngestRecord> readCsv(String person, String entry, String fileName, InputStream csv,
      ZoneId linkedInZone, Limits limits) throws IOException {
    requireText(person, "person");
    requireText(entry, "entry");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(limits, "limits");
    ZoneId zone = linkedInZone == null ? ZoneOffset.UTC : linkedInZone;
    if (OTHER_MESSAGES.matcher(fileName).matches()) {
      csv.transferTo(java.io.OutputStream.nullOutputStream());
      return List.of(IngestRecord.skipped(person, entry, FORMAT, entry, 0, UNKNOWN_FILE));
    }
    LineCappedInputStream capped = new LineCappedInputStream(csv, limits.maxLineBytes());
    Reader reader = decode(capped);
    CSVParser parser = csvFormat(sniffDelimiter(reader)).parse(reader);
    Iterator<CSVRecord> it = parser.iterator();
    Header header;
    try {
      header = findHeader(it);
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CSVException)) {
        throw e.getCause();
      }
      header = null;
    }
    if (header == null || header.format == null) {
      reader.transferTo(java.io.Writer.nullWriter());
      String reason = header != null && header.empty ? EMPTY_FILE : UNKNOWN_FILE;
      return List.of(IngestRecord.skipped(person, entry, FORMAT, entry, 0, reason));
    }
    Rows rows = new Rows(person, entry, zone, header, limits);
    List<IngestRecord> out = new ArrayList<>();
    long row = 0;
    long cutSeen = 0;
    while (true) {
      CSVRecord rec;
      try {
        if (!it.hasNext()) {
          break;
        }
        rec = it.next();
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException)) {
          throw e.getCause();
        }
        // The parser cannot resume after broken quoting: what is left of the file is one quarantined record.
        row++;
        out.add(IngestRecord.quarantined(person, entry, FORMAT, entry, row,
            "malformed CSV from row " + row + " to the end of the file: " + e.getCause().getMessage()));
        reader.transferTo(java.io.Writer.nullWriter());
        break;
      }
      row++;
      IngestRecord r = rows.convert(rec, row);
      if (capped.cutLines() > cutSeen && r.outcome() == IngestRecord.Outcome.PARSED) {
        // the CSV parser reads ahead, so the cut line is this row or one shortly before it
        cutSeen = capped.cutLines();
        r = withNote(r, CSV_LINE_NOTE.formatted(limits.maxLineBytes()));
      }
      out.add(r);
    }
    return out;
  }

  /** The note of the first row read after a cut line: reading ahead, the parser does not say which row held it. */
  static final String CSV_LINE_NOTE = "a line of this file longer than max_line_bytes (%d), at or before this row: cut";

  private static IngestRecord withNote(IngestRecord r, String note) {
    if (r.message() != null) {
      return IngestRecord.parsed(r.entry(), r.message().withNotes(List.of(note)));
    }
    List<String> notes = new ArrayList<>(r.notes());
    notes.add(note);
    return IngestRecord.parsedOther(r.person(), r.entry(), r.format(), r.source(), r.position(), r.payload(), notes);
  }

  /**
   * Whether a file looks like one LinkedIn's export is read for (messages, connections, invitations, profile, email
   * addresses), judged by its header row within the first bytes, whatever the file is called. Other files of an export
   * folder answer false; pass them to {@link #readCsv} anyway once a sibling was recognised, so that each is
   * accounted for as {@value #UNKNOWN_FILE}.
   *
   * @param firstBytes the file's first bytes; 4 KiB are plenty, 2022 preamble included
   */
  public static boolean looksLikeLinkedInCsv(String fileName, byte[] firstBytes) {
    return recognise(fileName, firstBytes).isPresent();
  }

  /** The preset a file's first bytes show, as {@link #looksLikeLinkedInCsv} judges it. */
  public static Optional<LinkedInFormat> recognise(String fileName, byte[] firstBytes) {
    if (firstBytes == null || firstBytes.length == 0
        || (fileName != null && OTHER_MESSAGES.matcher(fileName).matches())) {
      return Optional.empty();
    }
    try {
      Reader reader = decode(new ByteArrayInputStream(firstBytes));
      Iterator<CSVRecord> it = csvFormat(sniffDelimiter(reader)).parse(reader).iterator();
      Header header = findHeader(it);
      return header == null ? Optional.empty() : Optional.ofNullable(header.format);
    } catch (IOException | RuntimeException cutShort) {
      // the first bytes may end inside a quoted field; what was recognised before that is all we know
      return Optional.empty();
    }
  }

  /** The header found and the columns' positions; {@code format} null for an unknown file. */
  static final class Header {
    final LinkedInFormat format;
    final Map<String, Integer> columns = new HashMap<>();
    final int size;
    final boolean empty;

    Header(LinkedInFormat format, List<String> row, boolean empty) {
      this.format = format;
      this.size = row.size();
      this.empty = empty;
      for (int i = 0; i < row.size(); i++) {
        columns.putIfAbsent(LinkedInFormat.column(row.get(i)), i);
      }
    }
  }

  private static Header findHeader(Iterator<CSVRecord> it) {
    boolean preamble = false;
    for (int i = 0; i < MAX_PREAMBLE_RECORDS && it.hasNext(); i++) {
      List<String> row = it.next().toList();
      Optional<LinkedInFormat> f = LinkedInFormat.recognise(row);
      if (f.isPresent()) {
        LinkedInFormat format = f.get();
        if (format == LinkedInFormat.CONNECTIONS_2018 && preamble) {
          format = LinkedInFormat.CONNECTIONS_2022;
        }
        return new Header(format, row, false);
      }
      preamble = true;
    }
    return new Header(null, List.of(), !preamble);
  }

  /** Commons CSV as RFC 4180 with the given delimiter; blank lines (the preamble's) are not records. */
  private static CSVFormat csvFormat(char delimiter) {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        // a quote closing a field early ("x"y) keeps the rest of the field instead of failing the file
        .setTrailingData(true)
        .get();
  }

  /**
   * UTF-8 unless a BOM or the zero bytes of UTF-16 say otherwise: some files of one export are UTF-16LE, with and
   * without BOM. Undecodable bytes become U+FFFD rather than failing the file.
   */
  static Reader decode(InputStream in) throws IOException {
    BufferedInputStream bin = new BufferedInputStream(in, SNIFF_CHARS);
    bin.mark(4);
    byte[] b = bin.readNBytes(4);
    bin.reset();
    Charset cs = StandardCharsets.UTF_8;
    int bom = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      bom = 3;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      cs = StandardCharsets.UTF_16LE;
    } else if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
      cs = StandardCharsets.UTF_16BE;
    }
    bin.skipNBytes(bom);
    return new BufferedReader(new InputStreamReader(bin, cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), SNIFF_CHARS);
  }

  /** Tab when the first characters hold more tabs than commas outside quotes, else comma. */
  private static char sniffDelimiter(Reader reader) throws IOException {
    reader.mark(SNIFF_CHARS);
    char[] buf = new char[SNIFF_CHARS];
    int n = 0;
    int r;
    while (n < buf.length && (r = reader.read(buf, n, buf.length - n)) > 0) {
      n += r;
    }
    reader.reset();
    int tabs = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\t') {
        tabs++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return tabs > commas ? '\t' : ',';
  }

  /** Turns rows of one recognised file into records. */
  private static final class Rows {
    private final String person;
    private final String entry;
    private final ZoneId zone;
    private final Header header;
    private final Limits limits;

    Rows(String person, String entry, ZoneId zone, Header header, Limits limits) {
      this.person = person;
      this.entry = entry;
      this.zone = zone;
      this.header = header;
      this.limits = limits;
    }

    IngestRecord convert(CSVRecord rec, long row) {
      if (rec.size() != header.size) {
        return quarantine(row, "row has " + rec.size() + " fields where the header has " + header.size);
      }
      try {
        return switch (header.format.kind()) {
          case MESSAGES -> message(rec, row);
          case CONNECTIONS -> connection(rec, row);
          case INVITATIONS -> invitation(rec, row);
          case PROFILE -> profile(rec, row);
          case EMAIL_ADDRESSES -> emailAddress(rec, row);
        };
      } catch (DateTimeParseException e) {
        // not the text itself: a shifted row puts someone's message where the date should be
        return quarantine(row, "unparseable date");
      } catch (RuntimeException | StackOverflowError e) {
        // one row the conversion cannot take must not cost the rest of the file
        return quarantine(row, "row could not be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }

    private IngestRecord message(CSVRecord rec, long row) {
      String conversation = cell(rec, "conversation id");
      String folder = cell(rec, "folder");
      boolean draft = yes(cell(rec, "is message draft")) || yes(cell(rec, "is conversation draft"))
          || (has("conversation id") && conversation.isEmpty())
          || folder.isEmpty() || folder.equalsIgnoreCase("DRAFT") || folder.equalsIgnoreCase("DRAFTS");
      if (draft) {
        return IngestRecord.skipped(person, entry, FORMAT, entry, row, DRAFT);
      }
      String fromName = cell(rec, "from");
      String fromSlug = ContactKey.profileSlug(cell(rec, "sender profile url"));
      Party from;
      if (fromSlug != null) {
        from = Party.linkedIn(fromSlug, fromName);
      } else if (!Party.normaliseName(fromName).isEmpty()) {
        from = Party.named(fromName);
      } else {
        return quarantine(row, "message without a sender");
      }
      String rawDate = cell(rec, "date");
      Instant date = rawDate.isEmpty() ? null : LinkedInText.instant(rawDate, zone);
      List<String> notes = new ArrayList<>();
      String dateNote = limits.dateNote(date);
      if (dateNote != null) {
        notes.add(dateNote);
        date = null;
      }
      String content = cell(rec, "content");
      String text = LinkedInText.isHtml(content) ? LinkedInText.htmlToText(content) : LinkedInText.lineEnds(content);
      List<Party> to = recipients(cell(rec, "to"), cell(rec, "recipient profile urls"));
      if (to.size() > limits.maxMessageRecipients()) {
        notes.add(limits.recipientsNote());
        to = to.subList(0, limits.maxMessageRecipients());
      }
      List<String> labels = new ArrayList<>();
      String direction = cell(rec, "direction");
      if (!direction.isEmpty()) {
        labels.add(direction.toUpperCase(Locale.ROOT));
      }
      String id = "linkedin:" + digest(conversation, rawDate, from.key(), cell(rec, "to"), content);
      String bulk = folder.equalsIgnoreCase("SPAM") ? "LinkedIn spam folder" : null;
      MailMessage m = new MailMessage(person, entry, FORMAT, row, id, conversation.isEmpty() ? null : conversation,
          null, List.of(), date, from, to, List.of(), cell(rec, "subject"), text, "", labels, folder, bulk, List.of())
          .withNotes(notes);
      return IngestRecord.parsed(entry, m);
    }

    private IngestRecord connection(CSVRecord rec, long row) {
      String rawDate = cell(rec, "connected on");
      LocalDate on = rawDate.isEmpty() ? null : LinkedInText.localDate(rawDate);
      String dateNote = on == null ? null : limits.dateNote(on.atStartOfDay(ZoneOffset.UTC).toInstant());
      if (dateNote != null) {
        on = null;
      }
      Connection c = new Connection(person, cell(rec, "first name"), cell(rec, "last name"), orNull(cell(rec, "url")),
          orNull(cell(rec, "email address")), orNull(cell(rec, "company")), orNull(cell(rec, "position")), on);
      return IngestRecord.parsedOther(person, entry, FORMAT, entry, row, c,
          dateNote == null ? List.of() : List.of(dateNote));
    }

    private IngestRecord invitation(CSVRecord rec, long row) {
      String direction = cell(rec, "direction");
      boolean outgoing;
      if (direction.equalsIgnoreCase("OUTGOING")) {
        outgoing = true;
      } else if (direction.equalsIgnoreCase("INCOMING")) {
        outgoing = false;
      } else {
        return quarantine(row, "invitation direction '" + direction + "' is neither INCOMING nor OUTGOING");
      }
      String rawDate = cell(rec, "sent at");
      Instant sent = rawDate.isEmpty() ? null : LinkedInText.instant(rawDate, zone);
      String dateNote = limits.dateNote(sent);
      if (dateNote != null) {
        sent = null;
      }
      Invitation i = new Invitation(person, cell(rec, "from"), cell(rec, "to"), sent, cell(rec, "message"), outgoing,
          orNull(cell(rec, "inviterprofileurl")), orNull(cell(rec, "inviteeprofileurl")));
      return IngestRecord.parsedOther(person, entry, FORMAT, entry, row, i,
          dateNote == null ? List.of() : List.of(dateNote));
    }

    private IngestRecord profile(CSVRecord rec, long row) {
      String first = cell(rec, "first name");
      String last = cell(rec, "last name");
      String maiden = cell(rec, "maiden name");
      List<String> names = new ArrayList<>();
      String full = (first + " " + last).trim();
      if (full.isEmpty()) {
        return quarantine(row, "profile without a name");
      }
      names.add(full);
      if (!maiden.isEmpty() && !maiden.equalsIgnoreCase(last)) {
        names.add((first + " " + maiden).trim());
      }
      return IngestRecord.parsedOther(person, entry, FORMAT, entry, row, new LinkedInOwner(names, List.of(), null));
    }

    private IngestRecord emailAddress(CSVRecord rec, long row) {
      String address = cell(rec, "email address");
      if (address.indexOf('@') <= 0) {
        return quarantine(row, "'" + address + "' is not an email address");
      }
      return IngestRecord.parsedOther(person, entry, FORMAT, entry, row,
          new LinkedInOwner(List.of(), List.of(address.toLowerCase(Locale.ROOT)), null));
    }

    /** Recipients by profile URL when the export has them, names then paired only when their counts agree. */
    private static List<Party> recipients(String toCell, String urlCell) {
      List<String> urls = LinkedInText.urls(urlCell);
      List<String> names = LinkedInText.names(toCell);
      List<Party> out = new ArrayList<>();
      if (!urls.isEmpty()) {
        for (int i = 0; i < urls.size(); i++) {
          String name = urls.size() == 1 ? toCell.trim() : names.size() == urls.size() ? names.get(i) : "";
          String slug = ContactKey.profileSlug(urls.get(i));
          if (slug != null) {
            out.add(Party.linkedIn(slug, name));
          }
        }
        return out;
      }
      for (String name : names) {
        if (!Party.normaliseName(name).isEmpty()) {
          out.add(Party.named(name));
        }
      }
      return out;
    }

    private boolean has(String column) {
      return header.columns.containsKey(column);
    }

    /** The trimmed cell, "" when the column is absent. */
    private String cell(CSVRecord rec, String column) {
      Integer i = header.columns.get(column);
      return i == null ? "" : rec.get(i).trim();
    }

    private IngestRecord quarantine(long row, String reason) {
      return IngestRecord.quarantined(person, entry, FORMAT, entry, row, reason);
    }
  }

  private static boolean yes(String cell) {
    return cell.equalsIgnoreCase("yes") || cell.equalsIgnoreCase("true");
  }

  private static String orNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** A stable id from what identifies a message, so that the same row exported twice gets the same id. */
  private static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(p.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must be a non-blank string, was " + (value == null ? "null" : "'"
          + value + "'"));
    }
  }
}
