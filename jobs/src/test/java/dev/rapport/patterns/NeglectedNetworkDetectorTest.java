package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NeglectedNetworkDetectorTest {
  private final Detector detector = new NeglectedNetworkDetector();

  @Test
  void oldTiesThatKeepWritingUnansweredAreNeglected() {
    Finding f = Check.found(Check.assess(detector, Stories.oldTies(false)), 1.0, 1.0);
    assertEquals(4, f.evidence().size());
    Check.hasEvidence(f, "ben", "2025-03-02", "");
    Check.hasEvidence(f, "dee", "2025-03-04", "");
  }

  @Test
  void answeringOldTiesIsNotNeglectEvenWhenTheyFadeLater() {
    Assessment a = Check.assess(detector, Stories.oldTies(true));
    Check.notFound(a, NeglectedNetworkDetector.COURTING_WEIGHT);
    assertEquals(NeglectedNetworkDetector.COURTING_WEIGHT, a.score(), 1e-9,
        "all four ties faded on both sides while all new threads went to new people");
  }

  @Test
  void aLongerNeglectWindowExcusesTheSilence() {
    Thresholds twoYears = Thresholds.defaults().withOverrides(Map.of("neglect_days", "730"));
    Assessment a = Check.assess(detector, Stories.oldTies(false), twoYears);
    assertFalse(a.assessable(), "an archive of 19 months cannot show two years of silence");
    assertTrue(a.notAssessableReason().contains("730 days"), a.notAssessableReason());
  }
}
