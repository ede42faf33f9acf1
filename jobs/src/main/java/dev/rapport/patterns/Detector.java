package dev.rapport.patterns;

/**
 * Assesses one pattern of {@code shared/design/patterns.md} for one person.
 *
 * <pre>{@code
 * Assessment a = new SlowReplyDetector().assess(person, Thresholds.defaults());
 * a.findingIfAny().ifPresent(f -> ...);
 * }</pre>
 *
 * <p>A detector reads {@link PersonData} and nothing else; it never parses files or renders output, and it quotes
 * only the owner's own words. It returns {@link Assessment#notAssessable} when the person's data cannot show the
 * pattern, never a misleading zero. Implementations are stateless and safe to share between threads.
 */
public interface Detector {
  PatternId pattern();

  Assessment assess(PersonData data, Thresholds t);
}
