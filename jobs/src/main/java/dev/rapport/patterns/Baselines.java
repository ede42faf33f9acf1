package dev.rapport.patterns;

import java.util.Arrays;
import java.util.List;

/**
 * Cohort figures from every person's {@link PersonBaseline}: medians, robust to one prolific or silent person.
 *
 * <pre>{@code
 * PersonData.CohortStats cohort = Baselines.cohort(baselines);
 * }</pre>
 *
 * <p>People whose figure is NaN (too little text) do not count towards that median; a median with nobody
 * behind it is NaN, and detectors then fall back to {@link Thresholds#selfFocusDefaultMedian()}.
 */
public final class Baselines {
  private Baselines() {}

  public static PersonData.CohortStats cohort(List<PersonBaseline> baselines) {
    if (baselines == null) {
      throw new IllegalArgumentException("baselines are required (an empty list for nobody), got null");
    }
    double focus = median(baselines.stream().mapToDouble(PersonBaseline::selfFocus).toArray());
    double asks = median(baselines.stream().mapToDouble(PersonBaseline::askShare).toArray());
    return new PersonData.CohortStats(baselines.size(), focus, asks);
  }

  static double median(double[] values) {
    double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
