package dev.rapport.patterns;

import java.util.List;

/** A detected pattern. A finding without evidence is not a finding: {@code evidence} is never empty. */
public record Finding(PatternId pattern, double severity, String summary, String advice, List<Evidence> evidence)
    implements java.io.Serializable {
  public Finding {
    if (evidence == null || evidence.isEmpty()) {
      throw new IllegalArgumentException("a finding for " + pattern + " needs evidence, got none");
    }
    if (severity < 0 || severity > 1) {
      throw new IllegalArgumentException("severity must be within 0..1, got " + severity);
    }
    evidence = List.copyOf(evidence);
  }
}
