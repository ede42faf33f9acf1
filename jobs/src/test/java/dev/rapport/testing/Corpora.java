package dev.rapport.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    unpackOnce(root().resolve("enron/enron-lay-skilling-maildir.tar.gz"), target, "");
    return target.resolve("data");
  }

  /**
   * The raw body (everything after the header's blank line, not decoded) of every {@code every}th message file of
   * {@link #enron()}, in file order: real mail's lines for rules that read text.
   */
  public static List<String> enronBodies(int every) {
    return enronParts(every, false);
  }

  private static List<String> enronParts(int every, boolean header) {
    try (Stream<Path> all = Files.walk(enron())) {
      List<Path> files = all.filter(Files::isRegularFile).sorted().toList();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < files.size(); i += every) {
        String raw = new String(Files.readAllBytes(files.get(i)), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int body = raw.indexOf("\n\n");
        out.add(header ? (body < 0 ? raw : raw.substring(0, body)) : body < 0 ? "" : raw.substring(body + 2));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header (up to the first blank line) of every {@code every}th message file of {@link #enron()}, in order. */
  public static List<String> enronHeaders(int every) {
    return enronParts(every, true);
  }

  /**
   * The seven complete Enron mailboxes, one folder per person: Lay and Skilling, and the five of
   * {@code enron-cohort-5-maildir.tar.gz} (allen-p, buy-r, dean-c, fossum-d, keavey-p).
   */
  public static synchronized Path enronSeven() {
    Path target = Path.of("target", "corpora", "enron7").toAbsolutePath();
    unpackOnce(root().resolve("enron/enron-cohort-5-maildir.tar.gz"), target, "");
    unpackOnce(root().resolve("enron/enron-lay-skilling-maildir.tar.gz"), target, "data/");
    return target;
  }

  /** Unpacks {@code archive} into {@code target} once per build, dropping {@code strip} from each entry's name. */
  private static void unpackOnce(Path archive, Path target, String strip) {
    // beside the target, not in it: the target is an input folder and must hold mail only
    Path done = target.resolveSibling(target.getFileName() + ".unpacked-" + archive.getFileName());
    if (Files.exists(done)) {
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
         TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String name = e.getName().startsWith(strip) ? e.getName().substring(strip.length()) : e.getName();
        if (name.isEmpty()) {
          continue;
        }
        Path out = target.resolve(name).normalize();
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
  }
}
