package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import dev.rapport.testing.SparkTestSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Direction, recipients and the bulk rules that need the owner or the cohort. */
class DirectionsTest {
  static final Party ANN = new Party("ann@x", "Ann");
  static final Party BO = new Party("bo@x", "Bo");
  static final Set<String> ANN_KEYS = Set.of("ann@x", "alee@x");

  static MailMessage mail(String person, String folder, Party from, List<Party> to, List<Party> cc, String subject,
      String bulkReason) {
    return new MailMessage(person, "src", "maildir", 1, "<m@x>", null, null, List.of(),
        Instant.parse("2001-05-14T16:39:00Z"), from, to, cc, subject, "text", "", List.of(), folder, bulkReason,
        List.of());
  }

  static Row row(MailMessage m, Map<Directions.Sender, Integer> mass, int maxRecipients) {
    return Directions.row("entry", m, ANN_KEYS, mass, maxRecipients);
  }

  static String direction(Row r) {
    return r.getString(Directions.SCHEMA.fieldIndex("direction"));
  }

  static String bulkReason(Row r) {
    return r.getString(Directions.SCHEMA.fieldIndex("bulk_reason"));
  }

  @Test
  void theOwnersMailIsSentAnAssistantsInTheSentFolderIsDelegateAndTheRestIsReceived() {
    Party assistant = new Party("rosie@x", "Rosie");
    assertEquals("sent", direction(row(mail("ann", "inbox", new Party("alee@x", ""), List.of(BO), List.of(), "Hi",
        null), Map.of(), 15)), "any of the owner's addresses, in any folder");
    assertEquals("delegate", direction(row(mail("ann", "lee-a/sent_items", assistant, List.of(BO), List.of(), "Hi",
        null), Map.of(), 15)));
    assertEquals("delegate", direction(row(mail("ann", "Sent Mail", assistant, List.of(BO), List.of(), "Hi", null),
        Map.of(), 15)), "folder names in any case");
    assertEquals("received", direction(row(mail("ann", "sentiments", assistant, List.of(ANN), List.of(), "Hi", null),
        Map.of(), 15)));
    assertEquals("received", direction(row(mail("ann", "inbox", null, List.of(ANN), List.of(), "Hi", null),
        Map.of(), 15)), "no sender");
  }

  @Test
  void othersAreTheDistinctToAndCcAddressesThatAreNotTheOwners() {
    MailMessage m = mail("ann", "inbox", BO, List.of(ANN, BO, new Party("cy@x", "")),
        List.of(new Party("alee@x", ""), new Party("bo@x", "Bo Two"), new Party("di@x", "")), "Hi", null);
    Row r = row(m, Map.of(), 2);
    assertEquals(3, r.getInt(Directions.SCHEMA.fieldIndex("others_count")), "bo, cy, di");
    assertEquals("sent to 3 others", bulkReason(r));
    assertTrue(r.getBoolean(Directions.SCHEMA.fieldIndex("bulk")));
    Row under = row(m, Map.of(), 3);
    assertNull(bulkReason(under), "three others is not more than three");
    assertFalse(under.getBoolean(Directions.SCHEMA.fieldIndex("bulk")));
  }

  @Test
  void massMailMarksReceivedCopiesOnlyAndAReasonOfTheMessagesOwnComesFirst() {
    Map<Directions.Sender, Integer> mass = Map.of(new Directions.Sender("bo@x", "party tonight"), 4);
    assertEquals("the same message from one sender in 4 people's archives",
        bulkReason(row(mail("ann", "inbox", BO, List.of(ANN), List.of(), "  Party Tonight ", null), mass, 15)),
        "the subject is matched trimmed of spaces and in any case");
    assertNull(bulkReason(row(mail("ann", "inbox", BO, List.of(ANN), List.of(), "Party tonight?", null), mass, 15)));
    Map<Directions.Sender, Integer> fromAnn = Map.of(new Directions.Sender("ann@x", "party tonight"), 4);
    assertNull(bulkReason(row(mail("ann", "sent", ANN, List.of(BO), List.of(), "Party tonight", null), fromAnn, 15)),
        "the owner's own announcement is hers, not mass mail to her");
    assertEquals("list header", bulkReason(row(mail("ann", "inbox", BO, List.of(ANN), List.of(), "Party tonight",
        "list header"), mass, 15)));
    Row r = row(mail("ann", "inbox", BO, List.of(ANN), List.of(), "Party tonight", null), mass, 15);
    assertEquals(Directions.SCHEMA.size(), r.size());
    assertEquals("ann", r.getString(Directions.SCHEMA.fieldIndex("person")));
    assertEquals("Party tonight", r.getString(Directions.SCHEMA.fieldIndex("subject")));
  }

  @Test
  void massMailCountsDistinctPeopleAndSkipsTheJobWhenTheRunHasTooFewPeople() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    List<MailMessage> kept = List.of(
        mail("ann", "inbox", BO, List.of(ANN), List.of(), "Party tonight", null),
        mail("ann", "inbox", BO, List.of(ANN), List.of(), " party tonight", null),
        mail("cy", "inbox", BO, List.of(ANN), List.of(), "Party tonight", null),
        mail("di", "inbox", BO, List.of(ANN), List.of(), "PARTY TONIGHT", null),
        mail("ed", "inbox", BO, List.of(ANN), List.of(), "Party tonight", "list header"),
        mail("ann", "inbox", ANN, List.of(BO), List.of(), "Lunch", null),
        mail("cy", "inbox", ANN, List.of(BO), List.of(), "Lunch", null),
        mail("di", "inbox", null, List.of(BO), List.of(), "Lunch", null));
    assertEquals(Map.of(new Directions.Sender("bo@x", "party tonight"), 3),
        Directions.massMail(sc.parallelize(kept, 3), 3, 5, 2),
        "ann twice is one person; ed's copy has a bulk reason of its own; lunch reached two people with a sender");
    assertEquals(Map.of(new Directions.Sender("bo@x", "party tonight"), 3,
        new Directions.Sender("ann@x", "lunch"), 2), Directions.massMail(sc.parallelize(kept, 3), 2, 5, 2));
    assertEquals(Map.of(), Directions.massMail(sc.parallelize(kept, 3).map(m -> {
      throw new IllegalStateException("no job should read the messages");
    }), 3, 2, 2), "two people cannot reach three");
  }
}
