package dev.rapport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stream made on the fly: a head, a long run of one repeated pattern, a tail. Huge inputs (a gigabyte line) are
 * read from it, or written from it to a file under {@code target/}, without ever existing whole in memory or in
 * the repository. Counts what was read, so a test can tell that a reader stopped early.
 */
public final class GeneratedStream extends InputStream {
  private final byte[] head;
  private final byte[] pattern;
  private final long fillerBytes;
  private final byte[] tail;
  private final long total;
  private long pos;

  public GeneratedStream(String head, String pattern, long fillerBytes, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.pattern = pattern.getBytes(StandardCharsets.UTF_8);
    this.fillerBytes = fillerBytes;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.total = this.head.length + fillerBytes + this.tail.length;
  }

  /** Bytes handed out so far. */
  public long consumed() {
    return pos;
  }

  public long length() {
    return total;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (pos >= total) {
      return -1;
    }
    int n = (int) Math.min(len, total - pos);
    if (pattern.length == 1 && pos >= head.length && pos + n <= head.length + fillerBytes) {
      java.util.Arrays.fill(b, off, off + n, pattern[0]);
      pos += n;
      return n;
    }
    for (int i = 0; i < n; i++) {
      long p = pos + i;
      byte c;
      if (p < head.length) {
        c = head[(int) p];
      } else if (p < head.length + fillerBytes) {
        c = pattern[(int) ((p - head.length) % pattern.length)];
      } else {
        c = tail[(int) (p - head.length - fillerBytes)];
      }
      b[off + i] = c;
    }
    pos += n;
    return n;
  }

  /** Writes the whole stream to {@code file}, streamed. */
  public void writeTo(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buf = new byte[1 << 20];
      int n;
      while ((n = read(buf, 0, buf.length)) > 0) {
        out.write(buf, 0, n);
      }
    }
  }
}
