package dev.rapport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the renderers: truncation, number and date formats. */
final class Text {
  private Text() {}

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern EMAIL = Pattern.compile(
      // Starts only where a run of address characters starts and never backtracks, so a 100k-character run
      // without an @ costs one pass, not one pass per position.
      "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]++@[\\p{L}\\p{N}\\-]++(?:\\.[\\p{L}\\p{N}\\-]++)+");

  /** {@code 2026-01-20T22:05:00Z}: seconds precision, always UTC, so every run prints the same. */
  static String iso(Instant t) {
    return t == null ? null : ISO.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /** {@code 20 January 2026} for a reader; "an unknown date" when the archive had none. */
  static String day(Instant t) {
    return t == null ? "an unknown date" : DAY.format(t);
  }

  static String shortDay(Instant t) {
    return t == null ? "" : SHORT_DAY.format(t);
  }

  /** Rounded half-up to 4 decimals, trailing zeros dropped but at least one decimal: 0.8, 0.0, 0.1235. */
  static BigDecimal round4(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1, RoundingMode.UNNECESSARY) : d;
  }

  /** Exactly 4 decimals, as the cohort CSV prints scores: 0.8000. */
  static String fixed4(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /** Whitespace collapsed, then cut to {@code max} code points (never splitting a surrogate pair) with an ellipsis. */
  static String excerpt(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = SPACE.matcher(s).replaceAll(" ").strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    return t.substring(0, t.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  /** Replaces anything that looks like an e-mail address: excerpts can hold addresses the owner typed. */
  static String maskEmails(String s) {
    return s == null ? "" : EMAIL.matcher(s).replaceAll("[address]");
  }

  static String percent(double rate) {
    return Math.round(rate * 100) + "%";
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
