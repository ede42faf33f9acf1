package dev.rapport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file that holds one message: a Maildir entry, a file of a CMU/Enron folder tree, an {@code .eml}, or an
 * Apple Mail {@code .emlx} (a byte-count line, the message, then a plist of flags).
 *
 * <p>Maildir flags in the file name ({@code :2,RS}) become labels ({@code replied}, {@code seen}, …), and the
 * Maildir++ folder ({@code .Sent}) or the tree folder ({@code sent_items}) becomes the message's folder. Bare CR
 * line endings, as some old Mac tools wrote, are turned into LF before parsing.
 *
 * <p>Only the first {@link Limits#maxMessageBytes()} bytes of a file are read, and lines longer than
 * {@link Limits#maxLineBytes()} are cut; both are noted on the message. A file the parser cannot read is one
 * quarantined record; nothing in a file's content makes {@code read} throw.
 */
public final class MessageFileReader {
  private static final Pattern MAILDIR_FLAGS = Pattern.compile(":2,([A-Za-z]*)$");
  private static final Pattern EMLX_COUNT = Pattern.compile("^\\s*(\\d{1,12})\\s*\\r?\\n");
  private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]{1,76}:.*");
  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");
  private static final Pattern COMMON_HEADER = Pattern.compile("(?s).*(from|subject|date|to):.*");

  private MessageFileReader() {}

  /**
   * Parses one file into exactly one record.
   *
   * @param relativeFolder the folder path between the person's root and the file, for the message's folder name
   */
  public static IngestRecord read(InputStream in, String person, String entry, String format, String source,
      String relativeFolder) throws IOException {
    return read(in, person, entry, format, source, relativeFolder, Limits.defaults());
  }

  /** As {@link #read(InputStream, String, String, String, String, String)}, within {@code limits}. */
  public static IngestRecord read(InputStream in, String person, String entry, String format, String source,
      String relativeFolder, Limits limits) throws IOException {
    byte[] bytes = in.readNBytes(limits.maxMessageBytes());
    List<String> notes = new ArrayList<>();
    if (bytes.length == limits.maxMessageBytes() && in.read() >= 0) {
      // the rest of the file is left unread: a message this large is broken or hostile
      notes.add(limits.messageNote());
    }
    if (bytes.length == 0) {
      return IngestRecord.quarantined(person, entry, format, source, 0, "empty file");
    }
    bytes = emlxMessage(bytes);
    bytes = normaliseBareCarriageReturns(bytes);
    byte[] cut = cutLongLines(bytes, limits.maxLineBytes());
    if (cut != bytes) {
      notes.add(limits.lineNote());
      bytes = cut;
    }
    if (!looksLikeMessage(bytes)) {
      return IngestRecord.quarantined(person, entry, format, source, 0, "not an RFC 822 message (no header lines)");
    }
    String name = source.substring(source.lastIndexOf('/') + 1);
    List<String> labels = new ArrayList<>();
    Matcher flags = MAILDIR_FLAGS.matcher(name);
    if (flags.find()) {
      for (char f : flags.group(1).toCharArray()) {
        switch (f) {
          case 'R' -> labels.add("replied");
          case 'S' -> labels.add("seen");
          case 'F' -> labels.add("flagged");
          case 'T' -> labels.add("trashed");
          case 'D' -> labels.add("draft");
          case 'P' -> labels.add("passed");
          default -> { }
        }
      }
    }
    try {
      MailMessage m = MimeMessageParser.parse(bytes,
          new MimeMessageParser.Origin(person, source, format, 0, folderName(relativeFolder), labels), limits, notes);
      if (labels.contains("draft")) {
        return IngestRecord.skipped(person, entry, format, source, 0, "draft");
      }
      return IngestRecord.parsed(entry, m);
    } catch (MimeMessageParser.UnreadableMessageException e) {
      return IngestRecord.quarantined(person, entry, format, source, 0, e.getMessage());
    }
  }

  /** {@code bytes} itself when no line is longer than {@code maxLine}; else a copy with each such line cut there. */
  static byte[] cutLongLines(byte[] bytes, int maxLine) {
    int start = 0;
    boolean any = false;
    for (int i = 0; i <= bytes.length && !any; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        any = i - start > maxLine;
        start = i + 1;
      }
    }
    if (!any) {
      return bytes;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
    start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        out.write(bytes, start, Math.min(i - start, maxLine));
        if (i < bytes.length) {
          out.write('\n');
        }
        start = i + 1;
      }
    }
    return out.toByteArray();
  }

  /** The mailbox folder a file sits in: Maildir's cur/new/tmp are dropped and Maildir++ ".Sent" becomes "Sent". */
  static String folderName(String relativeFolder) {
    if (relativeFolder == null || relativeFolder.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String p : relativeFolder.split("/")) {
      if (p.isEmpty() || p.equals("cur") || p.equals("new") || p.equals("tmp")) {
        continue;
      }
      parts.add(p.startsWith(".") && p.length() > 1 ? p.substring(1).replace('.', '/') : p);
    }
    return String.join("/", parts);
  }

  /** True when the bytes begin with header lines ({@code Name: value}), as an RFC 822 message does. */
  public static boolean looksLikeMessage(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    String[] lines = LINE_BREAK.split(head, 12);
    int headerLines = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        break;
      }
      if (line.startsWith(" ") || line.startsWith("\t")) {
        continue;
      }
      if (HEADER_LINE.matcher(line).matches()) {
        headerLines++;
      } else if (!line.startsWith("From ")) {
        return headerLines >= 2;
      }
    }
    return headerLines >= 2 || (headerLines == 1 && COMMON_HEADER.matcher(head.toLowerCase(Locale.ROOT)).matches());
  }

  private static byte[] emlxMessage(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 32), StandardCharsets.ISO_8859_1);
    Matcher m = EMLX_COUNT.matcher(head);
    if (!m.find()) {
      return bytes;
    }
    long count = Long.parseLong(m.group(1));
    int start = m.end();
    int end = (int) Math.min(bytes.length, start + count);
    return java.util.Arrays.copyOfRange(bytes, start, end);
  }

  static byte[] normaliseBareCarriageReturns(byte[] bytes) {
    boolean hasLf = false;
    boolean hasCr = false;
    for (byte b : bytes) {
      if (b == '\n') {
        hasLf = true;
        break;
      }
      if (b == '\r') {
        hasCr = true;
      }
    }
    if (hasLf || !hasCr) {
      return bytes;
    }
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\r') {
        out[i] = '\n';
      }
    }
    return out;
  }
}
