package dev.rapport.generate;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Mail} as an RFC 5322 message with MIME parts, lines separated by {@code \n}.
 *
 * <p>Writers change the line endings and add their own envelope (mbox separator, Gmail headers). Non-ASCII display
 * names and subjects become RFC 2047 encoded words, alternating B and Q encodings as real clients do; bodies with
 * non-ASCII text are quoted-printable.
 */
final class Mime {
  static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);
  private static final int WRAP = 76;

  private Mime() {}

  static String render(Mail m) {
    StringBuilder out = new StringBuilder(2048);
    out.append("MIME-Version: 1.0\n");
    if (!m.quirks().contains(Mail.Quirk.NO_DATE)) {
      out.append("Date: ").append(RFC_5322.format(m.date())).append('\n');
    }
    if (!m.references().isEmpty()) {
      out.append(fold("References", String.join(" ", m.references()))).append('\n');
      out.append("In-Reply-To: ").append(m.inReplyTo()).append('\n');
    }
    if (!m.quirks().contains(Mail.Quirk.NO_MESSAGE_ID)) {
      out.append("Message-ID: ").append(m.messageId()).append('\n');
    }
    out.append(fold("Subject", encodeText(m.subject()))).append('\n');
    out.append("From: ").append(address(m.from())).append('\n');
    out.append(addressList("To", m.to())).append('\n');
    if (!m.cc().isEmpty()) {
      out.append(addressList("Cc", m.cc())).append('\n');
    }
    for (Mail.Header h : m.extraHeaders()) {
      out.append(h.name()).append(": ").append(h.value()).append('\n');
    }
    String boundary = "000000000000" + Long.toHexString(fnv(m.messageId()) & 0xffffffffffffL);
    if (m.attachment() != null) {
      out.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\n\n");
      out.append("--").append(boundary).append('\n');
      body(out, m, "a" + boundary);
      Mail.Attachment a = m.attachment();
      out.append("--").append(boundary).append('\n');
      out.append("Content-Type: ").append(a.mimeType()).append("; name=\"").append(a.fileName()).append("\"\n");
      out.append("Content-Disposition: attachment; filename=\"").append(a.fileName()).append("\"\n");
      out.append("Content-Transfer-Encoding: base64\n\n");
      String b64 = Base64.getEncoder().encodeToString(a.content());
      for (int i = 0; i < b64.length(); i += WRAP) {
        out.append(b64, i, Math.min(b64.length(), i + WRAP)).append('\n');
      }
      out.append("--").append(boundary).append("--\n");
    } else {
      body(out, m, boundary);
    }
    return out.toString();
  }

  private static void body(StringBuilder out, Mail m, String boundary) {
    if (m.quirks().contains(Mail.Quirk.HTML_ONLY)) {
      out.append("Content-Type: text/html; charset=\"UTF-8\"\n");
      out.append("Content-Transfer-Encoding: quoted-printable\n\n");
      out.append(quotedPrintable(html(m.text()))).append('\n');
      return;
    }
    if (m.quirks().contains(Mail.Quirk.LATIN1_BODY)) {
      // an old-fashioned sender: ISO-8859-1 declared and used, characters outside it replaced by '?'
      out.append("Content-Type: text/plain; charset=\"iso-8859-1\"\n");
      out.append("Content-Transfer-Encoding: quoted-printable\n\n");
      out.append(quotedPrintable(wrap(m.text()), java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
      return;
    }
    if (!m.html()) {
      textPart(out, m.text());
      return;
    }
    out.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\n\n");
    out.append("--").append(boundary).append('\n');
    textPart(out, m.text());
    out.append("--").append(boundary).append('\n');
    out.append("Content-Type: text/html; charset=\"UTF-8\"\n");
    out.append("Content-Transfer-Encoding: quoted-printable\n\n");
    out.append(quotedPrintable(html(m.text()))).append('\n');
    out.append("--").append(boundary).append("--\n");
  }

  private static void textPart(StringBuilder out, String text) {
    String wrapped = wrap(text);
    boolean ascii = isAscii(wrapped);
    out.append("Content-Type: text/plain; charset=\"").append(ascii ? "us-ascii" : "UTF-8").append("\"\n");
    out.append("Content-Transfer-Encoding: ").append(ascii ? "7bit" : "quoted-printable").append("\n\n");
    out.append(ascii ? wrapped : quotedPrintable(wrapped)).append('\n');
  }

  /** The HTML alternative a webmail client would send: paragraphs as divs, quoted text as a blockquote. */
  static String html(String text) {
    StringBuilder h = new StringBuilder("<div dir=\"ltr\">");
    boolean inQuote = false;
    for (String line : text.split("\n", -1)) {
      boolean quoted = line.startsWith(">");
      if (quoted != inQuote) {
        h.append(quoted ? "<blockquote class=\"gmail_quote\">" : "</blockquote>");
        inQuote = quoted;
      }
      String content = quoted ? line.replaceFirst("^>+ ?", "") : line;
      h.append(content.isEmpty() ? "<div><br></div>" : "<div>" + escape(content) + "</div>");
    }
    if (inQuote) {
      h.append("</blockquote>");
    }
    return h.append("</div>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String address(Person p) {
    String name = p.name();
    String shown;
    if (!isAscii(name)) {
      shown = encodeText(name);
    } else if (name.matches(".*[,.()<>@;:\"\\[\\]].*")) {
      shown = "\"" + name.replace("\"", "\\\"") + "\"";
    } else {
      shown = name;
    }
    return shown + " <" + p.email() + ">";
  }

  private static String addressList(String field, List<Person> people) {
    StringBuilder line = new StringBuilder(field).append(": ");
    int lineStart = 0;
    for (int i = 0; i < people.size(); i++) {
      String a = address(people.get(i));
      if (i > 0) {
        line.append(',');
        if (line.length() - lineStart + a.length() + 1 > 78) {
          line.append("\n");
          lineStart = line.length();
        }
        line.append(' ');
      }
      line.append(a);
    }
    return line.toString();
  }

  /** An unstructured header, folded before encoded words so that no line runs far past 78 characters. */
  private static String fold(String field, String value) {
    StringBuilder line = new StringBuilder(field).append(':');
    int lineStart = 0;
    for (String word : value.split(" ")) {
      if (line.length() - lineStart + word.length() + 1 > 78 && line.length() - lineStart > field.length() + 1) {
        line.append('\n');
        lineStart = line.length();
      }
      line.append(' ').append(word);
    }
    return line.toString();
  }

  /** RFC 2047 encoded words for non-ASCII text; B or Q chosen by the text itself so output stays deterministic. */
  static String encodeText(String s) {
    if (isAscii(s)) {
      return s;
    }
    boolean useB = (fnv(s) & 1) == 0;
    List<String> words = new ArrayList<>();
    int start = 0;
    while (start < s.length()) {
      int end = start;
      int len = 0;
      while (end < s.length()) {
        int cp = s.codePointAt(end);
        int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (len + n > 36) {
          break;
        }
        len += n;
        end += Character.charCount(cp);
      }
      byte[] chunk = s.substring(start, end).getBytes(StandardCharsets.UTF_8);
      words.add(useB
          ? "=?UTF-8?B?" + Base64.getEncoder().encodeToString(chunk) + "?="
          : "=?UTF-8?Q?" + qEncode(chunk) + "?=");
      start = end;
    }
    return String.join(" ", words);
  }

  private static String qEncode(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == ' ') {
        sb.append('_');
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!*+-/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('=').append(hex(c));
      }
    }
    return sb.toString();
  }

  static String quotedPrintable(String text) {
    return quotedPrintable(text, StandardCharsets.UTF_8);
  }

  static String quotedPrintable(String text, java.nio.charset.Charset charset) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    String[] lines = text.split("\n", -1);
    for (int li = 0; li < lines.length; li++) {
      byte[] bytes = lines[li].getBytes(charset);
      int col = 0;
      for (int i = 0; i < bytes.length; i++) {
        int c = bytes[i] & 0xff;
        boolean last = i == bytes.length - 1;
        String piece;
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
          piece = String.valueOf((char) c);
        } else {
          piece = "=" + hex(c);
        }
        if (col + piece.length() > 75) {
          out.append("=\n");
          col = 0;
        }
        out.append(piece);
        col += piece.length();
      }
      if (li < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Soft-wraps long lines at spaces, as mail clients do; quoted lines and URLs are left whole. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    String[] lines = text.split("\n", -1);
    for (int li = 0; li < lines.length; li++) {
      String line = lines[li];
      while (line.length() > WRAP && !line.startsWith(">")) {
        int cut = line.lastIndexOf(' ', WRAP);
        if (cut <= 0) {
          break;
        }
        out.append(line, 0, cut).append('\n');
        line = line.substring(cut + 1);
      }
      out.append(line);
      if (li < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 126) {
        return false;
      }
    }
    return true;
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "%02X", c);
  }

  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
