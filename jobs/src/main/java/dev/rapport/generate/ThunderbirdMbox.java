package dev.rapport.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Thunderbird local folders: one mbox file per folder with no extension ({@code Inbox}, {@code Sent}), LF line
 * endings, {@code From - <date>} separators, mboxo {@code >From } quoting and the X-Mozilla-Status headers.
 */
final class ThunderbirdMbox implements MailSink {
  static final String FOLDER = "Thunderbird/Local Folders";
  private static final DateTimeFormatter SEPARATOR_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.US);

  private final OutputStream inbox;
  private final OutputStream sent;

  ThunderbirdMbox(Path personDir) throws IOException {
    Path folder = personDir.resolve(FOLDER);
    Files.createDirectories(folder);
    this.inbox = new BufferedOutputStream(Files.newOutputStream(folder.resolve("Inbox")), 1 << 16);
    this.sent = new BufferedOutputStream(Files.newOutputStream(folder.resolve("Sent")), 1 << 16);
  }

  @Override
  public void write(Conversation c) throws IOException {
    for (int i = 0; i < c.mails().size(); i++) {
      Mail m = c.mails().get(i);
      // 0x0001 read, 0x0002 replied: the flags Thunderbird keeps in the message itself.
      int status = m.fromOwner() ? 1 : (MailSink.repliedLater(c, i) ? 3 : ((Mime.fnv(m.messageId()) & 3) == 0 ? 0 : 1));
      String message = String.format(Locale.ROOT, "X-Mozilla-Status: %04x\nX-Mozilla-Status2: 00000000\n", status)
          + Mime.render(m);
      String separator = "From - " + SEPARATOR_DATE.format(m.date().withZoneSameInstant(ZoneOffset.UTC));
      MailSink.appendMbox(m.fromOwner() ? sent : inbox, separator, message, "\n");
    }
  }

  @Override
  public void close() throws IOException {
    try (inbox; sent) {
      inbox.flush();
      sent.flush();
    }
  }
}
