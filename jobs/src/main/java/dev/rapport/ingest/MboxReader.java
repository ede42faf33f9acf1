package dev.rapport.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the messages of one byte range of an mbox file, so that a multi-gigabyte mailbox is read by many tasks
 * at once and none of them holds more than one message in memory.
 *
 * <pre>{@code
 * try (var in = fs.open(path)) {
 *   in.seek(MboxReader.seekPosition(split.start()));
 *   MboxReader.read(in, split.start(), split.end(), Variant.TAKEOUT, origin).forEachRemaining(sink);
 * }
 * }</pre>
 *
 * <p>A split owns the messages whose {@code From } separator line starts inside {@code [start, end)}; it reads
 * past {@code end} to finish its last message. A separator is a line starting {@code "From "} followed by a
 * sender token, at the start of the file or after a blank line (so an unescaped "From " in a body, as sloppy
 * mboxo writers leave, does not split a message). LF and CRLF endings are both accepted.
 *
 * <p>Nothing in a file can fail the iteration: a line longer than {@link Limits#maxLineBytes()} is cut without being
 * held, a message larger than {@link Limits#maxMessageBytes()} is cut (both noted on the message), a message the
 * parser cannot read is one quarantined record and the next message is read as usual. Only a failing stream ends
 * a range early, as one quarantined record at the offset where it failed.
 */
public final class MboxReader {
  /** Named presets for the mbox variants found in the wild. */
  public enum Variant {
    /** Classic mbox: body lines starting "From " were quoted as "&gt;From " (lossy; read like mboxrd). */
    MBOXO("mbox", true),
    /** mboxrd: every "&gt;*From " line has one more "&gt;"; reversible. */
    MBOXRD("mbox", true),
    /** Content-Length mbox (mboxcl2): bodies are not quoted; a valid Content-Length header is honoured. */
    MBOXCL("mbox", false),
    /** Google Takeout: mboxrd with CRLF, X-GM-THRID and X-Gmail-Labels headers. */
    TAKEOUT("takeout", true);

    final String format;
    final boolean unquote;

    Variant(String format, boolean unquote) {
      this.format = format;
      this.unquote = unquote;
    }

    public String format() {
      return format;
    }
  }

  private static final Pattern SEPARATOR = Pattern.compile("^From \\S+.*");
  private static final Pattern QUOTED_FROM = Pattern.compile("^>+From ");
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?im)^Content-Length:\\s*(\\d{1,12})\\s*$");

  private MboxReader() {}

  /** Context for the records a split produces. */
  public record Context(String person, String entry, String source, String folder, List<String> labels) {}

  /**
   * Reads the messages whose separator starts in {@code [start, end)}. {@code in} must be positioned at
   * {@link #seekPosition(long) seekPosition(start)}: the few bytes before {@code start} tell whether the range
   * begins at a line start after a blank line. The iterator closes nothing; the caller owns the stream.
   */
  public static Iterator<IngestRecord> read(InputStream in, long start, long end, Variant variant, Context ctx)
      throws IOException {
    return read(in, start, end, variant, ctx, Limits.defaults());
  }

  /** As {@link #read(InputStream, long, long, Variant, Context)}, within {@code limits}. */
  public static Iterator<IngestRecord> read(InputStream in, long start, long end, Variant variant, Context ctx,
      Limits limits) throws IOException {
    return new SplitIterator(new LineInput(in, seekPosition(start), limits.maxLineBytes()), start, end, variant, ctx,
        limits);
  }

  /** Where to position the stream before reading the range that starts at {@code start}. */
  public static long seekPosition(long start) {
    return Math.max(0, start - 3);
  }

  /**
   * The variant a file's first bytes show: Takeout when Gmail's headers are there; Content-Length mbox when the
   * first message declares a {@code Content-Length} that ends exactly where the next separator (or the file) starts;
   * otherwise mboxrd, which also reads mboxo correctly but for {@code >>From} lines.
   */
  public static Variant variantOf(byte[] head, long fileLength) {
    String s = new String(head, StandardCharsets.ISO_8859_1);
    if (s.contains("\nX-GM-THRID:") || s.contains("\nX-Gmail-Labels:")) {
      return Variant.TAKEOUT;
    }
    int headerEnd = s.indexOf("\n\n");
    int crlfEnd = s.indexOf("\r\n\r\n");
    int bodyStart = headerEnd < 0 ? -1 : headerEnd + 2;
    if (crlfEnd >= 0 && (headerEnd < 0 || crlfEnd < headerEnd)) {
      bodyStart = crlfEnd + 4;
    }
    Matcher m = CONTENT_LENGTH.matcher(bodyStart < 0 ? "" : s.substring(0, bodyStart));
    if (bodyStart > 0 && m.find()) {
      long end = bodyStart + Long.parseLong(m.group(1));
      if (end == fileLength || (end < head.length && s.substring((int) end).replaceFirst("^\r?\n", "")
          .startsWith("From "))) {
        return Variant.MBOXCL;
      }
    }
    return Variant.MBOXRD;
  }

  /** True when the line at the very start of a file looks like an mbox separator. */
  public static boolean looksLikeMbox(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 200), StandardCharsets.ISO_8859_1);
    return SEPARATOR.matcher(s.lines().findFirst().orElse("")).matches();
  }

  private static final class SplitIterator implements Iterator<IngestRecord> {
    private final LineInput lines;
    private final long end;
    private final Variant variant;
    private final Context ctx;
    private final Limits limits;
    private IngestRecord next;
    private byte[] pendingSeparator;
    private long pendingOffset = -1;
    private boolean done;

    SplitIterator(LineInput lines, long start, long end, Variant variant, Context ctx, Limits limits)
        throws IOException {
      this.lines = lines;
      this.end = end;
      this.variant = variant;
      this.ctx = ctx;
      this.limits = limits;
      syncToFirstSeparator(start);
    }

    private void syncToFirstSeparator(long start) throws IOException {
      boolean previousBlank = true;
      ByteArrayOutputStream junk = new ByteArrayOutputStream();
      if (start > 0) {
        long from = seekPosition(start);
        byte[] tail = lines.readExactly((int) (start - from));
        String t = new String(tail, StandardCharsets.ISO_8859_1);
        boolean atLineStart = t.endsWith("\n");
        previousBlank = atLineStart && (t.endsWith("\n\n") || t.endsWith("\n\r\n") || (from == 0 && t.strip().isEmpty()));
        if (!atLineStart) {
          // the range begins mid-line: that line belongs to the previous range
          lines.readLine();
        }
      }
      while (true) {
        long offset = lines.position();
        if (offset >= end) {
          done = true;
          return;
        }
        byte[] line = lines.readLine();
        if (line == null) {
          done = true;
          break;
        }
        if (previousBlank && isSeparator(line)) {
          pendingSeparator = line;
          pendingOffset = offset;
          break;
        }
        if (start == 0 && junk.size() < 4096) {
          junk.write(line, 0, Math.min(line.length, 4096));
        }
        previousBlank = isBlank(line);
      }
      if (start == 0 && junk.size() > 0 && !isBlank(junk.toByteArray())) {
        next = IngestRecord.quarantined(ctx.person(), ctx.entry(), variant.format(), ctx.source(), 0,
            "text before the first 'From ' separator line");
      }
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done || pendingSeparator == null) {
        return false;
      }
      long offset = pendingOffset;
      try {
        next = readMessage();
      } catch (IOException | RuntimeException e) {
        // the stream (or the reader itself) failed: where the next message starts is not known any more
        next = IngestRecord.quarantined(ctx.person(), ctx.entry(), variant.format(), ctx.source(), offset,
            "read error, rest of this range not read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        done = true;
      }
      return next != null;
    }

    @Override
    public IngestRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestRecord r = next;
      next = null;
      return r;
    }

    private IngestRecord readMessage() throws IOException {
      long offset = pendingOffset;
      ByteArrayOutputStream msg = new ByteArrayOutputStream(16 * 1024);
      boolean truncated = false;
      long cutLinesBefore = lines.cutLines();
      boolean inHeaders = true;
      boolean previousBlank = false;
      pendingSeparator = null;
      while (true) {
        long lineOffset = lines.position();
        byte[] line = lines.readLine();
        if (line == null) {
          done = true;
          break;
        }
        if (previousBlank && isSeparator(line)) {
          if (lineOffset >= end) {
            done = true;
          } else {
            pendingSeparator = line;
            pendingOffset = lineOffset;
          }
          break;
        }
        if (inHeaders && isBlank(line)) {
          inHeaders = false;
          msg.write(line);
          if (!variant.unquote) {
            long skipped = tryContentLength(msg);
            if (skipped >= 0) {
              previousBlank = true;
              continue;
            }
          }
          previousBlank = true;
          continue;
        }
        if (variant.unquote && !inHeaders && line.length > 5 && line[0] == '>' && QUOTED_FROM
            .matcher(new String(line, 0, Math.min(line.length, 64), StandardCharsets.ISO_8859_1)).find()) {
          line = java.util.Arrays.copyOfRange(line, 1, line.length);
        }
        if (!truncated && msg.size() + line.length <= limits.maxMessageBytes()) {
          msg.write(line);
        } else {
          truncated = true;
        }
        previousBlank = isBlank(line);
      }
      byte[] bytes = msg.toByteArray();
      if (isBlank(bytes)) {
        return IngestRecord.quarantined(ctx.person(), ctx.entry(), variant.format(), ctx.source(), offset,
            "empty message after the 'From ' separator");
      }
      List<String> notes = new ArrayList<>();
      if (lines.cutLines() > cutLinesBefore) {
        notes.add(limits.lineNote());
      }
      if (truncated) {
        notes.add(limits.messageNote());
      }
      try {
        MailMessage m = MimeMessageParser.parse(bytes, new MimeMessageParser.Origin(ctx.person(), ctx.source(),
            variant.format(), offset, ctx.folder(), ctx.labels()), limits, notes);
        return IngestRecord.parsed(ctx.entry(), m);
      } catch (MimeMessageParser.UnreadableMessageException e) {
        return IngestRecord.quarantined(ctx.person(), ctx.entry(), variant.format(), ctx.source(), offset,
            e.getMessage() + (truncated ? " (" + limits.messageNote() + ")" : ""));
      }
    }

    /** Content-Length mbox: copies exactly the declared body when the header is present; -1 when absent. */
    private long tryContentLength(ByteArrayOutputStream headersSoFar) throws IOException {
      String headers = headersSoFar.toString(StandardCharsets.ISO_8859_1);
      Matcher m = CONTENT_LENGTH.matcher(headers);
      if (!m.find()) {
        return -1;
      }
      long length = Long.parseLong(m.group(1));
      if (length > limits.maxMessageBytes() - headersSoFar.size()) {
        return -1;
      }
      byte[] body = lines.readExactly((int) length);
      headersSoFar.write(body);
      return body.length;
    }
  }

  static boolean isSeparator(byte[] line) {
    if (line.length < 6 || line[0] != 'F' || line[1] != 'r' || line[2] != 'o' || line[3] != 'm' || line[4] != ' ') {
      return false;
    }
    String s = new String(line, 0, Math.min(line.length, 300), StandardCharsets.ISO_8859_1).stripTrailing();
    return SEPARATOR.matcher(s).matches();
  }

  static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Byte lines with their file offsets; a line keeps its terminator. A line longer than {@code maxLine} bytes keeps
   * its first {@code maxLine} bytes and its terminator; the rest is read past, never held.
   */
  static final class LineInput {
    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long position;
    private long cutLines;

    LineInput(InputStream in, long startPosition, int maxLine) {
      this.in = in;
      this.position = startPosition;
      this.maxLine = maxLine;
    }

    long position() {
      return position;
    }

    /** How many lines were cut at the line limit so far. */
    long cutLines() {
      return cutLines;
    }

    private boolean cut;

    /** The line read into {@code out}; a cut line gets back the line break it lost. */
    private byte[] finish(ByteArrayOutputStream out, boolean hadBreak) {
      if (cut) {
        cut = false;
        cutLines++;
        if (hadBreak) {
          out.write('\n');
        }
      }
      return out.toByteArray();
    }

    byte[] readLine() throws IOException {
      ByteArrayOutputStream out = null;
      cut = false;
      while (true) {
        if (pos >= limit) {
          limit = in.read(buf, 0, buf.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            return out == null || out.size() == 0 ? null : finish(out, false);
          }
        }
        int i = pos;
        while (i < limit && buf[i] != '\n') {
          i++;
        }
        boolean found = i < limit;
        int stop = found ? i + 1 : limit;
        if (out == null && found && stop - pos <= maxLine) {
          byte[] line = java.util.Arrays.copyOfRange(buf, pos, stop);
          position += stop - pos;
          pos = stop;
          return line;
        }
        if (out == null) {
          out = new ByteArrayOutputStream(Math.min(maxLine + 1, Math.max(256, (stop - pos) * 2)));
        }
        int room = maxLine - out.size();
        int take = Math.min(room, stop - pos);
        if (take > 0) {
          out.write(buf, pos, take);
        }
        if (take < stop - pos) {
          cut = true;
        }
        position += stop - pos;
        pos = stop;
        if (found) {
          return finish(out, true);
        }
      }
    }

    byte[] readExactly(int n) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 1 << 20));
      while (out.size() < n) {
        if (pos >= limit) {
          limit = in.read(buf, 0, buf.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            break;
          }
        }
        int take = Math.min(n - out.size(), limit - pos);
        out.write(buf, pos, take);
        pos += take;
        position += take;
      }
      return out.toByteArray();
    }
  }

  /** Splits a file of {@code length} bytes into ranges of about {@code splitBytes}. */
  public static List<long[]> splits(long length, long splitBytes) {
    List<long[]> out = new ArrayList<>();
    if (length == 0) {
      out.add(new long[] {0, 0});
      return out;
    }
    for (long s = 0; s < length; s += splitBytes) {
      out.add(new long[] {s, Math.min(length, s + splitBytes)});
    }
    return out;
  }
}
