package dev.rapport.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The real corpora in {@code ../shared/corpora}, unpacked under {@code target/} once per build. */
public final class Corpora {
  private Corpora() {}

  public static Path root() {
    return SparkTestSession.shared().resolve("corpora");
  }

  /** The Enron folder holding {@code lay-k} and {@code skilling-j}, 10,076 one-message files. */
  public static synchronized Path enron() {
    Path target = Path.of("target", "corpora", "enron").toAbsolutePath();
    Path done = target.resolve(".unpacked");
    if (Files.exists(done)) {
      return target.resolve("data");
    }
    Path archive = root().resolve("enron/enron-lay-skilling-maildir.tar.gz");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
         TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("tar entry outside the target: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isFile()) {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.writeString(done, "ok");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return target.resolve("data");
  }
}
