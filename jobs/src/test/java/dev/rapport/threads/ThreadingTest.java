package dev.rapport.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.SparkTestSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Threading on a small set of messages: one Spark run over every case (each its own person, so cases cannot meet), then one
 * assertion group per rule.
 */
class ThreadingTest {
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  static final List<Row> ROWS = new ArrayList<>();
  static Map<String, Threading.Link> byId;

  /** A message {@code id} of {@code person} at {@code T0 + hours}, from one address to another. */
  static void message(String person, String id, double hours, String from, String to, String subject,
      String threadHint, String inReplyTo, String... references) {
    ROWS.add(RowFactory.create(person, "mbox", id, threadHint, inReplyTo, references,
        Timestamp.from(T0.plusSeconds(Math.round(hours * 3600))), RowFactory.create(from, null),
        new Row[] {RowFactory.create(to, null)}, new Row[0], subject));
  }

  @BeforeAll
  static void threadOnce() {
    // subjects: prefixes in any case and order, several deep, are one conversation between the same two people
    message("subj", "s1", 0, "ann@x", "bo@x", "Coffee next week?", null, null);
    message("subj", "s2", 2, "bo@x", "ann@x", "Re: Coffee next week?", null, null);
    message("subj", "s3", 3, "ann@x", "bo@x", "RE: Fwd:  coffee next   week?", null, null);
    message("subj", "s4", 4, "ann@x", "bo@x", "AW: [alumni] Coffee next week?", null, null);
    message("subj", "s5", 5, "ann@x", "cy@x", "Re: Coffee next week?", null, null);
    message("subj", "s6", 6, "ann@x", "bo@x", "", null, null);
    // the window: 29 days of silence continue a conversation, 31 days start a new one
    message("gap", "g1", 0, "ann@x", "bo@x", "Referral", null, null);
    message("gap", "g2", 29 * 24, "bo@x", "ann@x", "Re: Referral", null, null);
    message("gap", "g3", 29 * 24 + 31 * 24, "ann@x", "bo@x", "Re: Referral", null, null);
    // reply headers: the first reference is the root; In-Reply-To alone takes its parent's root
    message("refs", "<r1@x>", 0, "ann@x", "bo@x", "Intro", null, null);
    message("refs", "<r2@x>", 1, "bo@x", "ann@x", "Something else entirely", null, "<r1@x>", "<r1@x>");
    message("refs", "<r3@x>", 2, "ann@x", "bo@x", "Re: Intro", null, "<r2@x>");
    message("refs", "<r4@x>", 3, "bo@x", "ann@x", "Intro", "thread-77", "<r1@x>", "<r1@x>");
    // reply links: the latest earlier message from someone else, with the time between them
    message("reply", "a", 0, "ann@x", "bo@x", "Portfolio review", null, null);
    message("reply", "b", 2, "bo@x", "ann@x", "Re: Portfolio review", null, null);
    message("reply", "c", 5, "bo@x", "ann@x", "Re: Portfolio review", null, null);
    message("reply", "d", 26, "ann@x", "bo@x", "Re: Portfolio review", null, null);

    // three input partitions, two for the grouping: links must find their way back to the messages' partitions
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    List<Tuple2<Row, Threading.Link>> threaded = Threading.assign(sc.parallelize(ROWS, 3), r -> r.getString(2),
        r -> r.getString(0), ThreadingTest::headers, 30, 2).collect();
    byId = new HashMap<>();
    threaded.forEach(m -> byId.put(m._1().getString(2), m._2()));
    assertEquals(ROWS.size(), byId.size(), "one row per message");
  }

  /** What threading reads of a test row. */
  static Threading.Headers headers(long row, Row r) {
    List<String> recipients = new ArrayList<>();
    for (int field : new int[] {8, 9}) {
      for (Row p : (Row[]) r.get(field)) {
        recipients.add(p.getString(0));
      }
    }
    return new Threading.Headers(row, r.getString(2), r.getString(1), r.getString(3), r.getString(4),
        List.of((String[]) r.get(5)), (Timestamp) r.get(6), ((Row) r.get(7)).getString(0), recipients,
        r.getString(10));
  }

  static String thread(String id) {
    return byId.get(id).threadKey();
  }

  @Test
  void reFwdAndListPrefixesAreOneThreadBetweenTheSamePeople() {
    assertTrue(thread("s1").startsWith("subject:"), thread("s1"));
    assertEquals(thread("s1"), thread("s2"));
    assertEquals(thread("s1"), thread("s3"));
    assertEquals(thread("s1"), thread("s4"));
    assertNotEquals(thread("s1"), thread("s5"), "the same subject with someone else is another conversation");
  }

  @Test
  void aMessageWithoutSubjectOrReplyHeadersIsAThreadOfItsOwn() {
    assertEquals("s6", thread("s6"));
  }

  @Test
  void thirtyDaysOfSilenceSplitASubjectThread() {
    assertEquals(thread("g1"), thread("g2"), "29 days: the same conversation");
    assertNotEquals(thread("g2"), thread("g3"), "31 days: a new one");
    assertNull(byId.get("g3").replyTo(), "the first message after the pause answers nothing");
  }

  @Test
  void referencesAndInReplyToLeadToTheRootAndAThreadHintWins() {
    assertEquals("<r1@x>", thread("<r1@x>"), "a referenced message is its own root");
    assertEquals("<r1@x>", thread("<r2@x>"), "whatever its subject says");
    assertEquals("<r1@x>", thread("<r3@x>"), "In-Reply-To alone follows the parent to its root");
    assertEquals("mbox:thread-77", thread("<r4@x>"));
  }

  @Test
  void aReplyAnswersTheLatestEarlierMessageFromSomeoneElseWithItsLatency() {
    assertEquals(thread("a"), thread("d"));
    Threading.Link a = byId.get("a");
    assertNull(a.replyTo());
    assertNull(a.latencySeconds());
    Threading.Link b = byId.get("b");
    assertEquals("a", b.replyTo());
    assertEquals("ann@x", b.replyToFrom());
    assertEquals(Duration.ofHours(2).toSeconds(), b.latencySeconds());
    Threading.Link c = byId.get("c");
    assertEquals("a", c.replyTo(), "Bo's second message still answers Ann, not Bo");
    assertEquals(Duration.ofHours(5).toSeconds(), c.latencySeconds());
    Threading.Link d = byId.get("d");
    assertEquals("c", d.replyTo());
    assertEquals("bo@x", d.replyToFrom());
    assertEquals(Duration.ofHours(21).toSeconds(), d.latencySeconds());
  }

  @Test
  void aLinkIsAppendedToTheRowInTheOrderOfItsColumns() {
    Row r = Threading.withLink(RowFactory.create("ann", 3), new Threading.Link(7, "k", "a", "bo@x", 60L));
    assertEquals(List.of("ann", 3, "k", "a", "bo@x", 60L), List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4),
        r.get(5)));
    assertEquals(6, r.size());
    assertEquals(List.of("thread_key", "reply_to", "reply_to_from", "latency_seconds"),
        List.of(Threading.LINK_COLUMNS.fieldNames()));
  }

  @Test
  void aPartitionComputedAgainInAnotherOrderGetsTheSameLinks() {
    // not persisted, and each computation delivers a partition's messages in a new order, as a shuffle read again
    // after a lost executor may: threading reads its input twice, so row numbers by position would mix links up
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    JavaRDD<Row> reordered = sc.parallelize(ROWS, 3).mapPartitions(ms -> {
      List<Row> rows = new ArrayList<>();
      ms.forEachRemaining(rows::add);
      Collections.shuffle(rows);
      return rows.iterator();
    }, true);
    Map<String, Threading.Link> again = new HashMap<>();
    Threading.assign(reordered, r -> r.getString(2), r -> r.getString(0), ThreadingTest::headers, 30, 2).collect()
        .forEach(m -> again.put(m._1().getString(2), m._2()));
    assertEquals(byId, again);
  }
}
