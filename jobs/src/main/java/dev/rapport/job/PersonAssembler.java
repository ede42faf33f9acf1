package dev.rapport.job;

import dev.rapport.identity.Contact;
import dev.rapport.identity.ContactResolver;
import dev.rapport.identity.Observation;
import dev.rapport.identity.Owner;
import dev.rapport.identity.Resolution;
import dev.rapport.ingest.MessageTable;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Signals;
import dev.rapport.patterns.NearDuplicates;
import dev.rapport.patterns.PersonData;
import dev.rapport.patterns.Thresholds;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The one seam between the job's rows and {@link PersonData}, both ways: rows of the threaded message table, with
 * their language signals and the person's LinkedIn records, become one {@code PersonData} ({@link #assemble}); a
 * {@code PersonData} becomes the rows of the {@code relationships} table ({@link #relationships}).
 *
 * <pre>{@code
 * Dataset<Row> rows = p2p.select(PersonAssembler.columns());   // then keyed by person, with signals
 * PersonData d = PersonAssembler.assemble("ann", rowsWithSignals, linkedInRecords,
 *     PersonAssembler.nearDuplicates(rowsWithSignals, thresholds), owner);
 * }</pre>
 *
 * <p>Pure functions of plain {@link Row}s: runs on executors, and is tested without Spark. Rows are read by field
 * name, so they must carry a schema (as every row of a {@code Dataset} does); a {@link RowFactory} row does not.
 */
final class PersonAssembler {
  private PersonAssembler() {}

  /** Detectors quote excerpts; the rest of a long text is not needed past the language stage. */
  static final int MAX_TEXT = 4000;

  /**
   * The columns {@link #assemble} reads, in the order they are selected: the threaded message table's
   * ({@link MessageTable#SCHEMA} plus {@code thread_key}, {@code direction}, {@code reply_to}) and the language
   * stage's {@code text_hash}.
   */
  static final StructType MESSAGES = new StructType(new StructField[] {
      table("person"), table("message_id"), added("thread_key", false), table("date"), added("direction", false),
      table("from"), table("to"), table("cc"), table("subject"), table("own_text"), added("reply_to", true),
      table("attachments"), table("format"), added("text_hash", true),
      DataTypes.createStructField("reply", DataTypes.BooleanType, false)});


  /** The {@code relationships} table: one row per resolved contact of each person. */
  static final StructType RELATIONSHIPS = new StructType()
      .add("person", DataTypes.StringType).add("contact", DataTypes.StringType)
      .add("display_name", DataTypes.StringType).add("aliases", DataTypes.createArrayType(DataTypes.StringType))
      .add("sources", DataTypes.createArrayType(DataTypes.StringType)).add("title", DataTypes.StringType)
      .add("company", DataTypes.StringType).add("seniority", DataTypes.StringType)
      .add("first_exchange", DataTypes.TimestampType).add("last_exchange", DataTypes.TimestampType)
      .add("connected_on", DataTypes.DateType)
      .add("sent", DataTypes.IntegerType).add("received", DataTypes.IntegerType);

  /** {@link #MESSAGES}'s columns, for {@code Dataset.select}. */
  static Column[] columns() {
    return Arrays.stream(MESSAGES.fieldNames())
        .map(f -> "reply".equals(f) ? saysReply().as("reply") : functions.col(f))
        .toArray(Column[]::new);
  }

  /**
   * The message says it answers something: {@code In-Reply-To} or {@code References}, quoted text, or a {@code Re:}
   * subject. What it answers may be missing from the archive; it is still no first message.
   */
  static Column saysReply() {
    return functions.col("in_reply_to").isNotNull()
        .or(functions.size(functions.col("references")).gt(0))
        .or(functions.col("quoted_text").notEqual(""))
        .or(functions.col("subject").rlike(REPLY_SUBJECT));
  }

  /** {@code Re:} and its translations, as mail clients prefix a reply's subject, with an optional {@code [2]}. */
  static final String REPLY_SUBJECT = "(?i)^\\s*(re|aw|sv|vs|antw|odp|r|ynt)\\s*(\\[\\d+\\])?\\s*:";

  /**
   * Per person, how much of each source's mail the owner wrote, sent on the owner's behalf, or received: over every
   * kept message but bulk (an assistant's mail counts whatever it is). A small aggregate, one row per person and
   * source.
   */
  static Map<String, List<PersonData.SentMail>> sentMail(Dataset<Row> directed) {
    Column source = functions.when(functions.col("format").equalTo("linkedin"), "linkedin").otherwise("email");
    Column notBulk = functions.col("bulk").equalTo(false);
    Map<String, List<PersonData.SentMail>> out = new TreeMap<>();
    for (Row r : directed.groupBy(functions.col("person"), source.as("source")).agg(
            functions.sum(functions.when(functions.col("direction").equalTo("sent").and(notBulk), 1).otherwise(0)),
            functions.sum(functions.when(functions.col("direction").equalTo("delegate"), 1).otherwise(0)),
            functions.sum(functions.when(functions.col("direction").equalTo("received").and(notBulk), 1)
                .otherwise(0)))
        .collectAsList()) {
      out.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(new PersonData.SentMail(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(PersonData.SentMail::source)));
    return out;
  }

  private static StructField table(String name) {
    return MessageTable.SCHEMA.apply(name);
  }

  private static StructField added(String name, boolean nullable) {
    return DataTypes.createStructField(name, DataTypes.StringType, nullable);
  }

  /**
   * The person's groups of near-duplicate sent texts ({@link NearDuplicates}), from the same rows {@link #assemble}
   * reads.
   */
  static List<List<String>> nearDuplicates(Iterable<Tuple2<Row, Signals>> messages, Thresholds t) {
    List<NearDuplicates.Sent> sent = new ArrayList<>();
    for (Tuple2<Row, Signals> x : messages) {
      Row r = x._1();
      if ("sent".equals(r.getString(r.fieldIndex("direction")))) {
        sent.add(new NearDuplicates.Sent(r.getString(r.fieldIndex("message_id")),
            r.getString(r.fieldIndex("own_text"))));
      }
    }
    return NearDuplicates.groups(sent, t.nearDuplicateHashes(), t.nearDuplicateBands(), t.nearDuplicateMinJaccard(),
        t.templateMinWords());
  }

  /**
   * One person's data, ready for the detectors but for the cohort figures ({@link #withCohort}).
   *
   * @param messages       person-to-person rows with {@link #MESSAGES}'s fields, each with its signals; any order
   * @param linkedIn       the person's {@link Connection}s, {@link Invitation}s and {@link AnalysedNote}s; other
   *                       records are ignored
   * @param nearDuplicates groups of the person's sent message ids with near-duplicate texts
   * @param owner          the person's owner; null when none was found (then every party is a contact)
   */
  static PersonData assemble(String person, Iterable<Tuple2<Row, Signals>> messages, Iterable<Serializable> linkedIn,
      Iterable<List<String>> nearDuplicates, Owner owner) {
    return assemble(person, messages, linkedIn, nearDuplicates, owner, List.of());
  }

  /**
   * @param sentMail per source, how much mail the owner wrote, sent through an assistant, or received
   *                 ({@link #sentMail}); empty when not known, then the messages are taken as all there is
   */
  static PersonData assemble(String person, Iterable<Tuple2<Row, Signals>> messages, Iterable<Serializable> linkedIn,
      Iterable<List<String>> nearDuplicates, Owner owner, List<PersonData.SentMail> sentMail) {
    Set<String> ownerKeys = owner == null ? Set.of() : owner.keys();
    List<Connection> connections = new ArrayList<>();
    List<Invitation> invitations = new ArrayList<>();
    List<AnalysedNote> notes = new ArrayList<>();
    for (Serializable s : linkedIn) {
      if (s instanceof Connection c) {
        connections.add(c);
      } else if (s instanceof Invitation i) {
        invitations.add(i);
      } else if (s instanceof AnalysedNote n) {
        invitations.add(n.invitation());
        notes.add(n);
      }
    }
    invitations.sort(Comparator.comparing(Invitation::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Invitation::to, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Observation> observations = new ArrayList<>();
    List<Tuple2<Row, Signals>> all = new ArrayList<>();
    for (Tuple2<Row, Signals> x : messages) {
      all.add(x);
      Row r = x._1();
      String source = Observation.sourceOf(r.getString(r.fieldIndex("format")));
      Instant when = date(r);
      observe(observations, r.getStruct(r.fieldIndex("from")), source, when);
      for (Row p : recipients(r)) {
        observe(observations, p, source, when);
      }
    }
    invitations.forEach(i -> Observation.ofInvitation(i).ifPresent(observations::add));
    Resolution resolution = ContactResolver.resolve(ownerKeys, observations, connections);

    all.sort(Comparator.comparing((Tuple2<Row, Signals> x) -> {
      Instant d = date(x._1());
      return d == null ? Instant.EPOCH : d;
    }).thenComparing(x -> x._1().getString(x._1().fieldIndex("message_id"))));
    List<PersonData.Msg> msgs = new ArrayList<>();
    Instant last = null;
    for (Tuple2<Row, Signals> x : all) {
      PersonData.Msg m = message(x._1(), x._2(), ownerKeys, resolution);
      if (m.date() != null && (last == null || m.date().isAfter(last))) {
        last = m.date();
      }
      msgs.add(m);
    }
    for (Invitation i : invitations) {
      if (i.sentAt() != null && (last == null || i.sentAt().isAfter(last))) {
        last = i.sentAt();
      }
    }
    List<PersonData.Msg> noteMsgs = new ArrayList<>();
    for (AnalysedNote n : notes) {
      PersonData.Msg m = n.asMessage(ownerKeys, resolution);
      if (m != null) {
        noteMsgs.add(m);
      }
    }
    noteMsgs.sort(Comparator.comparing(PersonData.Msg::date).thenComparing(PersonData.Msg::messageId));
    Map<String, Contact> contacts = new TreeMap<>();
    resolution.contacts().forEach(c -> contacts.put(c.key(), c));
    List<List<String>> dups = new ArrayList<>();
    nearDuplicates.forEach(g -> dups.add(List.copyOf(g)));
    dups.sort(Comparator.comparing(g -> String.join(",", g)));
    return new PersonData(person, ownerKeys, last == null ? Instant.EPOCH : last, msgs, contacts, connections,
        invitations, noteMsgs, dups, new PersonData.CohortStats(1, 0, 0), sentMail);
  }

  /**
   * One row as a message. Counterparts are resolved contacts: the recipients of a sent message, the sender of a
   * received one; the recipient count leaves the owner out either way.
   */
  private static PersonData.Msg message(Row r, Signals signals, Set<String> ownerKeys, Resolution resolution) {
    boolean sent = "sent".equals(r.getString(r.fieldIndex("direction")));
    Set<String> counterparts = new LinkedHashSet<>();
    int recipientCount = 0;
    boolean toOwner = sent;
    for (Row p : recipients(r)) {
      String key = p.getString(0);
      if (ownerKeys.contains(key)) {
        toOwner = true;
      } else {
        recipientCount++;
        String c = sent ? resolution.contactKeyOf(key) : null;
        if (c != null) {
          counterparts.add(c);
        }
      }
    }
    if (!sent) {
      Row from = r.getStruct(r.fieldIndex("from"));
      String c = from == null ? null : resolution.contactKeyOf(from.getString(0));
      if (c != null) {
        counterparts.add(c);
      }
    }
    String text = r.getString(r.fieldIndex("own_text"));
    List<String> attachmentNames = new ArrayList<>();
    for (Row a : r.<Row>getList(r.fieldIndex("attachments"))) {
      attachmentNames.add(a.getString(0));
    }
    return new PersonData.Msg(r.getString(r.fieldIndex("message_id")), r.getString(r.fieldIndex("thread_key")),
        date(r), sent, List.copyOf(counterparts), recipientCount, r.getString(r.fieldIndex("subject")),
        text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, signals,
        r.isNullAt(r.fieldIndex("reply_to")) ? null : r.getString(r.fieldIndex("reply_to")), attachmentNames,
        "linkedin".equals(r.getString(r.fieldIndex("format"))) ? "linkedin" : "email",
        r.getBoolean(r.fieldIndex("reply")), toOwner, PersonData.Scope.UNDECIDED);
  }

  private static Instant date(Row r) {
    int i = r.fieldIndex("date");
    return r.isNullAt(i) ? null : r.getTimestamp(i).toInstant();
  }

  /** to, then cc. */
  private static List<Row> recipients(Row r) {
    List<Row> out = new ArrayList<>(r.<Row>getList(r.fieldIndex("to")));
    out.addAll(r.<Row>getList(r.fieldIndex("cc")));
    return out;
  }

  private static void observe(List<Observation> out, Row party, String source, Instant when) {
    if (party != null && !party.isNullAt(0)) {
      out.add(new Observation(party.getString(0), party.isNullAt(1) ? "" : party.getString(1), source, when));
    }
  }

  static PersonData withCohort(PersonData d, PersonData.CohortStats cohort) {
    return d.withCohort(cohort);
  }

  /** A person with an archive but no person-to-person message nor LinkedIn record: still reported on. */
  static PersonData empty(String person, Owner owner, PersonData.CohortStats cohort) {
    return new PersonData(person, owner == null ? Set.of() : owner.keys(), Instant.EPOCH, List.of(), Map.of(),
        List.of(), List.of(), List.of(), List.of(), cohort);
  }

  /** The {@link #RELATIONSHIPS} rows of one person: each contact with how many messages went each way. */
  static List<Row> relationships(PersonData d) {
    Map<String, int[]> n = new HashMap<>();
    for (PersonData.Msg m : d.messages()) {
      for (String c : m.counterparts()) {
        n.computeIfAbsent(c, k -> new int[2])[m.sent() ? 0 : 1]++;
      }
    }
    List<Row> out = new ArrayList<>();
    for (Contact c : d.contacts().values()) {
      int[] sr = n.getOrDefault(c.key(), new int[2]);
      out.add(RowFactory.create(d.person(), c.key(), c.displayName(), c.aliases().toArray(new String[0]),
          c.sources().toArray(new String[0]), c.title(), c.company(), c.seniority().label(),
          c.firstExchange() == null ? null : Timestamp.from(c.firstExchange()),
          c.lastExchange() == null ? null : Timestamp.from(c.lastExchange()),
          c.connectedOn() == null ? null : Date.valueOf(c.connectedOn()), sr[0], sr[1]));
    }
    return out;
  }
}
