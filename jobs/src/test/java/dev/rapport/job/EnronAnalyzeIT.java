package dev.rapport.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.testing.Corpora;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole analyze job over the seven complete real Enron mailboxes: Kenneth Lay and Jeff Skilling (10,076 messages)
 * and five others. These are work mailboxes with some real networking in them: a counselor would accept few findings
 * here, and none citing the evidence a blind reader judged unfair ({@code enron-blind/ratings.tsv}).
 */
class EnronAnalyzeIT {
  static Path out;
  static JsonNode run;

  @BeforeAll
  static void analyzeOnce() throws Exception {
    out = Path.of("target", "test-out", "enron").toAbsolutePath();
    // full tables: the threading test reads subjects and directions the private default does not keep
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(Corpora.enronSeven().toString()),
        out.toString()).withFullTables(true)).run();
    run = RunJson.read(out.resolve("run.json"));
  }

  @Test
  void everyOneOfTheMessagesIsAccountedForExactlyOnce() {
    long read = 0;
    for (JsonNode e : run.get("inputs")) {
      long r = e.get("read").asLong();
      assertEquals(r, e.get("parsed").asLong() + e.get("skipped").asLong() + e.get("quarantined").asLong(),
          e.get("path").asText());
      String person = e.get("person").asText();
      read += person.equals("lay-k") || person.equals("skilling-j") ? r : 0;
    }
    assertEquals(10_076, read);
    assertEquals(0, run.get("ignored_files").size());
  }

  @Test
  void ownersAreLayAndSkillingNotTheirAssistants() {
    List<String> lay = strings(run.at("/people/lay-k/owner/addresses"));
    List<String> skilling = strings(run.at("/people/skilling-j/owner/addresses"));
    assertTrue(lay.containsAll(List.of("kenneth.lay@enron.com", "klay@enron.com")), lay.toString());
    assertTrue(skilling.containsAll(List.of("jeff.skilling@enron.com", "jskilli@enron.com")), skilling.toString());
    assertFalse(lay.contains("rosalee.fleming@enron.com"), "Lay's assistant is not Lay");
    assertFalse(skilling.contains("sherri.sera@enron.com"), "Skilling's assistant is not Skilling");
    assertFalse(skilling.contains("markskilling@hotmail.com"), "a namesake relative is not the owner");
  }

  @Test
  void replyThreadsAreRebuiltFromSubjectsWithoutReplyHeaders() {
    Dataset<Row> m = SparkTestSession.get().read().parquet(out.resolve("tables/messages").toString());
    // a "RE: x" message shares its thread with the message it answers, found by subject and participants
    Dataset<Row> replies = m.where(lower(col("subject")).startsWith("re:"))
        .withColumn("base", lower(regexp_replace(col("subject"), "(?i)^(re:\\s*)+", "")));
    Dataset<Row> originals = m.where(lower(col("subject")).rlike("^[^:]*$"))
        .select(col("person").as("p"), col("thread_key").as("tk"), lower(col("subject")).as("s"));
    long linked = replies.join(originals, col("person").equalTo(col("p")).and(col("thread_key").equalTo(col("tk")))
        .and(col("base").equalTo(col("s")))).count();
    assertTrue(linked >= 50, "replies threaded with their original: " + linked);
    long conversations = m.groupBy("person", "thread_key").count().where(col("count").geq(2)).count();
    assertTrue(conversations >= 200, "threads of two messages or more: " + conversations);
    // Lay and Skilling wrote only 80 of these messages themselves (assistants wrote most of `sent`), and for
    // half of those the message answered is not in the mailbox: about ten owner replies can be linked at all
    long answered = m.where(col("direction").equalTo("sent").and(col("reply_to").isNotNull())
        .and(col("latency_seconds").geq(0))).count();
    assertTrue(answered >= 8, "owner replies linked to what they answer: " + answered);
  }

  /** Peter Keavey wrote from two addresses; the one the sent folder holds is his, not an assistant's. */
  @Test
  void anOwnersSecondAddressIsFoundFromTheSentFolder() {
    List<String> keavey = strings(run.at("/people/keavey-p/owner/addresses"));
    assertTrue(keavey.containsAll(List.of("f..keavey@enron.com", "peter.keavey@enron.com")), keavey.toString());
  }

  /**
   * Issue 11's bar on real mail: at most 1.5 findings per person, and no pattern reported for more than half the
   * people (before the judgement work: 3.4 per person, no_follow_up for all seven).
   */
  @Test
  void workMailboxesGetFewFindings() {
    Map<String, Integer> perPattern = new TreeMap<>();
    int findings = 0;
    List<String> people = new ArrayList<>();
    run.get("people").fieldNames().forEachRemaining(people::add);
    for (String person : people) {
      for (JsonNode f : RunJson.read(out.resolve("people").resolve(person).resolve("report.json")).get("findings")) {
        findings++;
        perPattern.merge(f.get("pattern").asText(), 1, Integer::sum);
      }
    }
    assertEquals(7, people.size());
    assertTrue(findings <= 1.5 * people.size(), findings + " findings for 7 people: " + perPattern);
    perPattern.forEach((p, n) -> assertTrue(n <= people.size() / 2, p + " reported for " + n + " of 7 people"));
  }

  /** Every evidence item a blind reader judged unfair is a regression case: its thread is not cited again. */
  @Test
  void noEvidenceJudgedUnfairIsCitedAgain() throws Exception {
    List<String> cited = new ArrayList<>();
    int unfair = 0;
    for (String line : Files.readAllLines(Path.of("src", "test", "resources", "enron-blind", "ratings.tsv"))) {
      String[] c = line.split("\t", -1);
      if (line.startsWith("#") || c[0].equals("round") || !c[7].equals("unfair")) {
        continue;
      }
      unfair++;
      String person = c[2];
      String pattern = c[3];
      for (JsonNode f : RunJson.read(out.resolve("people").resolve(person).resolve("report.json")).get("findings")) {
        if (!f.get("pattern").asText().equals(pattern)) {
          continue;
        }
        for (JsonNode e : f.get("evidence")) {
          if (e.get("thread").asText().equals(c[4]) && e.get("date").asText().equals(c[5])) {
            cited.add(c[1] + " " + person + " " + pattern + " " + c[5] + ": " + c[8]);
          }
        }
      }
    }
    assertTrue(unfair > 0, "the ratings file holds unfair items");
    assertEquals(List.of(), cited, "evidence judged unfair is cited again");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
