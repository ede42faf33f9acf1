package dev.rapport.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DetectorsTest {
  @Test
  void everyPatternHasOneDetectorInPatternIdOrder() {
    assertEquals(Arrays.asList(PatternId.values()), Detectors.all().stream().map(Detector::pattern).toList());
  }

  @Test
  void aHealthyNetworkerGetsNoFindingsAtAll() {
    List<Assessment> all = Detectors.assessAll(Stories.healthy(), Thresholds.defaults());
    assertEquals(Arrays.asList(PatternId.values()), all.stream().map(Assessment::pattern).toList());
    for (Assessment a : all) {
      assertTrue(a.findingIfAny().isEmpty(), () -> a.pattern() + " reported for the healthy person: " + a.finding());
      if (a.assessable()) {
        assertTrue(a.score() < 0.35, () -> a.pattern() + " scored " + a.score() + " for the healthy person");
      }
    }
  }

  @Test
  void eachStoryShowsItsOwnPatternAndFewOthers() {
    assertReported(Stories.needOnly(false), PatternId.NEED_ONLY_CONTACT);
    assertReported(Stories.helpReceived(false), PatternId.NO_FOLLOW_UP);
    assertReported(Stories.askAfterHelp(false), PatternId.ASK_AFTER_HELP);
    assertReported(Stories.firstAsks(false), PatternId.COLD_ASK);
    assertReported(Stories.outreach(true), PatternId.GENERIC_OUTREACH);
    assertReported(Stories.pitches(false, 0.5), PatternId.SELF_PROMOTION);
    assertReported(Stories.outreachTargets(6), PatternId.STATUS_CHASING);
    assertReported(Stories.oldTies(false), PatternId.NEGLECTED_NETWORK);
    assertReported(Stories.offersAnswered(9 * 24), PatternId.SLOW_REPLY);
  }

  @Test
  void theSimilarPeopleWithoutTheHabitGetNoFindings() {
    for (PersonData p : List.of(Stories.needOnly(true), Stories.helpReceived(true), Stories.askAfterHelp(true),
        Stories.firstAsks(true), Stories.outreach(false), Stories.pitches(true, 0.5), Stories.outreachTargets(2),
        Stories.oldTies(true), Stories.offersAnswered(5))) {
      assertReported(p);
    }
  }

  @Test
  void aDetectorThatThrowsCostsOnlyItsOwnPatternWithTheReason() {
    PersonIndex person = PersonIndex.of(Stories.needOnly(false), Thresholds.defaults());
    List<Assessment> clean = Detectors.assessAll(person);
    List<Detector> detectors = Detectors.all().stream().map(d -> d.pattern() != PatternId.NEED_ONLY_CONTACT ? d
        : new Detector() {
          @Override
          public PatternId pattern() {
            return PatternId.NEED_ONLY_CONTACT;
          }

          @Override
          public Assessment assess(PersonIndex p) {
            throw new IllegalStateException("boom");
          }
        }).toList();
    List<PatternId> failed = new java.util.ArrayList<>();
    List<Assessment> isolated = Detectors.assessEach(person, detectors, (p, e) -> {
      failed.add(p);
      assertEquals("boom", e.getMessage());
    });

    assertEquals(List.of(PatternId.NEED_ONLY_CONTACT), failed);
    assertTrue(clean.get(0).findingIfAny().isPresent(), "the story shows the pattern when nothing fails");
    Assessment a = isolated.get(0);
    assertEquals(PatternId.NEED_ONLY_CONTACT, a.pattern());
    assertTrue(!a.assessable() && a.findingIfAny().isEmpty(), a.toString());
    assertEquals(Detectors.failedReason(new IllegalStateException("boom")), a.notAssessableReason());
    assertTrue(a.notAssessableReason().contains("IllegalStateException"), a.notAssessableReason());
    assertEquals(clean.subList(1, clean.size()), isolated.subList(1, isolated.size()), "the other eight patterns");
  }

  @Test
  void aDetectorThatAnswersForAnotherPatternIsIsolatedToo() {
    PersonIndex person = PersonIndex.of(Stories.healthy(), Thresholds.defaults());
    List<Detector> detectors = Detectors.all().stream().map(d -> d.pattern() != PatternId.SLOW_REPLY ? d
        : new Detector() {
          @Override
          public PatternId pattern() {
            return PatternId.SLOW_REPLY;
          }

          @Override
          public Assessment assess(PersonIndex p) {
            return Assessment.of(PatternId.COLD_ASK, 0.5, null);
          }
        }).toList();
    List<PatternId> failed = new java.util.ArrayList<>();
    List<Assessment> isolated = Detectors.assessEach(person, detectors, (p, e) -> failed.add(p));
    assertEquals(List.of(PatternId.SLOW_REPLY), failed);
    assertEquals(Arrays.asList(PatternId.values()), isolated.stream().map(Assessment::pattern).toList());
    assertTrue(!isolated.get(PatternId.values().length - 1).assessable());
  }

  private static void assertReported(PersonData data, PatternId... expected) {
    Set<PatternId> found = Detectors.assessAll(data, Thresholds.defaults()).stream()
        .filter(a -> a.findingIfAny().isPresent()).map(Assessment::pattern).collect(Collectors.toSet());
    assertEquals(Set.of(expected), found, data.person() + " findings");
  }

  @Test
  void sparseAndOddDataIsAssessedWithoutFailing() {
    var t = java.time.Instant.parse("2025-03-01T10:00:00Z");
    List<PersonData.Msg> msgs = List.of(
        new PersonData.Msg("a", null, null, true, List.of("ann"), 1, null, null, null, null, null, "email"),
        new PersonData.Msg("b", "t", t, true, List.of(), 0, null, null, null, null, null, "email"),
        new PersonData.Msg("c", "t", t, true, List.of("x1", "x2", "x3", "x4", "x5", "x6"), 6, "s", "Hi all", null,
            null, List.of(), "email"),
        new PersonData.Msg("d", "t2", t.plusSeconds(60), false, List.of("ann"), 1, "s", null, null, "missing",
            null, "linkedin"));
    PersonData odd = new PersonData("odd", Set.of(), null, msgs, null, null, null, null, null, null);
    List<Assessment> all = Detectors.assessAll(odd, Thresholds.defaults());
    assertEquals(PatternId.values().length, all.size());
    assertTrue(all.stream().allMatch(a -> a.findingIfAny().isEmpty()));
    assertEquals(List.of(), Strengths.measure(odd, Thresholds.defaults()));
    assertEquals(1, PersonMetrics.of(odd, Thresholds.defaults()).breadthPerMonth().size());
  }

  @Test
  void aScoreAtOrAboveTheReportingLineAlwaysComesWithAFinding() {
    List<PersonData> everyone = List.of(Stories.healthy(), Stories.needOnly(false), Stories.needOnly(true),
        Stories.helpReceived(false), Stories.helpReceived(true), Stories.askAfterHelp(false),
        Stories.askAfterHelp(true), Stories.firstAsks(false), Stories.firstAsks(true), Stories.outreach(true),
        Stories.outreach(false), Stories.pitches(false, 0.5), Stories.pitches(true, 0.5),
        Stories.pitches(false, 0.95), Stories.outreachTargets(6), Stories.outreachTargets(2),
        Stories.oldTies(false), Stories.oldTies(true), Stories.offersAnswered(9 * 24), Stories.offersAnswered(5));
    Thresholds t = Thresholds.defaults();
    for (PersonData p : everyone) {
      for (Assessment a : Detectors.assessAll(p, t)) {
        if (a.assessable()) {
          assertEquals(a.score() >= t.reportAt(a.pattern()), a.findingIfAny().isPresent(),
              () -> p.person() + " " + a.pattern() + " scored " + a.score());
        }
      }
    }
  }
}
