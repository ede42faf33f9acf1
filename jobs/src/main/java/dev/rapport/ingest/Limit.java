package dev.rapport.ingest;

import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * One bound on what a reader accepts from an archive, declared once with everything said about it: key, default,
 * allowed values, meaning, what happens beyond it, and where the default comes from. The ingest-side twin of
 * {@code patterns.Threshold}, in the same {@code ConfigBuilder} style:
 *
 * <pre>{@code
 * static final Limit MAX_LINE_BYTES = key("max_line_bytes")
 *     .doc("A physical line longer than this is cut here.")
 *     .beyond("the rest of the line is dropped; the message is noted")
 *     .source("RFC 5322 allows 998 characters; mail in the wild has long HTML lines.")
 *     .checkValue(v -> v >= 1024, "at least 1024")
 *     .createWithDefault(1L << 20);
 * }</pre>
 *
 * <p>The declarations live in {@link Limits}; {@code --set}, {@code run.json} and the README's limits table are all
 * read from them, so describe a limit there and nowhere else.
 */
public final class Limit {
  private final int index;
  private final String key;
  private final long defaultValue;
  private final LongPredicate valid;
  private final String range;
  private final String doc;
  private final String beyond;
  private final String source;

  private Limit(int index, Builder b, long defaultValue) {
    this.index = index;
    this.key = b.key;
    this.defaultValue = defaultValue;
    this.valid = b.valid;
    this.range = b.range;
    this.doc = b.doc;
    this.beyond = b.beyond;
    this.source = b.source;
  }

  /** The snake_case name users write after {@code --set}. */
  public String key() {
    return key;
  }

  public long defaultValue() {
    return defaultValue;
  }

  /** The values the check accepts, in words ("at least 1"). */
  public String range() {
    return range;
  }

  /** What the number bounds. */
  public String doc() {
    return doc;
  }

  /** What becomes of a record that goes beyond it: truncated and noted, or quarantined. */
  public String beyond() {
    return beyond;
  }

  /** Where the default comes from. */
  public String source() {
    return source;
  }

  int index() {
    return index;
  }

  /**
   * The value written as text, checked.
   *
   * @throws IllegalArgumentException naming the key and the text when it is not a whole number or out of range
   */
  long parse(String text) {
    String raw = text == null ? "" : text.trim().replace("_", "");
    long value;
    try {
      value = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit '" + key + "' needs a whole number, got '" + text + "'");
    }
    return check(value);
  }

  long check(long value) {
    if (!valid.test(value)) {
      throw new IllegalArgumentException("limit '" + key + "' must be " + range + ", got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return key;
  }

  /** Starts a declaration; {@code registry} receives it when it is created. */
  static Builder key(String key, List<Limit> registry) {
    return new Builder(key, registry);
  }

  /** Collects a declaration; {@link #createWithDefault} checks that nothing was left out. */
  static final class Builder {
    private final String key;
    private final List<Limit> registry;
    private LongPredicate valid;
    private String range;
    private String doc;
    private String beyond;
    private String source;

    private Builder(String key, List<Limit> registry) {
      if (key == null || !key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
        throw new IllegalArgumentException("a limit key is snake_case, got '" + key + "'");
      }
      this.key = key;
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    Builder doc(String text) {
      this.doc = text;
      return this;
    }

    Builder beyond(String text) {
      this.beyond = text;
      return this;
    }

    Builder source(String text) {
      this.source = text;
      return this;
    }

    Builder checkValue(LongPredicate test, String inWords) {
      this.valid = test;
      this.range = inWords;
      return this;
    }

    Limit createWithDefault(long value) {
      for (var part : new Object[][] {{"doc", doc}, {"beyond", beyond}, {"source", source}, {"checkValue", valid}}) {
        if (part[1] == null || part[1].toString().isBlank()) {
          throw new IllegalStateException("limit '" + key + "' is declared without " + part[0]);
        }
      }
      if (registry.stream().anyMatch(l -> l.key().equals(key))) {
        throw new IllegalStateException("limit '" + key + "' is declared twice");
      }
      Limit l = new Limit(registry.size(), this, value);
      l.check(value);
      registry.add(l);
      return l;
    }
  }
}
