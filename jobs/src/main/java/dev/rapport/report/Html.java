package dev.rapport.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one escaping function every archive value goes through before it reaches a page.
 *
 * <pre>{@code
 * out.append("<td title=\"").append(Html.escape(label)).append("\">").append(Html.escape(excerpt)).append("</td>");
 * }</pre>
 *
 * <p>The result is safe as element text and inside a double- or single-quoted attribute value. It is not safe
 * inside {@code <script>}, {@code <style>}, an unquoted attribute, or a URL attribute taking a scheme: never put
 * archive data there (links use {@link #pathSegment} under a fixed relative prefix instead).
 */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '} and replaces characters that have no business in a page (controls other than tab and
   * newline, lone surrogates, non-characters) with U+FFFD. Null becomes the empty string.
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)
              || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * One path segment for a relative link, percent-encoded as UTF-8 (space as {@code %20}, so no character of the
   * name can end the segment or start a scheme); the caller still {@link #escape}s the whole attribute.
   *
   * @throws IllegalArgumentException for an empty name, {@code .} or {@code ..}, which browsers resolve as dot
   *     segments however they are encoded; no person's folder can be named that
   */
  public static String pathSegment(String s) {
    if (s == null || s.isEmpty() || s.equals(".") || s.equals("..")) {
      throw new IllegalArgumentException("a person's folder name must be a real folder name, got '" + s + "'");
    }
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The CSP source for an inline script: {@code 'sha256-<base64>'} of its exact text. */
  public static String cspHash(String scriptText) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(scriptText.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
    }
  }

  /**
   * The Content-Security-Policy for a self-contained page: nothing may load from anywhere, styles inline, images
   * only {@code data:}, and scripts only those whose hashes are given (none when empty). Even if escaping ever failed,
   * a script that came from the data would not run.
   */
  public static String csp(String... scriptHashes) {
    String scripts = scriptHashes.length == 0 ? "'none'" : String.join(" ", scriptHashes);
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + scripts
        + "; base-uri 'none'; form-action 'none'";
  }
}
