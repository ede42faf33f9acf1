package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.identity.Contact;
import dev.rapport.ingest.MessageTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class PrivateTablesTest {
  /** The threaded message table's schema, as AnalyzeJob writes it. */
  static final StructType THREADED = MessageTable.SCHEMA
      .add("direction", DataTypes.StringType).add("others_count", DataTypes.IntegerType)
      .add("bulk", DataTypes.BooleanType).add("thread_key", DataTypes.StringType)
      .add("reply_to", DataTypes.StringType).add("reply_to_from", DataTypes.StringType)
      .add("latency_seconds", DataTypes.LongType);

  static final Contact ANN = new Contact("linkedin:ann-lee", "Ann Lee", List.of("ann@corp.example", "linkedin:ann-lee"),
      List.of("email"), "Director of Sales", "Corp", Instant.parse("2024-02-01T00:00:00Z"), null, null);
  static final Contact BOB = new Contact("bob@corp.example", "Bob Roe", List.of("bob@corp.example"), List.of("email"),
      null, null, Instant.parse("2024-01-01T00:00:00Z"), null, null);
  static final Map<String, Contact> CONTACTS = Map.of(ANN.key(), ANN, BOB.key(), BOB);

  static Map<String, String> labels(boolean realNames) {
    return PrivateTables.labels(CONTACTS, List.of("linkedin:ann-lee"),
        List.of("me@home.example", "ann@corp.example", "bob@corp.example", "news@list.example"),
        Set.of("me@home.example"), realNames);
  }

  static Row row(String direction, String from, String to, String subject, String inReplyTo) {
    Object[] v = new Object[THREADED.size()];
    put(v, "person", "pat");
    put(v, "entry", "pat/mail.mbox");
    put(v, "source", "pat/mail.mbox");
    put(v, "format", "mbox");
    put(v, "position", 0L);
    put(v, "message_id", "<1@corp.example>");
    put(v, "in_reply_to", inReplyTo);
    put(v, "references", seq());
    put(v, "date", Timestamp.from(Instant.parse("2024-03-01T00:00:00Z")));
    put(v, "from", RowFactory.create(from, "A Name"));
    put(v, "to", seq(RowFactory.create(to, "Another Name")));
    put(v, "cc", seq());
    put(v, "subject", subject);
    put(v, "own_text", "own words");
    put(v, "quoted_text", "> their words");
    put(v, "signature", "-- sig");
    put(v, "body", "own words\n> their words");
    put(v, "labels", seq());
    put(v, "folder", "INBOX");
    put(v, "attachments", seq(RowFactory.create("cv-of-ann.pdf", "application/pdf", 10L)));
    put(v, "ingest_notes", seq());
    put(v, "direction", direction);
    put(v, "others_count", 1);
    put(v, "bulk", false);
    put(v, "thread_key", "<1@corp.example>");
    put(v, "reply_to_from", to);
    return new GenericRowWithSchema(v, THREADED);
  }

  /** Arrays as Spark's rows hold them. */
  @SafeVarargs
  static <T> scala.collection.immutable.Seq<T> seq(T... xs) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(xs)).toList();
  }

  static void put(Object[] v, String field, Object x) {
    v[THREADED.fieldIndex(field)] = x;
  }

  static Object get(Row r, String field) {
    return r.get(THREADED.fieldIndex(field));
  }

  @Test
  void contactsTakeTheReportsLabelsFirstThenAStableOrderAndTheOwnerIsOwner() {
    Map<String, String> l = labels(false);
    assertEquals("Contact 1 · director", l.get("linkedin:ann-lee"));
    assertEquals("Contact 1 · director", l.get("ann@corp.example"), "an alias has its contact's label");
    assertEquals("Contact 2", l.get("bob@corp.example"));
    assertEquals("Contact 3", l.get("news@list.example"), "a party outside the contacts is numbered after them");
    assertEquals(PrivateTables.OWNER, l.get("me@home.example"));
    assertEquals(l, labels(false), "stable");
  }

  @Test
  void realNamesShowContactsNamesButNeverAnAddress() {
    Map<String, String> l = labels(true);
    assertEquals("Ann Lee", l.get("ann@corp.example"));
    assertEquals("Bob Roe", l.get("bob@corp.example"));
    assertEquals("Contact 3", l.get("news@list.example"));
  }

  @Test
  void aReceivedMessageKeepsNoTextNoAddressNoId() {
    Row r = PrivateTables.message(row("received", "ann@corp.example", "me@home.example", "Hello", null), THREADED,
        labels(false));
    assertEquals("Contact 1 · director", get(r, "from"));
    assertArrayEquals(new String[] {"owner"}, (String[]) get(r, "to"));
    for (String text : List.of("subject", "own_text", "quoted_text", "signature", "body")) {
      assertNull(get(r, text), text);
    }
    assertEquals(PrivateTables.hash("<1@corp.example>"), get(r, "message_id"));
    assertEquals(get(r, "message_id"), get(r, "thread_key"), "hashed ids still join");
    assertNull(((Row) ((Object[]) get(r, "attachments"))[0]).get(0), "a contact's file name is their text");
    assertEquals(10L, ((Row) ((Object[]) get(r, "attachments"))[0]).get(2));
    assertEquals("owner", get(r, "reply_to_from"));
  }

  @Test
  void aSentMessageKeepsTheOwnersWordsButNotTheQuoteNorARepliedSubject() {
    Row reply = PrivateTables.message(row("sent", "me@home.example", "bob@corp.example", "Re: Hello", "<0@x>"),
        THREADED, labels(false));
    assertEquals("own words", get(reply, "own_text"));
    assertEquals("-- sig", get(reply, "signature"));
    assertNull(get(reply, "body"));
    assertNull(get(reply, "quoted_text"));
    assertNull(get(reply, "subject"), "a reply's subject repeats the contact's");
    assertEquals("Contact 2", get(reply, "reply_to_from"));
    Row first = PrivateTables.message(row("sent", "me@home.example", "bob@corp.example", "Coffee?", null),
        THREADED, labels(false));
    assertEquals("Coffee?", get(first, "subject"));
    assertEquals("cv-of-ann.pdf", ((Row) ((Object[]) get(first, "attachments"))[0]).get(0));
  }

  @Test
  void aColumnWithoutARuleFailsTheRun() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PrivateTables.messageSchema(THREADED.add("raw_headers", DataTypes.StringType)));
    assertTrue(e.getMessage().contains("'raw_headers' has no privacy rule"), e.getMessage());
    assertEquals(THREADED.size(), PrivateTables.messageSchema(THREADED).size());
  }
}
