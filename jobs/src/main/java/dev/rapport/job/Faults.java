package dev.rapport.job;

import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Detector;
import dev.rapport.patterns.Detectors;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonIndex;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Test hooks that make a stage throw on a chosen text, person or pattern, so that tests can check the isolation
 * of every stage ({@link Isolated}) deterministically. Package-private and null unless a test in this package sets
 * them; nothing else sets them. They are static, so they reach Spark's tasks only where the tasks run in the test's
 * JVM (embedded Spark, as the tests use).
 */
final class Faults {
  private Faults() {}

  /** Annotating a text for which this holds throws. */
  static volatile Predicate<String> language;
  /** Assembling the data of a person for which this holds throws. */
  static volatile Predicate<String> people;
  /** The detector of a pattern throws for a person when this holds for (person, pattern). */
  static volatile BiPredicate<String, PatternId> detector;
  /** Building the report of a person for which this holds throws. */
  static volatile Predicate<String> report;
  /** Rendering the report of a person for which this holds throws. */
  static volatile Predicate<String> render;

  static void clear() {
    language = null;
    people = null;
    detector = null;
    report = null;
    render = null;
  }

  static void language(String text) {
    throwIf(language, text, "injected language fault");
  }

  static void people(String person) {
    throwIf(people, person, "injected assembly fault");
  }

  static void report(String person) {
    throwIf(report, person, "injected report fault");
  }

  static void render(String person) {
    throwIf(render, person, "injected render fault");
  }

  private static void throwIf(Predicate<String> p, String subject, String what) {
    if (p != null && p.test(subject)) {
      throw new IllegalStateException(what);
    }
  }

  /** The nine detectors, each throwing for {@code person} where {@link #detector} says so. */
  static List<Detector> detectors(String person) {
    BiPredicate<String, PatternId> p = detector;
    if (p == null) {
      return Detectors.all();
    }
    return Detectors.all().stream().map(d -> !p.test(person, d.pattern()) ? d : new Detector() {
      @Override
      public PatternId pattern() {
        return d.pattern();
      }

      @Override
      public Assessment assess(PersonIndex index) {
        throw new IllegalStateException("injected detector fault");
      }
    }).toList();
  }
}
