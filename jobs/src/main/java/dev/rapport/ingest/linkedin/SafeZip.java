package dev.rapport.ingest.linkedin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Opens an untrusted ZIP in memory and hands out its entries one at a time, after every entry name and type has been
 * checked and while every inflated byte is counted. Nothing is written to disk.
 *
 * <p>The central directory is read (Commons Compress {@link ZipFile}) rather than the local headers, because only the
 * central directory carries the Unix mode that marks a symlink.
 */
final class SafeZip implements AutoCloseable {

  /** One file of the archive, already inflated within the limits. */
  record Entry(String name, byte[] bytes) {}

  private static final Pattern ARCHIVE_NAME = Pattern.compile(
      "(?i).*\\.(zip|jar|war|ear|apk|gz|tgz|bz2|tbz2|xz|txz|zst|lz|lzma|z|7z|rar|tar|cab|iso)$");

  private final String archive;
  private final ZipLimits limits;
  private final ZipFile zip;
  private final List<ZipArchiveEntry> files;
  private long inflatedSoFar;

  private SafeZip(String archive, ZipLimits limits, ZipFile zip, List<ZipArchiveEntry> files) {
    this.archive = archive;
    this.limits = limits;
    this.zip = zip;
    this.files = files;
  }

  /** Reads the archive into memory and checks every entry's name and type before any content is inflated. */
  static SafeZip open(String archive, InputStream in, ZipLimits limits) throws UnsafeArchiveException, IOException {
    byte[] bytes = readAtMost(in, limits.maxArchiveBytes());
    if (bytes == null) {
      throw new UnsafeArchiveException(archive, "larger than the limit of " + limits.maxArchiveBytes() + " bytes");
    }
    ZipFile zip;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    } catch (IOException e) {
      throw new IOException(archive + ": not a readable ZIP archive (" + e.getMessage() + ")", e);
    }
    try {
      List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
      if (all.size() > limits.maxEntries()) {
        throw new UnsafeArchiveException(archive,
            all.size() + " entries, more than the limit of " + limits.maxEntries());
      }
      List<ZipArchiveEntry> files = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      long declared = 0;
      for (ZipArchiveEntry e : all) {
        check(archive, e, limits);
        if (!seen.add(e.getName())) {
          // two entries under one name let different tools see different contents
          throw new UnsafeArchiveException(archive, "entry '" + shown(e.getName()) + "' appears more than once");
        }
        if (!e.isDirectory()) {
          files.add(e);
          declared += Math.max(0, e.getSize());
        }
      }
      if (declared > limits.maxTotalUncompressedBytes()) {
        throw new UnsafeArchiveException(archive, "declares " + declared + " bytes uncompressed, more than the limit of "
            + limits.maxTotalUncompressedBytes());
      }
      files.sort(Comparator.comparing(ZipArchiveEntry::getName));
      return new SafeZip(archive, limits, zip, files);
    } catch (UnsafeArchiveException | RuntimeException e) {
      ZipFile.closeQuietly(zip);
      throw e;
    }
  }

  /** File entries (directories left out), sorted by name. */
  List<String> names() {
    return files.stream().map(ZipArchiveEntry::getName).toList();
  }

  /** Inflates the {@code i}-th file, refusing it as soon as the counted bytes break a limit. */
  Entry read(int i) throws UnsafeArchiveException, IOException {
    ZipArchiveEntry e = files.get(i);
    String name = shown(e.getName());
    long compressed = Math.max(1, e.getCompressedSize());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long entryBytes = 0;
    try (InputStream in = zip.getInputStream(e)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        entryBytes += n;
        inflatedSoFar += n;
        if (inflatedSoFar > limits.maxTotalUncompressedBytes()) {
          throw new UnsafeArchiveException(archive, "expands beyond the limit of "
              + limits.maxTotalUncompressedBytes() + " bytes uncompressed (zip bomb?) at entry '" + name + "'");
        }
        if (entryBytes > limits.ratioGraceBytes() && entryBytes / compressed > limits.maxCompressionRatio()) {
          throw new UnsafeArchiveException(archive, "entry '" + name + "' inflates more than "
              + limits.maxCompressionRatio() + " times its compressed size (zip bomb?)");
        }
        out.write(buf, 0, n);
      }
    } catch (UnsafeArchiveException ex) {
      throw ex;
    } catch (IOException | RuntimeException ex) {
      throw new IOException(archive + ": entry '" + name + "' cannot be read (" + ex.getMessage() + ")", ex);
    }
    byte[] bytes = out.toByteArray();
    if (isArchiveMagic(bytes)) {
      throw new UnsafeArchiveException(archive,
          "entry '" + name + "' is itself an archive (nested archives are refused)");
    }
    return new Entry(e.getName(), bytes);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static void check(String archive, ZipArchiveEntry e, ZipLimits limits) throws UnsafeArchiveException {
    String name = shown(e.getName());
    String path = e.getName().replace('\\', '/');
    if (path.indexOf('\0') >= 0) {
      throw new UnsafeArchiveException(archive, "entry name contains a NUL character");
    }
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      throw new UnsafeArchiveException(archive, "entry '" + name + "' has an absolute path");
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        throw new UnsafeArchiveException(archive, "entry '" + name + "' escapes the archive (..)");
      }
    }
    if (e.isUnixSymlink()) {
      throw new UnsafeArchiveException(archive, "entry '" + name + "' is a symbolic link");
    }
    if (!e.isDirectory() && ARCHIVE_NAME.matcher(path).matches()) {
      throw new UnsafeArchiveException(archive, "entry '" + name + "' is itself an archive (nested archives are refused)");
    }
    long size = e.getSize();
    long compressed = e.getCompressedSize();
    if (size > limits.ratioGraceBytes() && compressed > 0 && size / compressed > limits.maxCompressionRatio()) {
      throw new UnsafeArchiveException(archive, "entry '" + name + "' declares " + size + " bytes from " + compressed
          + " compressed, more than " + limits.maxCompressionRatio() + " times (zip bomb?)");
    }
  }

  /** An entry name fit for a one-line message: control characters (an attacker's line breaks) shown as '?'. */
  static String shown(String name) {
    return name.replaceAll("\\p{Cntrl}", "?");
  }

  private static boolean isArchiveMagic(byte[] b) {
    return starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6) || starts(b, 'P', 'K', 7, 8)
        || starts(b, 0x1f, 0x8b) || starts(b, '7', 'z', 0xbc, 0xaf) || starts(b, 'R', 'a', 'r', '!')
        || starts(b, 'B', 'Z', 'h') || starts(b, 0xfd, '7', 'z', 'X', 'Z')
        || (b.length > 262 && new String(b, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar"));
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The whole stream, or null when it holds more than {@code max} bytes. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
