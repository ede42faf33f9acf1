package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.IngestRecord.Outcome;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import dev.rapport.testing.SparkTestSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** What the dedupe stage keeps of a message filed several times, and what it skips for --since/--until. */
class DedupeTest {
  static final Instant T = Instant.parse("2001-05-14T16:39:00Z");

  static IngestRecord mail(String person, String source, long position, String folder, Instant date, String from,
      String subject, String text) {
    MailMessage m = new MailMessage(person, source, "maildir", position, "<" + source + position + "@x>", null,
        null, List.of(), date, new Party(from, null), List.of(new Party("bo@x", null)), List.of(), subject, text, "",
        List.of(), folder, null, List.of());
    return IngestRecord.parsed(person + "/" + source, m);
  }

  @Test
  void copiesDifferingOnlyInSpacesAndCaseAreOneMessage() {
    String key = Dedupe.contentKey(mail("ann", "a", 1, "inbox", T, "ann@x", "Budget", "See  the\nnumbers").message());
    assertEquals(key, Dedupe.contentKey(
        mail("ann", "b", 7, "all_documents", T, "ann@x", "  bUDGET  ", "See the numbers").message()));
    assertNotEquals(key, Dedupe.contentKey(mail("cy", "a", 1, "inbox", T, "ann@x", "Budget", "See the numbers")
        .message()), "another person's copy is theirs");
    assertNotEquals(key, Dedupe.contentKey(mail("ann", "a", 1, "inbox", T.plusSeconds(60), "ann@x", "Budget",
        "See the numbers").message()), "a minute later is another message");
    assertNotEquals(key, Dedupe.contentKey(mail("ann", "a", 1, "inbox", T, "ann@x", "Budget", "See the numbers!")
        .message()));
  }

  @Test
  void theCopyInASentFolderIsKeptElseTheFirstBySourceAndPosition() {
    IngestRecord all = mail("ann", "all_documents/1.", 1, "all_documents", T, "ann@x", "Hi", "text");
    IngestRecord sent = mail("ann", "sent_items/9.", 9, "sent_items", T, "ann@x", "Hi", "text");
    IngestRecord inbox = mail("ann", "a/2.", 2, "inbox", T, "ann@x", "Hi", "text");
    List<IngestRecord> out = Dedupe.decide(List.of(all, inbox, sent), null, null);
    assertEquals(List.of(Outcome.PARSED, Outcome.SKIPPED, Outcome.SKIPPED), out.stream().map(IngestRecord::outcome)
        .toList());
    assertEquals("sent_items/9.", out.get(0).source());
    assertEquals(List.of("a/2.", "all_documents/1."), out.subList(1, 3).stream().map(IngestRecord::source).toList());
    assertEquals(Dedupe.DUPLICATE, out.get(1).reason());
    assertNull(out.get(1).message(), "a skipped copy carries no text on");

    List<IngestRecord> noSent = Dedupe.decide(List.of(all, inbox), null, null);
    assertEquals("a/2.", noSent.get(0).source());
  }

  @Test
  void onlyTheKeptCopyIsJudgedBySinceAndUntilAndAnUndatedMessageStays() {
    IngestRecord early = mail("ann", "a", 1, "inbox", T, "ann@x", "Hi", "text");
    IngestRecord copy = mail("ann", "b", 1, "inbox", T, "ann@x", "Hi", "text");
    List<IngestRecord> out = Dedupe.decide(List.of(early, copy), T.plusSeconds(1), null);
    assertEquals(List.of(Dedupe.OUTSIDE, Dedupe.DUPLICATE), out.stream().map(IngestRecord::reason).toList());
    assertEquals(Outcome.PARSED, Dedupe.decide(List.of(early), T, T.plusSeconds(1)).get(0).outcome(),
        "since is inclusive");
    assertEquals(Dedupe.OUTSIDE, Dedupe.decide(List.of(early), null, T).get(0).reason(), "until is exclusive");
    IngestRecord undated = mail("ann", "c", 1, "inbox", null, "ann@x", "Hi", "text");
    assertEquals(Outcome.PARSED, Dedupe.decide(List.of(undated), T, T.plusSeconds(1)).get(0).outcome());
  }

  @Test
  void overACohortEveryRecordIsDecidedOnceAndCopiesMeetOnlyTheirOwnPersonsCopies() {
    List<IngestRecord> in = List.of(
        mail("ann", "inbox/1.", 1, "inbox", T, "bo@x", "Lunch", "Are you free?"),
        mail("ann", "all_documents/4.", 4, "all_documents", T, "bo@x", "lunch", "Are you  free?"),
        mail("ann", "sent/2.", 2, "sent", T, "ann@x", "Re: Lunch", "Yes"),
        mail("cy", "inbox/1.", 1, "inbox", T, "bo@x", "Lunch", "Are you free?"));
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    Map<String, String> outcome = new TreeMap<>();
    for (IngestRecord r : Dedupe.decide(sc.parallelize(in, 3), null, null, 2).collect()) {
      outcome.put(r.person() + ":" + r.source(), r.outcome() + (r.reason() == null ? "" : " " + r.reason()));
    }
    // neither copy is in a sent folder: the first by source is kept
    assertEquals(Map.of("ann:inbox/1.", "SKIPPED " + Dedupe.DUPLICATE, "ann:all_documents/4.", "PARSED",
        "ann:sent/2.", "PARSED", "cy:inbox/1.", "PARSED"), outcome);
  }
}
