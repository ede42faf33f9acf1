package dev.rapport.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Where an archive's email goes: one implementation per real mailbox format. Receives whole threads, in order. */
interface MailSink extends Closeable {
  void write(Conversation conversation) throws IOException;

  /**
   * Writes a rendered message into an mbox: mboxo quoting ({@code From } at a line start becomes {@code >From }),
   * the given line ending, and the blank line that ends every message.
   */
  static void appendMbox(OutputStream out, String separator, String headersAndBody, String eol) throws IOException {
    StringBuilder sb = new StringBuilder(headersAndBody.length() + 256);
    sb.append(separator).append(eol);
    String[] lines = headersAndBody.split("\n", -1);
    int n = lines.length;
    if (n > 0 && lines[n - 1].isEmpty()) {
      n--;
    }
    for (int i = 0; i < n; i++) {
      String line = lines[i];
      if (line.startsWith("From ")) {
        sb.append('>');
      }
      sb.append(line).append(eol);
    }
    sb.append(eol);
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String withEol(String text, String eol) {
    return "\n".equals(eol) ? text : text.replace("\n", eol);
  }

  /** Whether the owner answered this received message later in the thread (Maildir R flag, Thunderbird replied bit). */
  static boolean repliedLater(Conversation c, int index) {
    for (int i = index + 1; i < c.mails().size(); i++) {
      if (c.mails().get(i).fromOwner()) {
        return true;
      }
    }
    return false;
  }
}
