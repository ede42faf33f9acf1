package dev.rapport.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maildir with a Maildir++ {@code .Sent} subfolder: one file per message, {@code cur/new/tmp} per folder, Dovecot
 * style names ending {@code :2,FLAGS} ({@code R} replied, {@code S} seen). Unseen mail sits in {@code new/} without
 * the info suffix.
 */
final class MaildirStore implements MailSink {
  static final String FOLDER = "Maildir";
  private final Path root;
  private final Path sent;
  private int sequence;

  MaildirStore(Path personDir) throws IOException {
    this.root = personDir.resolve(FOLDER);
    this.sent = root.resolve(".Sent");
    for (Path folder : new Path[] {root, sent}) {
      for (String sub : new String[] {"cur", "new", "tmp"}) {
        Files.createDirectories(folder.resolve(sub));
      }
    }
  }

  @Override
  public void write(Conversation c) throws IOException {
    for (int i = 0; i < c.mails().size(); i++) {
      Mail m = c.mails().get(i);
      byte[] bytes = Mime.render(m).getBytes(StandardCharsets.UTF_8);
      long h = Mime.fnv(m.messageId());
      String base = String.format(Locale.ROOT, "%d.M%06dP%dQ%d.studybook,S=%d",
          m.date().toEpochSecond(), (h >>> 8) % 1_000_000, 2000 + (h >>> 40) % 30000, ++sequence, bytes.length);
      Path file;
      if (m.fromOwner()) {
        file = sent.resolve("cur").resolve(base + ":2,S");
      } else if (m.isBulk() && (h & 3) == 0) {
        file = root.resolve("new").resolve(base);
      } else {
        file = root.resolve("cur").resolve(base + (MailSink.repliedLater(c, i) ? ":2,RS" : ":2,S"));
      }
      Files.write(file, bytes);
    }
  }

  @Override
  public void close() {}
}
