package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.language.Signals;
import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Detectors;
import dev.rapport.patterns.PatternId;
import dev.rapport.patterns.PersonData;
import dev.rapport.patterns.Thresholds;
import dev.rapport.report.ReportJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Isolation after ingest, one stage at a time and without Spark: a text whose annotation throws, a detector that
 * throws for one person, a report that cannot be built. The whole run is checked by {@code StageIsolationIT}.
 */
class StageIsolationTest {
  static final PersonData.CohortStats COHORT = new PersonData.CohortStats(1, 0, 0);

  @AfterEach
  void noFaultsLeft() {
    Faults.clear();
  }

  @Test
  void aTextWhoseAnnotationThrowsGetsNoSignalsAndAReasonWithoutItsWords() {
    Faults.language = t -> t.contains("MARKER");
    LanguageStage.Annotated a = LanguageStage.analyse(null, "Could you call me? MARKER");
    assertEquals(Signals.none(), a.signals());
    assertEquals("language failure: IllegalStateException: injected language fault", a.failure());
    assertFalse(a.failure().contains("call"), a.failure());
  }

  @Test
  void anAnalyzerThatThrowsIsIsolatedNotPropagated() {
    // no analyzer at all: the NullPointerException it causes is the text's isolated failure, not the task's
    LanguageStage.Annotated a = LanguageStage.analyse(null, "Thanks for the intro");
    assertEquals(Signals.none(), a.signals());
    assertTrue(a.failure().startsWith("language failure: NullPointerException"), a.failure());
  }

  @Test
  void blankTextsAreNotFailures() {
    Faults.language = t -> true;
    assertNull(LanguageStage.analyse(null, "  ").failure());
    assertNull(LanguageStage.analyse(null, null).failure());
  }

  @Test
  void reasonsNameTheExceptionAndMaskWhatItQuotes() {
    String r = Isolated.reason("language failure",
        new IllegalArgumentException("cannot tag 'please call me tomorrow' from ann.lee@example.com"));
    assertTrue(r.startsWith("language failure: IllegalArgumentException: cannot tag"), r);
    assertFalse(r.contains("please call me"), r);
    assertFalse(r.contains("ann.lee@example.com"), r);
  }

  @Test
  void aDetectorThatThrowsForOnePersonLeavesThatPatternNotAssessableForThemOnly() {
    ReportBuilder builder = builder();
    PersonData ann = PersonAssembler.empty("ann", null, COHORT);
    PersonData bob = PersonAssembler.empty("bob", null, COHORT);
    ReportBuilder.Built cleanAnn = builder.isolated("ann", () -> ann);
    ReportBuilder.Built cleanBob = builder.isolated("bob", () -> bob);
    assertEquals(List.of(), cleanAnn.isolated());

    Faults.detector = (person, pattern) -> person.equals("ann") && pattern == PatternId.COLD_ASK;
    ReportBuilder.Built faultAnn = builder.isolated("ann", () -> ann);
    ReportBuilder.Built faultBob = builder.isolated("bob", () -> bob);

    assertEquals(List.of(new Isolated("ann", Isolated.DETECTORS, null, null, null, "cold_ask",
        "detector failure: IllegalStateException: injected detector fault")), faultAnn.isolated());
    Assessment coldAsk = faultAnn.report().assessments().stream()
        .filter(a -> a.pattern() == PatternId.COLD_ASK).findFirst().orElseThrow();
    assertEquals(Detectors.failedReason(new IllegalStateException()), coldAsk.notAssessableReason());
    String json = ReportJson.person(faultAnn.report());
    assertTrue(json.contains("\"cold_ask\" : \"not assessed: the detector failed"), json);
    // the other patterns of the same person, and the other person, as without the fault
    for (int i = 0; i < PatternId.values().length; i++) {
      if (PatternId.values()[i] != PatternId.COLD_ASK) {
        assertEquals(cleanAnn.report().assessments().get(i), faultAnn.report().assessments().get(i));
      }
    }
    assertEquals(ReportJson.person(cleanBob.report()), ReportJson.person(faultBob.report()));
    assertEquals(List.of(), faultBob.isolated());
  }

  @Test
  void aReportThatCannotBeBuiltIsAFailedPersonWithTheReason() {
    Faults.report = "ann"::equals;
    ReportBuilder.Built ann = builder().isolated("ann", () -> PersonAssembler.empty("ann", null, COHORT));
    assertNull(ann.report());
    assertEquals(List.of(Isolated.person("ann", Isolated.REPORTS,
        "report failure: IllegalStateException: injected report fault")), ann.isolated());
    assertTrue(ann.isolated().get(0).failsPerson());
    ReportBuilder.Built bob = builder().isolated("bob", () -> PersonAssembler.empty("bob", null, COHORT));
    assertNotNull(bob.report());
  }

  @Test
  void dataThatCannotBeObtainedFailsOnlyThatPerson() {
    ReportBuilder.Built ann = builder().isolated("ann", () -> {
      throw new IllegalArgumentException("no data");
    });
    assertNull(ann.report());
    assertEquals("report failure: IllegalArgumentException: no data", ann.isolated().get(0).reason());
  }

  @Test
  void aPersonWhoseDataCannotBeAssembledIsAFailedPersonWithTheReason() {
    AnalyzeJob.Assembled fine = AnalyzeJob.assembleIsolated("bob", List.of(), List.of(), Thresholds.defaults(), null, List.of());
    assertNotNull(fine.data());
    assertNotNull(fine.baseline());
    assertNull(fine.failure());

    Faults.people = "ann"::equals;
    AnalyzeJob.Assembled ann = AnalyzeJob.assembleIsolated("ann", List.of(), List.of(), Thresholds.defaults(), null, List.of());
    assertNull(ann.data());
    assertNull(ann.baseline());
    assertEquals(Isolated.person("ann", Isolated.PEOPLE,
        "assembly failure: IllegalStateException: injected assembly fault"), ann.failure());
    assertTrue(ann.failure().failsPerson());

    // a real failure inside assembly: a message row without the fields assembly reads
    Faults.clear();
    AnalyzeJob.Assembled broken = AnalyzeJob.assembleIsolated("cy",
        List.of(new scala.Tuple2<>(org.apache.spark.sql.RowFactory.create("x"), Signals.none())), List.of(),
        Thresholds.defaults(), null, List.of());
    assertNull(broken.data());
    assertTrue(broken.failure().reason().startsWith("assembly failure: "), broken.failure().reason());
  }

  private static ReportBuilder builder() {
    return new ReportBuilder(Thresholds.defaults(), Map.of(), Map.of(), false);
  }
}
