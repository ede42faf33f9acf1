package dev.rapport.patterns;

/**
 * Assesses one pattern of {@code shared/design/patterns.md} for one person.
 *
 * <pre>{@code
 * Assessment a = new SlowReplyDetector().assess(PersonIndex.of(person, Thresholds.defaults()));
 * a.findingIfAny().ifPresent(f -> ...);
 * }</pre>
 *
 * <p>A detector reads one person's {@link PersonData} through its {@link PersonIndex}, built once per person and
 * shared with the other detectors, the strengths and the metrics, and nothing else; it never parses files or
 * renders output, and it quotes only the owner's own words (through {@code EvidenceText}). It returns
 * {@link Assessment#notAssessable} when the person's data cannot show the pattern, never a misleading zero.
 * Implementations are stateless and safe to share between threads.
 */
public interface Detector {
  PatternId pattern();

  Assessment assess(PersonIndex person);
}
