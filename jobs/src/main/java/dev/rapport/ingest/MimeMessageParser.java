package dev.rapport.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.CharsetUtil;
import org.jsoup.Jsoup;

/**
 * Parses one RFC 822 / MIME message into a {@link MailMessage} with Apache James mime4j's streaming parser.
 *
 * <pre>{@code
 * MailMessage m = MimeMessageParser.parse(bytes, new MimeMessageParser.Origin("ann", "/in/ann/Inbox", "mbox", 0, "Inbox", List.of()));
 * }</pre>
 *
 * <p>Lenient by design, because real archives break every rule: unknown charsets fall back to windows-1252,
 * raw UTF-8 headers (RFC 6532) are read as UTF-8, RFC 2047 words are decoded, malformed headers start the body,
 * broken boundaries keep what was read. Attachments are counted, never stored. What goes beyond a {@link Limits
 * limit} (header fields, nesting, recipients, references, attachments, text, a date that cannot be true) is cut and
 * noted in {@link MailMessage#notes()}. A message with no header at all, or one that makes mime4j itself fail,
 * raises {@link UnreadableMessageException}; callers quarantine it. No other exception leaves {@code parse}.
 */
public final class MimeMessageParser {
  private static final Charset FALLBACK = Charset.forName("windows-1252");
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern FOLDED = Pattern.compile("\r?\n[ \t]");
  private static final Pattern BREAKS = Pattern.compile("[\r\n]");
  private static final Pattern LOOSE_ADDRESS = Pattern.compile("[\\w.+'=-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private MimeMessageParser() {}

  /** Where a message came from, and what the container said about it (folder, labels, flags). */
  public record Origin(String person, String source, String format, long position, String folder,
      List<String> labels) {
    public Origin {
      labels = labels == null ? List.of() : List.copyOf(labels);
      folder = folder == null ? "" : folder;
    }
  }

  /**
   * The record cannot be read as a message: it holds no header lines, or the MIME parser failed on it. The message
   * is the reason to quarantine it under.
   */
  public static final class UnreadableMessageException extends Exception {
    public UnreadableMessageException(String message) {
      super(message);
    }
  }

  /** Parses with the default {@link Limits}. */
  public static MailMessage parse(byte[] raw, Origin origin) throws UnreadableMessageException, IOException {
    return parse(raw, origin, Limits.defaults(), List.of());
  }

  /**
   * Parses one message within {@code limits}; {@code readerNotes} are what the reader already cut (a long line, the
   * message's size) and are kept on the message.
   */
  public static MailMessage parse(byte[] raw, Origin origin, Limits limits, List<String> readerNotes)
      throws UnreadableMessageException, IOException {
    try {
      return parse(new ByteArrayInputStream(raw), origin, raw, limits).withNotes(readerNotes);
    } catch (RuntimeException | StackOverflowError e) {
      // mime4j, jsoup or a charset decoder failing on one record must not fail the task that reads the others
      throw new UnreadableMessageException("parser failure: " + e.getClass().getSimpleName() + ": "
          + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    String line = s.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  static MailMessage parse(InputStream in, Origin origin, byte[] rawForId, Limits limits)
      throws UnreadableMessageException, IOException {
    MimeConfig config = new MimeConfig.Builder()
        .setMaxLineLen(-1)
        .setMaxHeaderLen(-1)
        .setMaxHeaderCount(-1)
        .setMaxContentLen(-1)
        .setMalformedHeaderStartsBody(true)
        .build();
    MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT,
        new DefaultBodyDescriptorBuilder(null, KeptContentTypes.PARSER, DecodeMonitor.SILENT));
    parser.setContentDecoding(true);
    Collector c = new Collector(limits);
    parser.setContentHandler(c);
    try {
      parser.parse(in);
    } catch (MimeException e) {
      if (c.headers.isEmpty()) {
        throw new UnreadableMessageException("not a MIME message: " + e.getMessage());
      }
      // keep what was read before the structure broke (or before a limit stopped the parser)
    }
    if (c.headers.isEmpty()) {
      throw new UnreadableMessageException("no header lines");
    }
    return c.build(origin, rawForId);
  }

  /** Thrown from the content handler to stop mime4j at a limit; what was read before it is kept. */
  private static final class LimitReached extends MimeException {
    LimitReached(String note) {
      super(note);
    }
  }

  /** Accumulates the top-level headers, the preferred text body and attachment metadata. */
  private static final class Collector extends AbstractContentHandler {
    final Limits limits;
    final java.util.Set<String> notes = new java.util.LinkedHashSet<>();
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final Map<String, List<String>> undecoded = new LinkedHashMap<>();
    final Map<String, List<Field>> rawFields = new LinkedHashMap<>();
    final List<Attachment> attachments = new ArrayList<>();
    String plain;
    String html;
    String nestedText = "";
    int messageDepth;
    /** Multiparts and attached messages open around the current part: what max_mime_depth bounds. */
    int nesting;
    int fieldsInHeader;
    Map<String, String> partHeaders = new LinkedHashMap<>();

    Collector(Limits limits) {
      this.limits = limits;
    }

    @Override
    public void startMessage() throws MimeException {
      messageDepth++;
      deeper();
    }

    @Override
    public void endMessage() {
      messageDepth--;
      nesting--;
    }

    @Override
    public void startMultipart(BodyDescriptor bd) throws MimeException {
      deeper();
    }

    @Override
    public void endMultipart() {
      nesting--;
    }

    private void deeper() throws MimeException {
      nesting++;
      // the top-level message is one level; each multipart and attached message inside it one more
      if (nesting > limits.maxMimeDepth()) {
        notes.add(limits.mimeDepthNote());
        throw new LimitReached(limits.mimeDepthNote());
      }
    }

    @Override
    public void startHeader() {
      partHeaders = new LinkedHashMap<>();
      fieldsInHeader = 0;
    }

    @Override
    public void field(Field field) {
      if (++fieldsInHeader > limits.maxHeaderCount()) {
        notes.add(limits.headerCountNote());
        return;
      }
      String name = field.getName().toLowerCase(Locale.ROOT);
      String raw = rawValue(field, limits.maxHeaderBytes());
      if (rawLength(field) > limits.maxHeaderBytes()) {
        notes.add(limits.headerBytesNote());
      }
      String value = decodeWords(raw);
      partHeaders.putIfAbsent(name, value);
      if (messageDepth == 1 && !inBodyPart) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        undecoded.computeIfAbsent(name, k -> new ArrayList<>()).add(raw);
        rawFields.computeIfAbsent(name, k -> new ArrayList<>()).add(field);
      }
    }

    boolean inBodyPart;
    int bodyPartDepth;

    @Override
    public void startBodyPart() {
      bodyPartDepth++;
      inBodyPart = true;
    }

    @Override
    public void endBodyPart() {
      bodyPartDepth--;
      inBodyPart = bodyPartDepth > 0;
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
      String mime = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
      String disposition = partHeaders.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT);
      String filename = parameter(partHeaders.get("content-disposition"), "filename");
      if (filename == null) {
        filename = parameter(partHeaders.get("content-type"), "name");
      }
      boolean attachment = disposition.startsWith("attachment") || filename != null
          || !(mime.startsWith("text/") || mime.startsWith("message/"));
      if (attachment) {
        long size = is.transferTo(OutputSink.INSTANCE);
        if (attachments.size() < limits.maxAttachments()) {
          attachments.add(new Attachment(filename == null ? "" : decodeWords(filename), mime, size));
        } else {
          notes.add(limits.attachmentsNote());
        }
        return;
      }
      String text = decodeText(readCapped(is), bd.getCharset());
      int maxChars = limits.maxTextBytes();
      if (messageDepth > 1) {
        // a forwarded or attached message: its text is someone else's words
        nestedText = capped(nestedText.isEmpty() ? text : nestedText + "\n" + text, maxChars);
      } else if (mime.equals("text/html")) {
        if (html == null) {
          html = text;
        }
      } else if (mime.startsWith("text/")) {
        if (plain == null) {
          plain = text;
        } else if (!disposition.startsWith("inline") || plain.length() < maxChars / 4) {
          plain = capped(plain + "\n" + text, maxChars);
        }
      }
    }

    private String capped(String text, int maxChars) {
      if (text.length() <= maxChars) {
        return text;
      }
      notes.add(limits.textNote());
      return text.substring(0, maxChars);
    }

    private byte[] readCapped(InputStream is) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      long total = 0;
      long max = limits.maxTextBytes();
      while ((n = is.read(buf)) > 0) {
        if (total < max) {
          out.write(buf, 0, n);
        } else {
          notes.add(limits.textNote());
        }
        total += n;
      }
      return out.toByteArray();
    }

    MailMessage build(Origin origin, byte[] rawForId) {
      String subject = first("subject");
      Party from = firstMailbox("from");
      if (from == null) {
        from = firstMailbox("sender");
      }
      List<Party> to = mailboxes("to");
      List<Party> cc = mailboxes("cc");
      int maxRecipients = limits.maxMessageRecipients();
      if (to.size() + cc.size() > maxRecipients) {
        notes.add(limits.recipientsNote());
        to = to.size() > maxRecipients ? to.subList(0, maxRecipients) : to;
        cc = cc.subList(0, Math.min(cc.size(), maxRecipients - to.size()));
      }
      Instant date = date();
      String dateNote = limits.dateNote(date);
      if (dateNote != null) {
        notes.add(dateNote);
        date = null;
      }
      String messageId = messageIdOf(first("message-id"));
      String inReplyTo = messageIdOf(first("in-reply-to"));
      if (inReplyTo != null && inReplyTo.equals(messageId)) {
        notes.add(SELF_REFERENCE);
        inReplyTo = null;
      }
      List<String> references = references(first("references"), messageId);
      List<String> labels = new ArrayList<>(origin.labels());
      String gmLabels = first("x-gmail-labels");
      if (gmLabels != null) {
        for (String l : gmLabels.split(",")) {
          if (!l.isBlank()) {
            labels.add(decodeWords(l.trim()).replace("\"", ""));
          }
        }
      }
      String body = (plain != null ? plain : html != null ? htmlToText(html) : "").stripTrailing();
      if (!nestedText.isEmpty()) {
        body = body.isEmpty() ? nestedText : body + "\n---------- Forwarded message ----------\n" + nestedText;
      }
      QuoteSplitter.Split split = QuoteSplitter.split(body);
      if (messageId == null) {
        messageId = derivedId(rawForId, from, date, subject);
      }
      String bulk = BulkRules.reasonFromHeaders(headers, from, labels);
      if (bulk == null) {
        // the sender's own words and signature only: a friend forwarding a newsletter is not sending one
        bulk = BulkRules.reasonFromContent(from, to, cc, split.own() + "\n" + split.signature());
      }
      return new MailMessage(origin.person(), origin.source(), origin.format(), origin.position(), messageId,
          first("x-gm-thrid"), inReplyTo, references, date, from, to, cc, subject == null ? "" : subject,
          split.own(), split.quoted(), labels, origin.folder(), bulk, attachments, body, split.signature(),
          List.copyOf(notes));
    }

    /**
     * The Message-IDs of a References header in order, each once, without the message's own id: a header that
     * names the message itself or repeats ids (a loop) would make a thread its own ancestor.
     */
    private List<String> references(String header, String ownId) {
      List<String> out = new ArrayList<>();
      if (header == null) {
        return out;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      Matcher m = MESSAGE_ID.matcher(header);
      while (m.find()) {
        String id = m.group();
        if (id.equals(ownId)) {
          notes.add(SELF_REFERENCE);
        } else if (!seen.add(id)) {
          notes.add(REPEATED_REFERENCE);
        } else if (out.size() >= limits.maxReferences()) {
          notes.add(limits.referencesNote());
          break;
        } else {
          out.add(id);
        }
      }
      return out;
    }

    String first(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    Instant date() {
      List<Field> fields = rawFields.get("date");
      if (fields == null) {
        return null;
      }
      try {
        var parsed = DateTimeFieldLenientImpl.PARSER.parse(fields.get(0), DecodeMonitor.SILENT);
        return parsed.getDate() == null ? null : parsed.getDate().toInstant();
      } catch (RuntimeException e) {
        return null;
      }
    }

    Party firstMailbox(String name) {
      List<Party> all = mailboxes(name);
      return all.isEmpty() ? null : all.get(0);
    }

    List<Party> mailboxes(String name) {
      List<String> values = undecoded.get(name);
      List<Party> out = new ArrayList<>();
      if (values == null) {
        return out;
      }
      for (String value : values) {
        try {
          // mime4j's lenient parser counts bytes, not characters: hand it ASCII, restore the rest afterwards
          for (Address a : LenientAddressParser.DEFAULT.parseAddressList(protectNonAscii(value))) {
            if (a instanceof Mailbox mb) {
              addMailbox(out, mb);
            } else if (a instanceof Group g) {
              g.getMailboxes().forEach(mb -> addMailbox(out, mb));
            }
          }
        } catch (RuntimeException e) {
          Matcher m = LOOSE_ADDRESS.matcher(value);
          while (m.find()) {
            out.add(Party.email(m.group(), ""));
          }
        }
      }
      return out;
    }

    private static void addMailbox(List<Party> out, Mailbox mb) {
      String address = mb.getAddress() == null ? null : restoreNonAscii(mb.getAddress());
      if (address != null && address.indexOf('@') > 0) {
        out.add(Party.email(address, mb.getName() == null ? "" : restoreNonAscii(decodeWords(mb.getName()))));
      }
    }
  }

  static final String SELF_REFERENCE = "References or In-Reply-To named the message itself: dropped";
  static final String REPEATED_REFERENCE = "References named a message more than once: repeats dropped";

  private static final Pattern PROTECTED = Pattern.compile("~U([0-9a-f]{1,6})~");

  /** Replaces each non-ASCII character with a marker made of characters that are legal in names and addresses. */
  static String protectNonAscii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp < 128) {
        b.append((char) cp);
      } else {
        b.append("~U").append(Integer.toHexString(cp)).append('~');
      }
    });
    return b.toString();
  }

  static String restoreNonAscii(String s) {
    return PROTECTED.matcher(s).replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
  }

  /** Unfolds a header and decodes it: raw UTF-8 (RFC 6532) when it is valid UTF-8, then RFC 2047 words. */
  static String headerValue(Field field) {
    return decodeWords(rawValue(field, Integer.MAX_VALUE));
  }

  /** The length of a field as read, name and folding included. */
  private static int rawLength(Field field) {
    if (field instanceof RawField raw && raw.getRaw() != null) {
      return raw.getRaw().length();
    }
    return field.getBody() == null ? 0 : field.getBody().length();
  }

  /**
   * Unfolds a header, cut after {@code maxBytes} bytes of the field as read, and reads raw UTF-8 (RFC 6532) when it
   * is valid UTF-8; RFC 2047 words are left encoded.
   */
  static String rawValue(Field field, int maxBytes) {
    String value;
    if (field instanceof RawField raw && raw.getRaw() != null) {
      org.apache.james.mime4j.util.ByteSequence seq = raw.getRaw();
      byte[] bytes;
      if (seq.length() <= maxBytes) {
        bytes = seq.toByteArray();
      } else {
        bytes = new byte[maxBytes];
        for (int i = 0; i < maxBytes; i++) {
          bytes[i] = seq.byteAt(i);
        }
      }
      String all = decodeStrict(bytes, StandardCharsets.UTF_8);
      if (all == null) {
        all = new String(bytes, FALLBACK);
      }
      int colon = all.indexOf(':');
      value = colon < 0 ? all : all.substring(colon + 1);
    } else {
      value = field.getBody() == null ? "" : field.getBody();
      value = value.length() > maxBytes ? value.substring(0, maxBytes) : value;
    }
    return BREAKS.matcher(FOLDED.matcher(value).replaceAll(" ")).replaceAll("").trim();
  }

  static String decodeWords(String s) {
    try {
      return DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT);
    } catch (RuntimeException e) {
      return s;
    }
  }

  static String decodeText(byte[] bytes, String declared) {
    Charset cs = declared == null ? null : CharsetUtil.lookup(declared);
    if (cs == null || cs.name().equals("US-ASCII")) {
      // undeclared or ASCII-declared but 8-bit in practice: UTF-8 when it is valid, else windows-1252
      String utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
      return utf8 != null ? utf8 : new String(bytes, FALLBACK);
    }
    return new String(bytes, cs);
  }

  private static String decodeStrict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static String htmlToText(String html) {
    var doc = Jsoup.parse(html);
    doc.select("blockquote, div.gmail_quote").forEach(e -> e.before("\n>>QUOTE-START<<\n"));
    doc.select("br").forEach(e -> e.after("\n"));
    doc.select("p, div, li, tr, h1, h2, h3, h4").forEach(e -> e.after("\n"));
    String text = doc.wholeText().replace('\u00a0', ' ');
    int q = text.indexOf(">>QUOTE-START<<");
    if (q >= 0) {
      // text after the first quote block is the quoted reply; mark it the way plain-text mail does
      String own = text.substring(0, q);
      String quoted = text.substring(q + ">>QUOTE-START<<".length()).replace(">>QUOTE-START<<", "");
      text = own + "\n" + quoted.lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
    return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").trim();
  }

  static String parameter(String headerValue, String name) {
    if (headerValue == null) {
      return null;
    }
    Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + name + "\\*?=\\s*(\"([^\"]*)\"|[^;]+)").matcher(headerValue);
    if (!m.find()) {
      return null;
    }
    String v = m.group(2) != null ? m.group(2) : m.group(1).trim();
    if (v.toLowerCase(Locale.ROOT).startsWith("utf-8''")) {
      v = java.net.URLDecoder.decode(v.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    return v;
  }

  private static String messageIdOf(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = MESSAGE_ID.matcher(header);
    return m.find() ? m.group() : null;
  }

  /** A stable id for a message without Message-ID: the same bytes always give the same id. */
  static String derivedId(byte[] raw, Party from, Instant date, String subject) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (raw != null) {
        sha.update(raw);
      } else {
        sha.update(String.valueOf(from).getBytes(StandardCharsets.UTF_8));
        sha.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
        sha.update(String.valueOf(subject).getBytes(StandardCharsets.UTF_8));
      }
      return "<" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "@derived.rapport>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Discards bytes while counting them: attachments are measured, never kept. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
