package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.BrowserCheck;
import dev.rapport.testing.AnswerKey;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SampleRun;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class StoryCohortIT {
  static final Path SAMPLES = SampleRun.SAMPLES;
  static Path out;
  static AnswerKey key;

  @BeforeAll
  static void analyzeOnce() throws Exception {
    out = SampleRun.out();
    key = AnswerKey.read(SAMPLES.resolve("expected.json"));
  }

  @Test
  void everyExpectedPatternIsFoundAndNinetyPercentOfFindingsAreExpected() {
    AnswerKey.Score s = key.score(out);
    assertTrue(s.misses().isEmpty(), "expected patterns not found: " + s.misses());
    assertTrue(s.expectedFound() >= 0.9 * s.reported(),
        "only " + s.expectedFound() + " of " + s.reported() + " findings are expected; unexpected: " + s.extras());
    // The 90% is the bar for stories we do not have. Ours were each written to show only their own patterns, so
    // here any extra finding is a regression (a stock "I'd like to join your network" note once read as a cold ask).
    assertTrue(s.extras().isEmpty(), "unexpected findings on the project's own stories: " + s.extras());
  }

  @Test
  void healthyPeopleAndTheNewsletterMailboxGetNoFindings() {
    assertEquals(Map.of(), key.score(out).healthyWithFindings());
  }

  @Test
  void everyPersonHasAllNineScoresAndEveryRecordIsAccountedFor() {
    JsonNode run = RunJson.read(out.resolve("run.json"));
    for (JsonNode e : run.get("inputs")) {
      assertEquals(e.get("read").asLong(),
          e.get("parsed").asLong() + e.get("skipped").asLong() + e.get("quarantined").asLong(), e.toString());
    }
    for (String person : key.expected().keySet()) {
      JsonNode r = RunJson.read(out.resolve("people").resolve(person).resolve("report.json"));
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
    // the same options as the first run (SampleRun), so that run.json may be compared whole
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(SAMPLES.toString()), again.toString())
        .withFullTables(true)).run();
    assertEquals(Files.readString(out.resolve("cohort.csv")), Files.readString(again.resolve("cohort.csv")));
    for (String person : key.expected().keySet()) {
      Path rel = Path.of("people", person, "report.json");
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
    key.expected().keySet().forEach(p -> pages.add(out.resolve("people").resolve(p).resolve("report.html")));
    try (BrowserCheck b = BrowserCheck.start()) {
      for (Path page : pages.subList(0, 4)) {
        Path png = b.check(page);
        assertTrue(Files.exists(png), png.toString());
      }
    }
  }
}
