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
 * broken boundaries keep what was read. Attachments are counted, never stored. A message with no header at all
 * raises {@link NotAMessageException}; callers quarantine it.
 */
public final class MimeMessageParser {
  private static final int MAX_TEXT_CHARS = 256 * 1024;
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

  /** The record held no header lines at all: not an RFC 822 message. */
  public static final class NotAMessageException extends Exception {
    public NotAMessageException(String message) {
      super(message);
    }
  }

  public static MailMessage parse(byte[] raw, Origin origin) throws NotAMessageException, IOException {
    return parse(new ByteArrayInputStream(raw), origin, raw);
  }

  static MailMessage parse(InputStream in, Origin origin, byte[] rawForId) throws NotAMessageException, IOException {
    MimeConfig config = new MimeConfig.Builder()
        .setMaxLineLen(-1)
        .setMaxHeaderLen(-1)
        .setMaxHeaderCount(-1)
        .setMaxContentLen(-1)
        .setMalformedHeaderStartsBody(true)
        .build();
    MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
    parser.setContentDecoding(true);
    Collector c = new Collector();
    parser.setContentHandler(c);
    try {
      parser.parse(in);
    } catch (MimeException e) {
      if (c.headers.isEmpty()) {
        throw new NotAMessageException("not a MIME message: " + e.getMessage());
      }
      // keep what was read before the structure broke
    }
    if (c.headers.isEmpty()) {
      throw new NotAMessageException("no header lines");
    }
    return c.build(origin, rawForId);
  }

  /** Accumulates the top-level headers, the preferred text body and attachment metadata. */
  private static final class Collector extends AbstractContentHandler {
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final Map<String, List<String>> undecoded = new LinkedHashMap<>();
    final Map<String, List<Field>> rawFields = new LinkedHashMap<>();
    final List<Attachment> attachments = new ArrayList<>();
    String plain;
    String html;
    String nestedText = "";
    int messageDepth;
    Map<String, String> partHeaders = new LinkedHashMap<>();

    @Override
    public void startMessage() {
      messageDepth++;
    }

    @Override
    public void endMessage() {
      messageDepth--;
    }

    @Override
    public void startHeader() {
      partHeaders = new LinkedHashMap<>();
    }

    @Override
    public void field(Field field) {
      String name = field.getName().toLowerCase(Locale.ROOT);
      String value = headerValue(field);
      partHeaders.putIfAbsent(name, value);
      if (messageDepth == 1 && !inBodyPart) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        undecoded.computeIfAbsent(name, k -> new ArrayList<>()).add(rawValue(field));
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
        attachments.add(new Attachment(filename == null ? "" : decodeWords(filename), mime, size));
        return;
      }
      String text = decodeText(readCapped(is), bd.getCharset());
      if (messageDepth > 1) {
        // a forwarded or attached message: its text is someone else's words
        nestedText = nestedText.isEmpty() ? text : nestedText + "\n" + text;
      } else if (mime.equals("text/html")) {
        if (html == null) {
          html = text;
        }
      } else if (mime.startsWith("text/")) {
        if (plain == null) {
          plain = text;
        } else if (!disposition.startsWith("inline") || plain.length() < MAX_TEXT_CHARS) {
          plain = plain + "\n" + text;
        }
      }
    }

    MailMessage build(Origin origin, byte[] rawForId) {
      String subject = first("subject");
      Party from = firstMailbox("from");
      if (from == null) {
        from = firstMailbox("sender");
      }
      List<Party> to = mailboxes("to");
      List<Party> cc = mailboxes("cc");
      Instant date = date();
      String messageId = messageIdOf(first("message-id"));
      String inReplyTo = messageIdOf(first("in-reply-to"));
      List<String> references = new ArrayList<>();
      String refs = first("references");
      if (refs != null) {
        Matcher m = MESSAGE_ID.matcher(refs);
        while (m.find()) {
          references.add(m.group());
        }
      }
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
          split.own(), split.quoted(), labels, origin.folder(), bulk, attachments, body, split.signature());
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
    return decodeWords(rawValue(field));
  }

  /** Unfolds a header and reads raw UTF-8 (RFC 6532) when it is valid UTF-8; RFC 2047 words are left encoded. */
  static String rawValue(Field field) {
    String value;
    if (field instanceof RawField raw && raw.getRaw() != null) {
      byte[] bytes = raw.getRaw().toByteArray();
      String all = decodeStrict(bytes, StandardCharsets.UTF_8);
      if (all == null) {
        all = new String(bytes, FALLBACK);
      }
      int colon = all.indexOf(':');
      value = colon < 0 ? all : all.substring(colon + 1);
    } else {
      value = field.getBody() == null ? "" : field.getBody();
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

  private static byte[] readCapped(InputStream is) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    long total = 0;
    while ((n = is.read(buf)) > 0) {
      if (total < MAX_TEXT_CHARS * 4L) {
        out.write(buf, 0, n);
      }
      total += n;
    }
    return out.toByteArray();
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
