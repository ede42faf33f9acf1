package dev.rapport.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The nine detectors, in {@link PatternId} order.
 *
 * <pre>{@code
 * List<Assessment> scores = Detectors.assessAll(PersonIndex.of(person, Thresholds.defaults()));
 * }</pre>
 *
 * <p>Adding a pattern means adding its {@link PatternId}, one detector class, and a line here.
 */
public final class Detectors {
  private static final List<Detector> ALL = List.of(
      new NeedOnlyContactDetector(),
      new NoFollowUpDetector(),
      new AskAfterHelpDetector(),
      new ColdAskDetector(),
      new GenericOutreachDetector(),
      new SelfPromotionDetector(),
      new StatusChasingDetector(),
      new NeglectedNetworkDetector(),
      new SlowReplyDetector());

  private Detectors() {}

  /** Every detector, one per {@link PatternId}, in PatternId order. */
  public static List<Detector> all() {
    return ALL.stream().sorted(Comparator.comparing(Detector::pattern)).toList();
  }

  /** Builds the person's index for this alone; a run that also measures strengths passes its index instead. */
  public static List<Assessment> assessAll(PersonData data, Thresholds t) {
    return assessAll(PersonIndex.of(data, t));
  }

  /** One assessment per pattern, in PatternId order; never null, never missing a pattern. */
  public static List<Assessment> assessAll(PersonIndex person) {
    if (person == null) {
      throw new IllegalArgumentException("a person index is required, got null");
    }
    List<Assessment> out = new ArrayList<>();
    for (Detector d : all()) {
      Assessment a = d.assess(person);
      if (a == null || a.pattern() != d.pattern()) {
        throw new IllegalStateException(d.getClass().getSimpleName() + " must assess " + d.pattern() + ", got " + a);
      }
      out.add(a);
    }
    return List.copyOf(out);
  }

  /**
   * The reason a report gives for a pattern whose detector threw on the person's data; what threw is in
   * {@code run.json} and {@code quarantine/}.
   */
  public static String failedReason(Throwable e) {
    return "not assessed: the detector failed on this person's data (" + e.getClass().getSimpleName()
        + "); the run recorded it in run.json";
  }

  /**
   * As {@link #assessAll(PersonIndex)}, but a detector that throws (or returns no assessment of its pattern) costs
   * only its own pattern: that pattern is {@link Assessment#notAssessable} with {@link #failedReason}, the failure
   * is handed to {@code onFailure}, and the other detectors still run.
   *
   * @param detectors one per {@link PatternId}, as {@link #all()} gives them
   */
  public static List<Assessment> assessEach(PersonIndex person, List<Detector> detectors,
      java.util.function.BiConsumer<PatternId, Throwable> onFailure) {
    if (person == null) {
      throw new IllegalArgumentException("a person index is required, got null");
    }
    List<Assessment> out = new ArrayList<>();
    for (Detector d : detectors.stream().sorted(Comparator.comparing(Detector::pattern)).toList()) {
      Assessment a;
      try {
        a = d.assess(person);
        if (a == null || a.pattern() != d.pattern()) {
          throw new IllegalStateException(d.getClass().getSimpleName() + " must assess " + d.pattern() + ", got "
              + (a == null ? null : a.pattern()));
        }
      } catch (RuntimeException | StackOverflowError e) {
        onFailure.accept(d.pattern(), e);
        a = Assessment.notAssessable(d.pattern(), failedReason(e));
      }
      out.add(a);
    }
    return List.copyOf(out);
  }
}
