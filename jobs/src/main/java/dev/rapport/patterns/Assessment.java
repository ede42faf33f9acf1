package dev.rapport.patterns;

import java.util.Optional;

/**
 * What one detector concluded for one person.
 *
 * <p>{@code score} is within 0..1 when the pattern could be assessed; when the person's data cannot show the
 * pattern at all (no titles for {@code status_chasing}, say) the assessment is {@link #notAssessable} and carries
 * the reason instead of a misleading zero.
 */
public record Assessment(PatternId pattern, Double score, String notAssessableReason, Finding finding)
    implements java.io.Serializable {

  public static Assessment of(PatternId pattern, double score, Finding findingOrNull) {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException(pattern.id() + " score must be within 0..1, got " + score);
    }
    return new Assessment(pattern, score, null, findingOrNull);
  }

  public static Assessment notAssessable(PatternId pattern, String reason) {
    return new Assessment(pattern, null, reason, null);
  }

  public boolean assessable() {
    return score != null;
  }

  public Optional<Finding> findingIfAny() {
    return Optional.ofNullable(finding);
  }
}
