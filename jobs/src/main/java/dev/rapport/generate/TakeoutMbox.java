package dev.rapport.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Google Takeout mail: one mbox, CRLF throughout, {@code From <thrid>@xxx <date>} separators, and the
 * {@code X-GM-THRID} / {@code X-Gmail-Labels} headers Gmail puts first.
 */
final class TakeoutMbox implements MailSink {
  static final String PATH = "Takeout/Mail/All mail Including Spam and Trash.mbox";
  private static final DateTimeFormatter SEPARATOR_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.US);
  /** A user label with an accent: Takeout writes such labels as RFC 2047 encoded words. */
  private static final String USER_LABEL = Mime.encodeText("Réseau");

  private final OutputStream out;

  TakeoutMbox(Path personDir) throws IOException {
    Path file = personDir.resolve(PATH);
    Files.createDirectories(file.getParent());
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  @Override
  public void write(Conversation c) throws IOException {
    for (int i = 0; i < c.mails().size(); i++) {
      Mail m = c.mails().get(i);
      String separator = "From " + c.threadNumber() + "@xxx "
          + SEPARATOR_DATE.format(m.date().withZoneSameInstant(ZoneOffset.UTC));
      String message = "X-GM-THRID: " + c.threadNumber() + "\n"
          + "X-Gmail-Labels: " + String.join(",", labels(c, i)) + "\n"
          + Mime.render(m);
      MailSink.appendMbox(out, separator, message, "\r\n");
    }
  }

  static List<String> labels(Conversation c, int index) {
    Mail m = c.mails().get(index);
    long h = Mime.fnv(m.messageId());
    List<String> labels = new ArrayList<>();
    if (m.fromOwner()) {
      labels.add("Sent");
      if ((h & 7) == 0) {
        labels.add("Important");
      }
    } else if (m.isBulk() && (h & 0x1f) == 0x1f) {
      labels.add("Spam");
    } else if (m.isBulk()) {
      if ((h & 0x1f) == 0x1e) {
        labels.add("Trash");
      } else if ((h & 3) != 0) {
        labels.add("Inbox");
      }
      labels.add((h & 4) == 0 ? "Unread" : "Opened");
      labels.add(m.category());
    } else {
      if ((h & 3) != 0) {
        labels.add("Inbox");
      }
      if ((h & 8) == 0) {
        labels.add("Important");
      }
      labels.add("Opened");
      labels.add("Category Personal");
    }
    if (!m.isBulk() && (h & 0x70) == 0) {
      labels.add(USER_LABEL);
    }
    return labels;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
