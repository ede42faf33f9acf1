package dev.rapport.ingest.linkedin;

/**
 * How much a LinkedIn export ZIP may hold before it is refused as hostile. Real exports are a few megabytes of CSV
 * that compress about 5 to 15 times; the defaults leave room for heavy users and still stop a zip bomb early.
 *
 * <pre>{@code
 * ZipLimits limits = ZipLimits.defaults().withMaxTotalUncompressedBytes(256L << 20);
 * }</pre>
 *
 * @param maxArchiveBytes            the ZIP itself, which is held in memory while read (default 512 MiB)
 * @param maxTotalUncompressedBytes  all entries together once inflated, counted as read, not as declared (default 2 GiB)
 * @param maxCompressionRatio        inflated over compressed size of one entry (default 100)
 * @param ratioGraceBytes            entries smaller than this are not held to the ratio: tiny files compress oddly
 *                                   (default 1 MiB)
 * @param maxEntries                 entries in the central directory (default 10,000)
 */
public record ZipLimits(
    long maxArchiveBytes,
    long maxTotalUncompressedBytes,
    int maxCompressionRatio,
    long ratioGraceBytes,
    int maxEntries) {

  private static final ZipLimits DEFAULTS = new ZipLimits(512L << 20, 2L << 30, 100, 1L << 20, 10_000);

  public ZipLimits {
    positive("maxArchiveBytes", maxArchiveBytes);
    positive("maxTotalUncompressedBytes", maxTotalUncompressedBytes);
    positive("maxCompressionRatio", maxCompressionRatio);
    if (ratioGraceBytes < 0) {
      throw new IllegalArgumentException("ratioGraceBytes must be 0 or more, was " + ratioGraceBytes);
    }
    positive("maxEntries", maxEntries);
  }

  public static ZipLimits defaults() {
    return DEFAULTS;
  }

  public ZipLimits withMaxArchiveBytes(long bytes) {
    return new ZipLimits(bytes, maxTotalUncompressedBytes, maxCompressionRatio, ratioGraceBytes, maxEntries);
  }

  public ZipLimits withMaxTotalUncompressedBytes(long bytes) {
    return new ZipLimits(maxArchiveBytes, bytes, maxCompressionRatio, ratioGraceBytes, maxEntries);
  }

  public ZipLimits withMaxCompressionRatio(int ratio) {
    return new ZipLimits(maxArchiveBytes, maxTotalUncompressedBytes, ratio, ratioGraceBytes, maxEntries);
  }

  public ZipLimits withRatioGraceBytes(long bytes) {
    return new ZipLimits(maxArchiveBytes, maxTotalUncompressedBytes, maxCompressionRatio, bytes, maxEntries);
  }

  public ZipLimits withMaxEntries(int entries) {
    return new ZipLimits(maxArchiveBytes, maxTotalUncompressedBytes, maxCompressionRatio, ratioGraceBytes, entries);
  }

  private static void positive(String what, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, was " + value);
    }
  }
}
