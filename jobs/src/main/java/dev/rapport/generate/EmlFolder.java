package dev.rapport.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A flat folder of exported {@code .eml} files, one RFC 822 message each, CRLF as Windows clients save them. */
final class EmlFolder implements MailSink {
  static final String FOLDER = "exported-mail";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private final Path folder;
  private int sequence;

  EmlFolder(Path personDir) throws IOException {
    this.folder = personDir.resolve(FOLDER);
    Files.createDirectories(folder);
  }

  @Override
  public void write(Conversation c) throws IOException {
    for (Mail m : c.mails()) {
      String name = String.format(Locale.ROOT, "%s_%05d.eml", DAY.format(m.date()), ++sequence);
      Files.write(folder.resolve(name), MailSink.withEol(Mime.render(m), "\r\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {}
}
