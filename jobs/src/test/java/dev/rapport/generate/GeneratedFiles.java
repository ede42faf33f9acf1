package dev.rapport.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers for tests over generated folders. */
final class GeneratedFiles {
  private GeneratedFiles() {}

  /** Every regular file under {@code root} by relative path (with '/'), mapped to its SHA-256. */
  static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          out.put(root.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The repository's data-samples folder: tests run in the jobs module, the folder sits beside it. */
  static Path dataSamples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data-samples")) && Files.exists(p.resolve("pom.xml"))) {
        return p.resolve("data-samples");
      }
    }
    throw new IllegalStateException("no data-samples folder above " + here);
  }
}
