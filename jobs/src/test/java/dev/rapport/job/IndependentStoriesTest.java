package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The story cohort written by someone who never saw the detectors ({@code stories-independent/README.md}), analysed
 * end to end against the writer's answer key, with the bar the project sets for stories it does not have: every
 * expected pattern found, at least 90% of findings expected, and the healthy people clean.
 */
class IndependentStoriesTest {
  static final Path STORIES = Path.of("src", "test", "resources", "stories-independent").toAbsolutePath();

  @Test
  void theWritersAnswerKeyIsMet() throws Exception {
    Path out = Path.of("target", "test-out", "stories-independent").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(),
        AnalyzeOptions.of(List.of(STORIES.resolve("cohort").toString()), out.toString())).run();
    JsonNode expected = RunJson.read(STORIES.resolve("expected.json")).get("people");
    int reported = 0;
    int expectedFound = 0;
    Map<String, String> misses = new TreeMap<>();
    Map<String, String> extras = new TreeMap<>();
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      String person = it.next();
      Set<String> want = new TreeSet<>();
      expected.get(person).get("expected").forEach(p -> want.add(p.asText()));
      Set<String> got = new TreeSet<>();
      RunJson.read(out.resolve("people").resolve(person).resolve("report.json")).get("findings")
          .forEach(f -> got.add(f.get("pattern").asText()));
      reported += got.size();
      for (String p : got) {
        if (want.contains(p)) {
          expectedFound++;
        } else {
          extras.merge(person, p, (a, b) -> a + "," + b);
        }
      }
      want.stream().filter(p -> !got.contains(p)).forEach(p -> misses.merge(person, p, (a, b) -> a + "," + b));
      if (want.isEmpty()) {
        assertTrue(got.isEmpty(), "healthy " + person + " got findings " + got);
      }
    }
    System.out.println("independent stories: " + expectedFound + " expected findings of " + reported
        + " reported; missed " + misses + ", unexpected " + extras);
    assertTrue(misses.isEmpty(), "expected patterns not found: " + misses);
    assertTrue(expectedFound >= 0.9 * reported,
        "only " + expectedFound + " of " + reported + " findings are expected; unexpected: " + extras);
  }
}
