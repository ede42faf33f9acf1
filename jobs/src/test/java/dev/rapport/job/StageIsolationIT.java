package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.patterns.PatternId;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SampleRun;
import dev.rapport.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a record or person that makes a stage after ingest throw costs only itself. {@code data-samples/} is
 * analysed with a fault injected in every stage but assembly ({@link Faults}): the annotation of one received text
 * (devon) and of one invitation note (morgan), one detector for one person (casey's ask_after_help), the building of
 * one report (jordan) and the rendering of another (riley). The run must complete, account for every fault in
 * run.json and quarantine/, and write everyone else's report byte for byte as the run without faults does (the one
 * {@link SampleRun} shares with the other end-to-end tests, with the same options). A person whose data cannot be
 * assembled drops out of the cohort medians the others are compared with, so that fault is checked alone, by
 * {@code StageIsolationTest}.
 */
class StageIsolationIT {
  static final Path FAULTY = Path.of("target", "test-out", "isolation-faulty").toAbsolutePath();
  static final String RECEIVED = "your project on remote onboarding";
  static final String NOTE = "Please refer me for any investment analyst opening at Copperleaf Insurance";
  static final Set<String> TOUCHED = Set.of("devon-cold-ask", "morgan-cold-status", "casey-ask-after-help",
      "jordan-slow-reply", "riley-healthy");
  static Path clean;
  static List<String> cleanPeople;
  static AnalyzeJob.Result faulty;
  static JsonNode cleanRun;
  static JsonNode faultyRun;

  @BeforeAll
  static void analyzeWithAndWithoutFaults() throws Exception {
    HostileCohortIT.deleteTree(FAULTY);
    clean = SampleRun.out();
    try (Stream<Path> s = Files.list(clean.resolve("people"))) {
      cleanPeople = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    try {
      Faults.language = t -> t.contains(RECEIVED) || t.startsWith(NOTE);
      Faults.detector = (person, p) -> person.equals("casey-ask-after-help") && p == PatternId.ASK_AFTER_HELP;
      Faults.report = "jordan-slow-reply"::equals;
      Faults.render = "riley-healthy"::equals;
      // SampleRun's options: full tables
      faulty = new AnalyzeJob(SparkTestSession.get(),
          AnalyzeOptions.of(List.of(SampleRun.SAMPLES.toString()), FAULTY.toString()).withFullTables(true)).run();
    } finally {
      Faults.clear();
    }
    cleanRun = RunJson.read(clean.resolve("run.json"));
    faultyRun = RunJson.read(FAULTY.resolve("run.json"));
  }

  @AfterAll
  static void noFaultsLeft() {
    Faults.clear();
  }

  @Test
  void everyoneElsesReportIsWrittenByteForByteAsWithoutTheFaults() throws IOException {
    List<String> others = new ArrayList<>(cleanPeople);
    others.removeAll(TOUCHED);
    assertEquals(9, others.size(), others.toString());
    for (String person : others) {
      for (String file : List.of("report.json", "report.html")) {
        Path p = Path.of("people", person, file);
        assertEquals(Files.readString(clean.resolve(p)), Files.readString(FAULTY.resolve(p)), p.toString());
      }
    }
    List<String> cleanRows = Files.readAllLines(clean.resolve("cohort.csv"));
    List<String> faultyRows = Files.readAllLines(FAULTY.resolve("cohort.csv"));
    assertEquals(cleanRows.get(0), faultyRows.get(0));
    for (String row : cleanRows) {
      String person = row.substring(0, row.indexOf(','));
      if (others.contains(person)) {
        assertTrue(faultyRows.contains(row), person + "'s cohort row changed: " + row);
      }
    }
    // the inputs are read and accounted for exactly as without the faults
    assertEquals(cleanRun.get("inputs"), faultyRun.get("inputs"));
  }

  @Test
  void peopleWhoseReportFailedGetNoneAndAreListedWithTheReason() throws IOException {
    assertEquals(Map.of(
        "jordan-slow-reply", "report failure: IllegalStateException: injected report fault",
        "riley-healthy", "report failure: IllegalStateException: injected render fault"), faulty.failed());
    assertEquals(14, cleanPeople.size());
    assertEquals(cleanPeople.size() - 2, faulty.people().size());
    for (String person : faulty.failed().keySet()) {
      assertFalse(Files.exists(FAULTY.resolve("people").resolve(person)), person);
      assertFalse(faulty.people().contains(person), person);
      assertTrue(Files.readAllLines(FAULTY.resolve("cohort.csv")).stream().noneMatch(r -> r.startsWith(person + ",")),
          person + " has a cohort row");
      JsonNode failed = faultyRun.get("people").get(person).get("failed");
      assertEquals(faulty.failed().get(person), failed.get("reason").asText());
    }
    JsonNode list = faultyRun.get("failed_people");
    assertEquals(2, list.size());
    assertEquals("jordan-slow-reply", list.get(0).get("person").asText());
    assertEquals("reports", list.get(0).get("stage").asText());
    assertEquals("riley-healthy", list.get(1).get("person").asText());
    assertEquals(0, cleanRun.get("failed_people").size());
  }

  @Test
  void aDetectorThatFailedLeavesOnlyItsPatternNotAssessable() {
    JsonNode before = RunJson.read(clean.resolve("people/casey-ask-after-help/report.json"));
    JsonNode after = RunJson.read(FAULTY.resolve("people/casey-ask-after-help/report.json"));
    assertTrue(before.get("scores").get("ask_after_help").isNumber(), before.get("scores").toString());
    assertTrue(after.get("scores").get("ask_after_help").isNull(), after.get("scores").toString());
    assertTrue(after.get("not_assessable").get("ask_after_help").asText()
        .startsWith("not assessed: the detector failed on this person's data (IllegalStateException)"));
    before.get("scores").fieldNames().forEachRemaining(p -> {
      if (!p.equals("ask_after_help")) {
        assertEquals(before.get("scores").get(p), after.get("scores").get(p), p);
      }
    });
    assertEquals("detector failure: IllegalStateException: injected detector fault",
        faultyRun.get("people").get("casey-ask-after-help").get("detectors_failed").get("ask_after_help").asText());
  }

  @Test
  void runJsonCountsWhatEachStageIsolated() {
    JsonNode isolated = faultyRun.get("isolated");
    assertEquals(Set.of("language", "people", "detectors", "reports"), Set.copyOf(names(isolated)));
    // devon's received message, and morgan's invitation note
    assertEquals(2, isolated.get("language").get("count").asLong(), isolated.toString());
    assertEquals(2, isolated.get("language").get("reasons")
        .get("language failure: IllegalStateException: injected language fault").asLong());
    assertEquals(0, isolated.get("people").get("count").asLong());
    assertEquals(1, isolated.get("detectors").get("count").asLong());
    assertEquals(2, isolated.get("reports").get("count").asLong());
    for (String stage : names(isolated)) {
      assertEquals(0, cleanRun.get("isolated").get(stage).get("count").asLong(), stage);
    }
  }

  @Test
  void quarantineNamesEachIsolatedRecordBySourceAndPositionWithoutItsWords() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    String all;
    try (Stream<Path> q = Files.list(FAULTY.resolve("quarantine"))) {
      StringBuilder b = new StringBuilder();
      for (Path f : q.filter(f -> f.toString().endsWith(".json")).toList()) {
        b.append(Files.readString(f));
      }
      all = b.toString();
    }
    for (String line : all.split("\n")) {
      if (!line.isBlank()) {
        lines.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
      }
    }
    assertFalse(all.contains("remote onboarding"), all);
    assertFalse(all.contains("Copperleaf"), all);
    List<JsonNode> language = lines.stream().filter(l -> "language".equals(l.path("stage").asText())).toList();
    assertEquals(2, language.size(), all);
    JsonNode devon = language.stream().filter(l -> l.get("person").asText().equals("devon-cold-ask")).findFirst()
        .orElseThrow();
    assertTrue(devon.get("source").asText().endsWith("Inbox"), devon.toString());
    assertTrue(devon.get("entry").asText().endsWith("Inbox"), devon.toString());
    assertTrue(devon.get("position").isIntegralNumber(), devon.toString()); // the message starts the file: 0
    JsonNode morgan = language.stream().filter(l -> l.get("person").asText().equals("morgan-cold-status"))
        .findFirst().orElseThrow();
    assertTrue(morgan.get("source").asText().endsWith(".zip!/Invitations.csv"), morgan.toString());
    assertTrue(morgan.get("entry").asText().endsWith(".zip"), morgan.toString());
    JsonNode detector = lines.stream().filter(l -> "detectors".equals(l.path("stage").asText())).findFirst()
        .orElseThrow();
    assertEquals("casey-ask-after-help", detector.get("person").asText());
    assertEquals("ask_after_help", detector.get("pattern").asText());
    assertEquals(2, lines.stream().filter(l -> Set.of("people", "reports").contains(l.path("stage").asText()))
        .count(), all);
    // ingest's own quarantined records keep their place, now with their stage
    assertTrue(lines.stream().allMatch(l -> l.has("stage")), all);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
