package dev.rapport.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --set} reaches every limit the job uses, not only the detectors: the group-mail limit that marks mail as
 * bulk before any detector sees it, and the pause that splits subject-only threads.
 */
class SetThresholdsIT {
  @TempDir
  Path tmp;

  static String message(String from, List<String> to, String date, String subject, String id, String body) {
    return "From " + from + " " + date.substring(0, 3) + " Jan  1 00:00:00 2025\n"
        + "From: " + from + "\nTo: " + String.join(", ", to) + "\nDate: " + date + "\nSubject: " + subject
        + "\nMessage-ID: <" + id + "@example.com>\n\n" + body + "\n\n";
  }

  static List<String> people(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i + "@example.org").collect(Collectors.toList());
  }

  @Test
  void raisingMaxRecipientsLetsMailToEightPeopleReachTheDetectorsAndTheGapSplitsThreads() throws Exception {
    Path person = Files.createDirectories(tmp.resolve("pat"));
    String pat = "pat@example.com";
    String mbox = message(pat, people("friend", 8), "Mon, 03 Mar 2025 09:00:00 +0000", "Introductions all round",
            "intro", "Hi all, great to meet you at the workshop. Let us keep in touch.")
        + message(pat, people("reader", 12), "Tue, 04 Mar 2025 09:00:00 +0000", "Spring update", "update",
            "Hello everyone, here is what I have been working on this spring.")
        + message(pat, List.of("bob@example.org"), "Mon, 06 Jan 2025 09:00:00 +0000", "Coffee next week?", "ask",
            "Hi Bob, would you have time for a coffee next week? Pat")
        + message("bob@example.org", List.of(pat), "Thu, 20 Feb 2025 09:00:00 +0000", "Re: Coffee next week?",
            "answer", "Sorry for the slow answer: yes, happy to.");
    Files.writeString(person.resolve("mail.mbox"), mbox, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    SparkTestSession.get();
    // full tables: the private default keeps no subject of a contact's reply, and this test reads them
    assertEquals(0, Main.run("analyze", person.toString(), "--out", out.toString(), "--me", pat,
        "--set", "max_recipients=10", "--set", "conversation_gap_days=60", "--tables", "full"));

    Map<String, Row> bySubject = new TreeMap<>();
    for (Row r : SparkTestSession.get().read().parquet(out.resolve("tables/messages").toString())
        .select(col("subject"), col("bulk"), col("bulk_reason"), col("thread_key")).collectAsList()) {
      bySubject.put(r.getString(0), r);
    }
    assertEquals(false, bySubject.get("Introductions all round").getBoolean(1), "8 others is within the raised limit");
    assertEquals("sent to 12 others", bySubject.get("Spring update").getString(2), "12 others is still group mail");
    assertEquals(bySubject.get("Coffee next week?").getString(3), bySubject.get("Re: Coffee next week?").getString(3),
        "an answer 45 days later is the same conversation when the gap is 60 days");

    JsonNode report = new ObjectMapper().readTree(out.resolve("people/pat/report.json").toFile());
    assertEquals(1, report.at("/counts/bulk_filtered").asInt(), report.get("counts").toString());
    assertEquals(2, report.at("/counts/sent").asInt(), "the introduction is person-to-person now");
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(10, run.at("/thresholds/max_recipients").asInt());
    assertEquals(10, run.at("/options/thresholds/max_recipients").asInt());
    assertEquals(60, run.at("/options/thread_window_days").asInt());
  }
}
