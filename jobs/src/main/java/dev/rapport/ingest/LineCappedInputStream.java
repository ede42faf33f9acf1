package dev.rapport.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a stream through with every line cut after {@code maxLine} bytes: the rest of a long line is read past and
 * dropped, its line break kept. For readers that hold a line or a field whole (Commons CSV), so that one gigabyte
 * line in a file costs a megabyte, not the heap.
 *
 * <pre>{@code
 * var capped = new LineCappedInputStream(in, limits.maxLineBytes());
 * List<IngestRecord> rows = read(capped);
 * if (capped.cutLines() > 0) { ... note it ... }
 * }</pre>
 */
public final class LineCappedInputStream extends FilterInputStream {
  private final int maxLine;
  private long inLine;
  private long cutLines;

  public LineCappedInputStream(InputStream in, int maxLine) {
    super(in);
    if (maxLine < 1) {
      throw new IllegalArgumentException("maxLine must be at least 1, was " + maxLine);
    }
    this.maxLine = maxLine;
  }

  /** Lines cut so far. */
  public long cutLines() {
    return cutLines;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n = in.read(b, off, len);
      if (n <= 0) {
        return n;
      }
      int w = off;
      for (int i = off; i < off + n; i++) {
        byte c = b[i];
        if (c == '\n') {
          inLine = 0;
          b[w++] = c;
        } else if (inLine < maxLine) {
          inLine++;
          b[w++] = c;
        } else {
          if (inLine == maxLine) {
            cutLines++;
            inLine++;
          }
        }
      }
      if (w > off) {
        return w - off;
      }
      // everything read belonged to the cut part of a line: read on rather than report an end of stream
    }
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    byte[] buf = new byte[8192];
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public int available() {
    return 0;
  }
}
