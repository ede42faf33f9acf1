package dev.rapport.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.MessageTable;
import dev.rapport.testing.SparkTestSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Threading on a small frame: one Spark run over every case (each its own person, so cases cannot meet), then one
 * assertion group per rule.
 */
class ThreadingTest {
  static final StructType SCHEMA = new StructType()
      .add(MessageTable.SCHEMA.apply("person")).add(MessageTable.SCHEMA.apply("format"))
      .add(MessageTable.SCHEMA.apply("message_id")).add(MessageTable.SCHEMA.apply("thread_hint"))
      .add(MessageTable.SCHEMA.apply("in_reply_to")).add(MessageTable.SCHEMA.apply("references"))
      .add(MessageTable.SCHEMA.apply("date")).add(MessageTable.SCHEMA.apply("from"))
      .add(MessageTable.SCHEMA.apply("to")).add(MessageTable.SCHEMA.apply("cc"))
      .add(MessageTable.SCHEMA.apply("subject"));
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  static final List<Row> ROWS = new ArrayList<>();
  static Map<String, Row> byId;

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

    List<Row> threaded = Threading.assign(SparkTestSession.get().createDataFrame(ROWS, SCHEMA), 30)
        .select("message_id", "thread_key", "reply_to", "reply_to_from", "latency_seconds").collectAsList();
    byId = new HashMap<>();
    threaded.forEach(r -> byId.put(r.getString(0), r));
    assertEquals(ROWS.size(), byId.size(), "one row per message");
  }

  static String thread(String id) {
    return byId.get(id).getString(1);
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
    assertNull(byId.get("g3").get(2), "the first message after the pause answers nothing");
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
    Row a = byId.get("a");
    assertNull(a.get(2));
    assertNull(a.get(4));
    Row b = byId.get("b");
    assertEquals("a", b.getString(2));
    assertEquals("ann@x", b.getString(3));
    assertEquals(Duration.ofHours(2).toSeconds(), b.getLong(4));
    Row c = byId.get("c");
    assertEquals("a", c.getString(2), "Bo's second message still answers Ann, not Bo");
    assertEquals(Duration.ofHours(5).toSeconds(), c.getLong(4));
    Row d = byId.get("d");
    assertEquals("c", d.getString(2));
    assertEquals("bo@x", d.getString(3));
    assertEquals(Duration.ofHours(21).toSeconds(), d.getLong(4));
  }
}
