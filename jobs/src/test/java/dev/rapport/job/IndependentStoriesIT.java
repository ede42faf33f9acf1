package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.AnswerKey;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The story cohort written by someone who never saw the detectors ({@code stories-independent/README.md}), analysed
 * end to end against the writer's answer key, with the bar the project sets for stories it does not have: every
 * expected pattern found, at least 90% of findings expected, and the healthy people clean.
 */
class IndependentStoriesIT {
  static final Path STORIES = Path.of("src", "test", "resources", "stories-independent").toAbsolutePath();

  @Test
  void theWritersAnswerKeyIsMet() throws Exception {
    Path out = Path.of("target", "test-out", "stories-independent").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(),
        AnalyzeOptions.of(List.of(STORIES.resolve("cohort").toString()), out.toString())).run();
    AnswerKey.Score s = AnswerKey.read(STORIES.resolve("expected.json")).score(out);
    System.out.println("independent stories: " + s);
    assertEquals(Map.of(), s.healthyWithFindings(), "healthy people got findings");
    assertTrue(s.misses().isEmpty(), "expected patterns not found: " + s.misses());
    assertTrue(s.expectedFound() >= 0.9 * s.reported(),
        "only " + s.expectedFound() + " of " + s.reported() + " findings are expected; unexpected: " + s.extras());
  }
}
