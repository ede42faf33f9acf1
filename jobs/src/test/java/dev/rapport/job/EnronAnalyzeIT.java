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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole analyze job over the real Enron mailboxes of Kenneth Lay and Jeff Skilling (10,076 messages). */
class EnronAnalyzeIT {
  static Path out;
  static JsonNode run;

  @BeforeAll
  static void analyzeOnce() throws Exception {
    out = Path.of("target", "test-out", "enron").toAbsolutePath();
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(Corpora.enron().toString()), out.toString()))
        .run();
    run = RunJson.read(out.resolve("run.json"));
  }

  @Test
  void everyOneOfTheMessagesIsAccountedForExactlyOnce() {
    long read = 0;
    for (JsonNode e : run.get("inputs")) {
      long r = e.get("read").asLong();
      assertEquals(r, e.get("parsed").asLong() + e.get("skipped").asLong() + e.get("quarantined").asLong(),
          e.get("path").asText());
      read += r;
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

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
