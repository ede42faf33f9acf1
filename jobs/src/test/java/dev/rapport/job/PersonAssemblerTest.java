package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.identity.Owner;
import dev.rapport.ingest.MessageTable;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Signals;
import dev.rapport.patterns.PersonData;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/** The Row ↔ PersonData seam on plain rows, as the threaded message table hands them over; no Spark session. */
class PersonAssemblerTest {
  static final Owner ANN = new Owner("ann", Set.of("ann@home.example", "ann@work.example"),
      List.of("ann@home.example", "ann@work.example"), List.of("Ann Lee"), "--me");

  /** A row of {@link PersonAssembler#MESSAGES}; parties are "address" or "address|Display Name". */
  static Row row(String id, String date, String direction, String from, List<String> to, List<String> cc,
      String text, String format, String thread, String replyTo, String... attachments) {
    Object[] v = {"ann", id, thread, date == null ? null : Timestamp.from(Instant.parse(date)), direction,
        party(from), parties(to), parties(cc), "subject of " + id, text, replyTo,
        seq(Arrays.stream(attachments).map(a -> (Object) new GenericRowWithSchema(new Object[] {a, "text/plain", 1L},
            MessageTable.ATTACHMENT)).toList()),
        format, "hash-" + id, replyTo != null};
    return new GenericRowWithSchema(v, PersonAssembler.MESSAGES);
  }

  static Row party(String p) {
    if (p == null) {
      return null;
    }
    String[] kn = p.split("\\|", 2);
    return new GenericRowWithSchema(new Object[] {kn[0], kn.length > 1 ? kn[1] : null}, MessageTable.PARTY);
  }

  static Object parties(List<String> ps) {
    return seq(ps.stream().map(p -> (Object) party(p)).toList());
  }

  /** Rows from a Dataset hold Scala sequences where the schema has arrays. */
  static Object seq(List<Object> xs) {
    return CollectionConverters.asScala(new ArrayList<>(xs)).toSeq();
  }

  static Tuple2<Row, Signals> withSignals(Row r, Signals s) {
    return new Tuple2<>(r, s);
  }

  /** Signals equal to every other empty signals but not the same object, so a test can follow where they go. */
  static Signals marked() {
    return Signals.none();
  }

  @Test
  void messagesColumnsAreTheThreadedTablesOwnTypes() {
    for (StructField f : PersonAssembler.MESSAGES.fields()) {
      if (Arrays.asList(MessageTable.SCHEMA.fieldNames()).contains(f.name())) {
        assertEquals(MessageTable.SCHEMA.apply(f.name()), f, f.name());
      }
    }
    assertEquals(List.of("person", "message_id", "thread_key", "date", "direction", "from", "to", "cc", "subject",
        "own_text", "reply_to", "attachments", "format", "text_hash", "reply"),
        Arrays.asList(PersonAssembler.MESSAGES.fieldNames()));
  }

  @Test
  void sentMessagesCountRecipientsButTheOwnerAndPointAtTheirContacts() {
    Row sent = row("m1", "2025-03-01T09:00:00Z", "sent", "ann@home.example",
        List.of("bo@acme.example|Bo Chen", "ann@work.example"), List.of("cy@acme.example|Cy Diaz"),
        "Could you refer me?", "mbox", "t1", null, "cv.pdf");
    Signals s = marked();
    PersonData d = PersonAssembler.assemble("ann", List.of(withSignals(sent, s)), List.of(), List.of(), ANN);

    PersonData.Msg m = d.messages().get(0);
    assertTrue(m.sent());
    assertEquals(2, m.recipientCount(), "the owner's second address is not a recipient");
    assertEquals(List.of("bo@acme.example", "cy@acme.example"), m.counterparts());
    assertSame(s, m.signals());
    assertEquals(List.of("cv.pdf"), m.attachmentNames());
    assertEquals("email", m.source());
    assertEquals("t1", m.threadKey());
    assertEquals("subject of m1", m.subject());
    assertEquals(Set.of("bo@acme.example", "cy@acme.example"), d.contacts().keySet());
    assertEquals(ANN.keys(), d.ownerKeys());
  }

  @Test
  void aReceivedMessagePointsAtItsSenderOnlyAndKeepsItsReplyLink() {
    Row received = row("m2", "2025-03-02T09:00:00Z", "received", "bo@acme.example|Bo Chen",
        List.of("ann@home.example", "dee@acme.example"), List.of(), "Sure, here it is.", "linkedin", "t1", "m1");
    PersonData d = PersonAssembler.assemble("ann", List.of(withSignals(received, Signals.none())), List.of(),
        List.of(), ANN);

    PersonData.Msg m = d.messages().get(0);
    assertEquals(List.of("bo@acme.example"), m.counterparts(), "a co-recipient is not who the owner deals with");
    assertEquals(1, m.recipientCount());
    assertEquals("m1", m.replyTo());
    assertTrue(m.reply());
    assertTrue(m.toOwner(), "the owner's address is among the addressees");
    assertEquals(PersonData.Scope.UNDECIDED, m.scope(), "scope is the detectors' to decide, on the whole person");
    assertEquals("linkedin", m.source());
    assertEquals(Instant.parse("2025-03-02T09:00:00Z"), d.asOf());
  }

  @Test
  void aMessageThatDoesNotNameTheOwnerIsNotAddressedToThem() {
    Row bcc = row("m3", "2025-03-02T09:00:00Z", "received", "news@shop.example",
        List.of("news@shop.example"), List.of("dee@acme.example"), "Our spring sale", "mbox", "t3", null);
    List<PersonData.SentMail> mail = List.of(new PersonData.SentMail("email", 10, 40, 100));
    PersonData d = PersonAssembler.assemble("ann", List.of(withSignals(bcc, Signals.none())), List.of(), List.of(),
        ANN, mail);

    PersonData.Msg m = d.messages().get(0);
    assertFalse(m.toOwner(), "the owner got it in Bcc or through a list");
    assertFalse(m.reply());
    assertEquals(mail, d.sentMail(), "who wrote the mailbox's mail travels with the person");
    assertEquals(mail, PersonAssembler.withCohort(d, new PersonData.CohortStats(3, 0.5, 0.2)).sentMail());
  }

  @Test
  void replySubjectsInTheLanguagesMailClientsWriteThemIn() {
    java.util.regex.Pattern re = java.util.regex.Pattern.compile(PersonAssembler.REPLY_SUBJECT);
    for (String s : List.of("Re: lunch", "RE: lunch", " re[2]: lunch", "AW: Termin", "SV: möte", "Antw: x")) {
      assertTrue(re.matcher(s).find(), s);
    }
    for (String s : List.of("Regarding lunch", "Fwd: lunch", "Resume attached", "Request: call", "lunch re: budget")) {
      assertFalse(re.matcher(s).find(), s);
    }
  }

  @Test
  void messagesAreOrderedByDateThenIdWithUndatedFirstAndLongTextsCut() {
    String longText = "x".repeat(PersonAssembler.MAX_TEXT + 10);
    List<Tuple2<Row, Signals>> rows = List.of(
        withSignals(row("b", "2025-01-02T00:00:00Z", "sent", "ann@home.example", List.of("bo@acme.example"),
            List.of(), longText, "mbox", "t", null), Signals.none()),
        withSignals(row("a", "2025-01-02T00:00:00Z", "sent", "ann@home.example", List.of("bo@acme.example"),
            List.of(), "hi", "mbox", "t", null), Signals.none()),
        withSignals(row("z", null, "received", "bo@acme.example", List.of("ann@home.example"), List.of(), "hello",
            "mbox", "u", null), Signals.none()));
    PersonData d = PersonAssembler.assemble("ann", rows, List.of(), List.of(), ANN);

    assertEquals(List.of("z", "a", "b"), d.messages().stream().map(PersonData.Msg::messageId).toList());
    assertNull(d.messages().get(0).date());
    assertEquals(PersonAssembler.MAX_TEXT, d.messages().get(2).ownText().length());
    assertEquals(Instant.parse("2025-01-02T00:00:00Z"), d.asOf());
  }

  @Test
  void linkedInRecordsBecomeConnectionsInvitationsAndAnalysedNotes() {
    Instant noteAt = Instant.parse("2025-05-01T10:00:00Z");
    Invitation withNote = new Invitation("ann", "Ann Lee", "Eve Park", noteAt, "Can you refer me?", true,
        "https://www.linkedin.com/in/ann-lee", "https://www.linkedin.com/in/eve-park");
    Invitation incoming = new Invitation("ann", "Fay Ng", "Ann Lee", Instant.parse("2025-04-01T10:00:00Z"), null,
        false, null, null);
    Connection connection = new Connection("ann", "Gil", "Ortiz", "https://www.linkedin.com/in/gil-ortiz", null,
        "Acme", "Director", LocalDate.parse("2024-01-01"));
    Signals s = marked();
    List<Serializable> linkedIn = List.of(new AnalysedNote(withNote, s), incoming, connection);
    Row sent = row("m1", "2025-03-01T09:00:00Z", "sent", "ann@home.example", List.of("bo@acme.example"), List.of(),
        "hi", "mbox", "t1", null);

    PersonData d = PersonAssembler.assemble("ann", List.of(withSignals(sent, Signals.none())), linkedIn, List.of(),
        ANN);

    assertEquals(List.of(incoming, withNote), d.invitations(), "every invitation, by date");
    assertEquals(List.of(connection), d.connections());
    assertEquals(noteAt, d.asOf(), "an invitation later than every message ends the observed period");
    assertEquals(1, d.invitationNotes().size());
    PersonData.Msg note = d.invitationNotes().get(0);
    assertEquals("linkedin-invitation", note.source());
    assertEquals(List.of("linkedin:eve-park"), note.counterparts());
    assertSame(s, note.signals());
    assertTrue(d.contacts().containsKey("linkedin:gil-ortiz"), d.contacts().keySet().toString());
    assertEquals(1, d.messages().size(), "notes are kept apart from conversations");
  }

  @Test
  void nearDuplicateGroupsAreCopiedInAStableOrder() {
    PersonData d = PersonAssembler.assemble("ann", List.of(), List.of(),
        List.of(List.of("m7", "m8"), List.of("m1", "m9")), ANN);
    assertEquals(List.of(List.of("m1", "m9"), List.of("m7", "m8")), d.nearDuplicates());
    assertEquals(Instant.EPOCH, d.asOf(), "nothing dated: the period is unknown");
    assertEquals(new PersonData.CohortStats(1, 0, 0), d.cohort());
  }

  @Test
  void withoutAnOwnerEveryPartyIsAContact() {
    Row sent = row("m1", "2025-03-01T09:00:00Z", "received", "bo@acme.example", List.of("ann@home.example"),
        List.of(), "hi", "mbox", "t1", null);
    PersonData d = PersonAssembler.assemble("ann", List.of(withSignals(sent, Signals.none())), List.of(), List.of(),
        null);
    assertEquals(Set.of("ann@home.example", "bo@acme.example"), d.contacts().keySet());
    assertEquals(Set.of(), d.ownerKeys());
  }

  @Test
  void aRowWithoutSchemaIsRefused() {
    Row bare = RowFactory.create("ann", "m1");
    assertThrows(UnsupportedOperationException.class, () -> PersonAssembler.assemble("ann",
        List.of(withSignals(bare, Signals.none())), List.of(), List.of(), ANN));
  }

  @Test
  void relationshipRowsCountMessagesEachWayPerContactInTheTablesSchema() {
    List<Tuple2<Row, Signals>> rows = List.of(
        withSignals(row("m1", "2025-03-01T09:00:00Z", "sent", "ann@home.example", List.of("bo@acme.example|Bo Chen"),
            List.of(), "Could you refer me?", "mbox", "t1", null), Signals.none()),
        withSignals(row("m2", "2025-03-02T09:00:00Z", "received", "bo@acme.example|Bo Chen",
            List.of("ann@home.example"), List.of(), "Sure.", "mbox", "t1", "m1"), Signals.none()),
        withSignals(row("m3", "2025-03-03T09:00:00Z", "sent", "ann@home.example", List.of("bo@acme.example"),
            List.of("cy@acme.example"), "Thanks!", "mbox", "t1", "m2"), Signals.none()));
    PersonData d = PersonAssembler.assemble("ann", rows, List.of(), List.of(), ANN);

    Map<String, Row> byContact = new TreeMap<>();
    for (Row r : PersonAssembler.relationships(d)) {
      assertEquals(PersonAssembler.RELATIONSHIPS.size(), r.size());
      byContact.put(r.getString(1), r);
    }
    assertEquals(Set.of("bo@acme.example", "cy@acme.example"), byContact.keySet());
    Row bo = byContact.get("bo@acme.example");
    assertEquals("ann", bo.getString(0));
    assertEquals("Bo Chen", bo.getString(2));
    assertEquals(2, bo.getInt(11), "sent to Bo");
    assertEquals(1, bo.getInt(12), "received from Bo");
    assertEquals(Timestamp.from(Instant.parse("2025-03-01T09:00:00Z")), bo.get(8));
    assertEquals(Timestamp.from(Instant.parse("2025-03-03T09:00:00Z")), bo.get(9));
    assertNull(bo.get(10), "not a LinkedIn connection");
    Row cy = byContact.get("cy@acme.example");
    assertEquals(1, cy.getInt(11));
    assertEquals(0, cy.getInt(12));
  }

  @Test
  void emptyAndWithCohortKeepThePersonAndSetTheCohort() {
    PersonData.CohortStats cohort = new PersonData.CohortStats(7, 0.5, 0.2);
    PersonData e = PersonAssembler.empty("ann", ANN, cohort);
    assertEquals(ANN.keys(), e.ownerKeys());
    assertEquals(List.of(), e.messages());
    assertEquals(cohort, e.cohort());
    PersonData d = PersonAssembler.withCohort(PersonAssembler.assemble("ann", List.of(), List.of(), List.of(), ANN),
        cohort);
    assertEquals(cohort, d.cohort());
    assertEquals("ann", d.person());
  }
}
