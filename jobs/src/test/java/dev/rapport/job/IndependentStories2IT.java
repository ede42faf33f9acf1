package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.testing.AnswerKey;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second cohort written by someone who saw only {@code patterns.md}, the formats and the contract, never the code
 * ({@code stories-independent-2/README.md}): single-occurrence stories, LinkedIn connect-then-ask, people whose mail
 * is mostly work or family, an inbox without sent mail. Its first run, before any fix for it, found 3 of 6 expected
 * findings with 10 unexpected ones, and every healthy person got a finding; it is kept as a development set, and this
 * test holds the level reached since.
 */
class IndependentStories2IT {
  static final Path STORIES = Path.of("src", "test", "resources", "stories-independent-2").toAbsolutePath();
  static Path out;
  static AnswerKey.Score score;

  @BeforeAll
  static void analyzeOnce() throws Exception {
    out = Path.of("target", "test-out", "stories-independent-2").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(),
        AnalyzeOptions.of(List.of(STORIES.resolve("cohort").toString()), out.toString())).run();
    score = AnswerKey.read(STORIES.resolve("expected.json")).score(out);
    System.out.println("independent stories 2: " + score);
  }

  @Test
  void theWritersAnswerKeyIsMetAsFarAsReached() {
    assertTrue(score.expectedFound() >= MIN_EXPECTED_FOUND, "expected findings found: " + score);
    assertTrue(score.reported() - score.expectedFound() <= MAX_UNEXPECTED, "unexpected findings: " + score.extras());
    assertTrue(score.healthyWithFindings().size() <= MAX_HEALTHY_WITH_FINDINGS,
        "healthy people with findings: " + score.healthyWithFindings());
  }

  /** An inbox without a single sent message can show nothing about how its owner answers, thanks or reaches out. */
  @Test
  void anInboxWithoutSentMailIsNotAssessedOnReplies() {
    JsonNode r = RunJson.read(out.resolve("people/anjali_deshpande/report.json"));
    assertEquals(0, r.get("findings").size(), r.get("findings").toString());
    Set<String> notAssessable = new TreeSet<>();
    r.get("not_assessable").fieldNames().forEachRemaining(notAssessable::add);
    assertTrue(notAssessable.containsAll(Set.of("no_follow_up", "slow_reply", "ask_after_help", "neglected_network")),
        notAssessable.toString());
  }

  /**
   * The level reached: 5 of the 6 expected findings (elliot's single ask-after-help is missed), with 2 unexpected
   * findings on 2 of the 6 healthy people (keziah status_chasing, lena need_only_contact).
   */
  static final int MIN_EXPECTED_FOUND = 5;
  static final int MAX_UNEXPECTED = 2;
  static final int MAX_HEALTHY_WITH_FINDINGS = 2;
}
