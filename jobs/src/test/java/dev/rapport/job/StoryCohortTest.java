package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.BrowserCheck;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed story cohort of {@code data-samples/}, analysed end to end: each person's expected patterns are all
 * found, at least 90% of reported findings are expected ones, and the healthy people (and the one whose mailbox is
 * mostly bulk mail) get none. Also: reruns are byte-identical, reports show pseudonyms and the owner's own words
 * only, and the pages are safe in a real browser.
 */
class StoryCohortTest {
  static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();
  static Path out;
  static JsonNode expected;

  @BeforeAll
  static void analyzeOnce() throws Exception {
    out = Path.of("target", "test-out", "stories").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(SAMPLES.toString()), out.toString())).run();
    expected = RunJson.read(SAMPLES.resolve("expected.json")).get("people");
  }

  static Set<String> found(String person) {
    Set<String> got = new TreeSet<>();
    RunJson.read(out.resolve("people").resolve(person).resolve("report.json")).get("findings")
        .forEach(f -> got.add(f.get("pattern").asText()));
    return got;
  }

  @Test
  void everyExpectedPatternIsFoundAndNinetyPercentOfFindingsAreExpected() {
    int reported = 0;
    int expectedFound = 0;
    Map<String, String> misses = new TreeMap<>();
    Map<String, String> extras = new TreeMap<>();
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      String person = it.next();
      Set<String> want = new TreeSet<>();
      expected.get(person).get("expected").forEach(p -> want.add(p.asText()));
      Set<String> got = found(person);
      reported += got.size();
      for (String p : got) {
        if (want.contains(p)) {
          expectedFound++;
        } else {
          extras.merge(person, p, (a, b) -> a + "," + b);
        }
      }
      for (String p : want) {
        if (!got.contains(p)) {
          misses.merge(person, p, (a, b) -> a + "," + b);
        }
      }
    }
    assertTrue(misses.isEmpty(), "expected patterns not found: " + misses);
    assertTrue(expectedFound >= 0.9 * reported,
        "only " + expectedFound + " of " + reported + " findings are expected; unexpected: " + extras);
    // The 90% is the bar for stories we do not have. Ours were each written to show only their own patterns, so
    // here any extra finding is a regression (a stock "I'd like to join your network" note once read as a cold ask).
    assertTrue(extras.isEmpty(), "unexpected findings on the project's own stories: " + extras);
  }

  @Test
  void healthyPeopleAndTheNewsletterMailboxGetNoFindings() {
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      String person = it.next();
      if (expected.get(person).get("expected").isEmpty()) {
        assertEquals(Set.of(), found(person), person);
      }
    }
  }

  @Test
  void everyPersonHasAllNineScoresAndEveryRecordIsAccountedFor() {
    JsonNode run = RunJson.read(out.resolve("run.json"));
    for (JsonNode e : run.get("inputs")) {
      assertEquals(e.get("read").asLong(),
          e.get("parsed").asLong() + e.get("skipped").asLong() + e.get("quarantined").asLong(), e.toString());
    }
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      JsonNode r = RunJson.read(out.resolve("people").resolve(it.next()).resolve("report.json"));
      assertEquals(9, r.get("scores").size());
      assertTrue(r.get("counts").get("messages").asLong() > 0);
    }
  }

  @Test
  void aContactSeenByEmailAndOnLinkedInIsOneContactWithBothSources() {
    List<Row> both = SparkTestSession.get().read().parquet(out.resolve("tables/relationships").toString())
        .where("array_contains(sources, 'email') and exists(sources, s -> s like 'linkedin%')").collectAsList();
    assertFalse(both.isEmpty(), "no contact joined across email and LinkedIn");
  }

  @Test
  void reportsShowPseudonymsAndOnlyTheOwnersOwnWords() throws Exception {
    List<Row> contacts = SparkTestSession.get().read().parquet(out.resolve("tables/relationships").toString())
        .select("display_name", "aliases").collectAsList();
    List<Row> sent = SparkTestSession.get().read().parquet(out.resolve("tables/messages").toString())
        .where("direction = 'sent'").select("own_text").collectAsList();
    List<Row> notes = SparkTestSession.get().read().parquet(out.resolve("tables/invitations").toString())
        .where("outgoing and message is not null").select("message").collectAsList();
    List<String> ownTexts = Stream.concat(sent.stream(), notes.stream())
        .map(r -> r.getString(0).replaceAll("\\s+", " ")).toList();
    try (Stream<Path> files = Files.walk(out.resolve("people"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".html")).toList()) {
        String text = Files.readString(f);
        for (Row c : contacts) {
          for (String alias : c.<String>getList(1)) {
            if (alias.contains("@")) {
              assertFalse(text.contains(alias), f + " shows a contact's address " + alias);
            }
          }
        }
        if (f.toString().endsWith(".json")) {
          for (JsonNode finding : RunJson.read(f).get("findings")) {
            for (JsonNode e : finding.get("evidence")) {
              String excerpt = e.get("excerpt").asText().replace("…", "").replaceAll("\\s+", " ").strip();
              if (!excerpt.isEmpty()) {
                String probe = excerpt.substring(0, Math.min(40, excerpt.length()));
                assertTrue(ownTexts.stream().anyMatch(t -> t.contains(probe)),
                    f + ": excerpt is not the owner's own words: " + excerpt);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void aRerunProducesIdenticalReportJsonCohortCsvAndRunJson() throws Exception {
    Path again = Path.of("target", "test-out", "stories-again").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(SAMPLES.toString()), again.toString())).run();
    assertEquals(Files.readString(out.resolve("cohort.csv")), Files.readString(again.resolve("cohort.csv")));
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      Path rel = Path.of("people", it.next(), "report.json");
      assertEquals(Files.readString(out.resolve(rel)), Files.readString(again.resolve(rel)), rel.toString());
    }
    var first = (com.fasterxml.jackson.databind.node.ObjectNode) RunJson.read(out.resolve("run.json"));
    var second = (com.fasterxml.jackson.databind.node.ObjectNode) RunJson.read(again.resolve("run.json"));
    first.remove("stages");
    second.remove("stages");
    ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("options")).remove("out");
    ((com.fasterxml.jackson.databind.node.ObjectNode) second.get("options")).remove("out");
    assertEquals(first, second);
  }

  @Test
  void pipelinePagesRunNoScriptFetchNothingAndLogNoErrorInChromium() {
    BrowserCheck.assumeAvailable();
    List<Path> pages = new ArrayList<>();
    pages.add(out.resolve("index.html"));
    expected.fieldNames().forEachRemaining(p -> pages.add(out.resolve("people").resolve(p).resolve("report.html")));
    try (BrowserCheck b = BrowserCheck.start()) {
      for (Path page : pages.subList(0, 4)) {
        Path png = b.check(page);
        assertTrue(Files.exists(png), png.toString());
      }
    }
  }
}
