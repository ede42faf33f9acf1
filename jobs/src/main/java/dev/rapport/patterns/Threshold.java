package dev.rapport.patterns;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One tunable number, declared once with everything said about it: key, type, default, allowed values, meaning and
 * the source of the default. In the style of Spark's {@code ConfigBuilder} entries:
 *
 * <pre>{@code
 * static final Threshold<Integer> THANKS_DAYS = intKey("thanks_days")
 *     .doc("Help should be thanked or followed up within this many days.")
 *     .source("patterns.md, no_follow_up (a): 7 days.")
 *     .checkValue(v -> v >= 1, "at least 1")
 *     .createWithDefault(7);
 * int days = thresholds.get(THANKS_DAYS);
 * }</pre>
 *
 * <p>The declarations live in {@link Thresholds}; the {@code --set} parser, {@code run.json} and the README's table
 * are all read from them, so describe a threshold there and nowhere else.
 *
 * @param <T> {@code Integer} or {@code Double}
 */
public final class Threshold<T extends Number> {
  private final int index;
  private final String key;
  private final Kind<T> kind;
  private final T defaultValue;
  private final Predicate<T> valid;
  private final String range;
  private final String doc;
  private final String source;

  private Threshold(int index, Builder<T> b, T defaultValue) {
    this.index = index;
    this.key = b.key;
    this.kind = b.kind;
    this.defaultValue = defaultValue;
    this.valid = b.valid;
    this.range = b.range;
    this.doc = b.doc;
    this.source = b.source;
  }

  /** The snake_case name users write after {@code --set}. */
  public String key() {
    return key;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** "whole number" or "number". */
  public String type() {
    return kind.name;
  }

  /** The values the check accepts, in words ("at least 1", "within 0..1"). */
  public String range() {
    return range;
  }

  /** What the number means: which rule reads it and how. */
  public String doc() {
    return doc;
  }

  /** Where the default comes from: patterns.md, the research it cites, or a judgement call said as such. */
  public String source() {
    return source;
  }

  int index() {
    return index;
  }

  /**
   * The value written as text, checked.
   *
   * @throws IllegalArgumentException naming the key and the text when it is not a number of this type or out of range
   */
  T parse(String text) {
    String raw = text == null ? "" : text.trim();
    T value;
    try {
      value = kind.parse.apply(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("threshold '" + key + "' needs a " + kind.name + ", got '" + text
          + "'");
    }
    return check(value);
  }

  /** {@code value} when the declaration allows it. */
  T check(T value) {
    Objects.requireNonNull(value, key);
    if (!valid.test(value)) {
      throw new IllegalArgumentException("threshold '" + key + "' must be " + range + ", got " + value);
    }
    return value;
  }

  T cast(Object value) {
    return kind.type.cast(value);
  }

  @Override
  public String toString() {
    return key;
  }

  /** How text becomes a value of one type. */
  private record Kind<T extends Number>(String name, Class<T> type, Function<String, T> parse) {}

  private static final Kind<Integer> WHOLE = new Kind<>("whole number", Integer.class, Integer::valueOf);
  private static final Kind<Double> NUMBER = new Kind<>("number", Double.class, Double::valueOf);

  /** Starts a whole-number declaration; {@code registry} receives it when it is created. */
  static Builder<Integer> intKey(String key, List<Threshold<?>> registry) {
    return new Builder<>(key, WHOLE, registry);
  }

  /** Starts a declaration of a real number; {@code registry} receives it when it is created. */
  static Builder<Double> doubleKey(String key, List<Threshold<?>> registry) {
    return new Builder<>(key, NUMBER, registry);
  }

  /** Collects a declaration; {@link #createWithDefault} checks that nothing was left out. */
  static final class Builder<T extends Number> {
    private final String key;
    private final Kind<T> kind;
    private final List<Threshold<?>> registry;
    private Predicate<T> valid;
    private String range;
    private String doc;
    private String source;

    private Builder(String key, Kind<T> kind, List<Threshold<?>> registry) {
      if (key == null || !key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
        throw new IllegalArgumentException("a threshold key is snake_case, got '" + key + "'");
      }
      this.key = key;
      this.kind = kind;
      this.registry = registry;
    }

    Builder<T> doc(String text) {
      this.doc = text;
      return this;
    }

    Builder<T> source(String text) {
      this.source = text;
      return this;
    }

    /** The values allowed, as a test and in words for messages and the README ("at least 1"). */
    Builder<T> checkValue(Predicate<T> test, String inWords) {
      this.valid = test;
      this.range = inWords;
      return this;
    }

    Threshold<T> createWithDefault(T value) {
      for (var part : new Object[][] {{"doc", doc}, {"source", source}, {"checkValue", valid}}) {
        if (part[1] == null || part[1].toString().isBlank()) {
          throw new IllegalStateException("threshold '" + key + "' is declared without " + part[0]);
        }
      }
      if (registry.stream().anyMatch(t -> t.key().equals(key))) {
        throw new IllegalStateException("threshold '" + key + "' is declared twice");
      }
      Threshold<T> t = new Threshold<>(registry.size(), this, value);
      t.check(value);
      registry.add(t);
      return t;
    }
  }
}
