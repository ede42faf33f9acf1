package dev.rapport.job;

import static org.apache.spark.sql.functions.*;

import dev.rapport.identity.Contact;
import dev.rapport.identity.ContactResolver;
import dev.rapport.identity.Observation;
import dev.rapport.identity.Owner;
import dev.rapport.identity.Resolution;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.LanguageAnalyzer;
import dev.rapport.language.Signals;
import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.Baselines;
import dev.rapport.patterns.Detectors;
import dev.rapport.patterns.Evidence;
import dev.rapport.patterns.NearDuplicates;
import dev.rapport.patterns.PersonBaseline;
import dev.rapport.patterns.PersonData;
import dev.rapport.patterns.PersonIndex;
import dev.rapport.patterns.PersonMetrics;
import dev.rapport.patterns.Strength;
import dev.rapport.patterns.Strengths;
import dev.rapport.patterns.Thresholds;
import dev.rapport.report.CohortCsv;
import dev.rapport.report.CohortPage;
import dev.rapport.report.ContactLabels;
import dev.rapport.report.PersonPage;
import dev.rapport.report.PersonReport;
import dev.rapport.report.ReportJson;
import dev.rapport.report.ReportOptions;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * From the threaded message table to the reports: language signals (each distinct own text annotated once),
 * one {@link PersonData} per person (contacts resolved across email and LinkedIn), cohort baselines, the nine
 * detectors, strengths and metrics, then report.json, report.html, cohort.csv and index.html.
 *
 * <p>Only per-person summaries reach the driver: the reports and the small baselines.
 */
final class ReportStage {
  /** Detectors quote excerpts; the rest of a long text is not needed past the language stage. */
  static final int MAX_TEXT_IN_PERSON_DATA = 4000;

  private final SparkSession spark;
  private final AnalyzeOptions options;
  private final Outputs out;
  private final RunReport run;

  ReportStage(SparkSession spark, AnalyzeOptions options, Outputs out, RunReport run) {
    this.spark = spark;
    this.options = options;
    this.out = out;
    this.run = run;
  }

  record Output(List<String> people) {}

  Output run(Dataset<Row> messages, JavaRDD<IngestRecord> records, Map<String, Owner> owners) throws IOException {
    Thresholds thresholds = options.thresholds();
    run.put("thresholds", thresholds.describe());
    long t = System.nanoTime();

    // person-to-person messages only: bulk and mail an assistant sent on the owner's behalf feed no detector
    Dataset<Row> p2p = messages.where(col("bulk").equalTo(false).and(col("direction").isin("sent", "received")))
        .withColumn("text_hash", sha2(col("own_text"), 256))
        .persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, Signals> signals = p2p.select("text_hash", "own_text").dropDuplicates("text_hash")
        .javaRDD()
        .mapPartitionsToPair(rows -> {
          LanguageAnalyzer analyzer = LanguageAnalyzer.shared();
          List<Tuple2<String, Signals>> outRows = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            String text = r.getString(1);
            outRows.add(new Tuple2<>(r.getString(0), text.isBlank() ? Signals.none() : analyzer.analyze(text)));
          }
          return outRows.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    spark.createDataFrame(signals.map(s -> SignalRows.toRow(s._1(), s._2())), SignalRows.SCHEMA)
        .write().mode("overwrite").parquet(out.stagingPath("tables/message_features"));
    t = run.lap("language", t);

    // near-duplicate sent messages, found across the whole cohort without comparing every pair
    Dataset<Row> dupGroups = NearDuplicates.groups(p2p.where(col("direction").equalTo("sent"))
        .select(col("person"), col("message_id"), col("own_text").as("text")), thresholds.nearDuplicateHashes(),
        thresholds.nearDuplicateBands(), thresholds.nearDuplicateMinJaccard(), thresholds.templateMinWords());
    JavaPairRDD<String, List<String>> duplicates = dupGroups.javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(r.fieldIndex("person")), r.<String>getList(r.fieldIndex("message_ids"))));

    JavaPairRDD<String, Tuple2<Row, Signals>> withSignals = p2p
        .select("person", "message_id", "thread_key", "date", "direction", "from", "to", "cc", "subject",
            "own_text", "reply_to", "attachments", "format", "text_hash")
        .javaRDD()
        .keyBy(r -> r.getString(r.fieldIndex("text_hash")))
        .leftOuterJoin(signals)
        .mapToPair(x -> new Tuple2<>(x._2()._1().getString(0),
            new Tuple2<>(x._2()._1(), x._2()._2().orElse(Signals.none()))));

    // the owner's invitation notes go through the same language analysis as messages: a note can be a cold ask
    JavaPairRDD<String, Serializable> linkedIn = records
        .filter(r -> r.payload() instanceof Connection || r.payload() instanceof Invitation)
        .mapPartitionsToPair(rs -> {
          List<Tuple2<String, Serializable>> outRows = new ArrayList<>();
          while (rs.hasNext()) {
            IngestRecord r = rs.next();
            Serializable payload = r.payload();
            if (payload instanceof Invitation i && AnalysedNote.worthAnalysing(i)) {
              payload = new AnalysedNote(i, LanguageAnalyzer.shared().analyze(i.message()));
            }
            outRows.add(new Tuple2<>(r.person(), payload));
          }
          return outRows.iterator();
        });

    Broadcast<Map<String, Owner>> ownersB = spark.sparkContext().broadcast(owners,
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    Map<String, long[]> counts = counts(messages);
    JavaRDD<PersonData> people = withSignals.cogroup(linkedIn, duplicates)
        .map(g -> assemble(g._1(), g._2()._1(), g._2()._2(), g._2()._3(), ownersB.value().get(g._1())))
        .persist(StorageLevel.MEMORY_AND_DISK());

    List<PersonBaseline> baselines = people.map(PersonBaseline::of).collect();
    PersonData.CohortStats cohort = Baselines.cohort(baselines);
    run.put("cohort", Map.of("people", cohort.people(), "median_self_focus", cohort.medianSelfFocus(),
        "median_ask_share", cohort.medianAskShare()));
    t = run.lap("people", t);

    Broadcast<Thresholds> thresholdsB = spark.sparkContext().broadcast(thresholds,
        scala.reflect.ClassTag$.MODULE$.apply(Thresholds.class));
    boolean realNames = options.realNames();
    List<PersonReport> reports = new ArrayList<>(people
        .map(d -> report(withCohort(d, cohort), thresholdsB.value(), realNames))
        .collect());
    // people with an archive but no person-to-person message still get a report
    Set<String> seen = new HashSet<>();
    reports.forEach(r -> seen.add(r.person()));
    for (String person : owners.keySet()) {
      if (!seen.contains(person)) {
        reports.add(report(empty(person, owners.get(person), cohort), thresholds, realNames));
      }
    }
    List<PersonReport> finished = new ArrayList<>();
    for (PersonReport r : reports) {
      long[] c = counts.getOrDefault(r.person(), new long[6]);
      Owner o = owners.get(r.person());
      finished.add(new PersonReport(r.person(), o == null ? List.of() : o.addresses(),
          o == null ? List.of() : o.names(),
          new PersonReport.Counts(c[0], c[1], c[2], c[3], r.counts().contacts(), r.counts().threads()),
          r.assessments(), r.strengths(), r.contactLabels(), r.metrics()));
    }
    finished.sort(Comparator.comparing(PersonReport::person));
    t = run.lap("detectors", t);

    writeTables(people, finished);
    writeLinkedInTables(records);
    writeReports(finished);
    run.lap("reports", t);
    p2p.unpersist();
    signals.unpersist();
    people.unpersist();
    return new Output(finished.stream().map(PersonReport::person).toList());
  }

  /** messages, sent, received, bulk filtered per person, over every kept message. */
  private static Map<String, long[]> counts(Dataset<Row> messages) {
    Map<String, long[]> out = new HashMap<>();
    for (Row r : messages.groupBy("person").agg(
        count(lit(1)),
        sum(when(col("direction").equalTo("sent").and(col("bulk").equalTo(false)), 1).otherwise(0)),
        sum(when(col("direction").equalTo("received").and(col("bulk").equalTo(false)), 1).otherwise(0)),
        sum(when(col("bulk"), 1).otherwise(0))).collectAsList()) {
      out.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
    }
    return out;
  }

  static PersonData assemble(String person, Iterable<Tuple2<Row, Signals>> rows, Iterable<Serializable> linkedIn,
      Iterable<List<String>> duplicateGroups, Owner owner) {
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
    for (Tuple2<Row, Signals> x : rows) {
      all.add(x);
      Row r = x._1();
      String source = Observation.sourceOf(r.getString(r.fieldIndex("format")));
      Instant when = r.isNullAt(r.fieldIndex("date")) ? null : r.getTimestamp(r.fieldIndex("date")).toInstant();
      observe(observations, r.getStruct(r.fieldIndex("from")), source, when);
      for (Row p : r.<Row>getList(r.fieldIndex("to"))) {
        observe(observations, p, source, when);
      }
      for (Row p : r.<Row>getList(r.fieldIndex("cc"))) {
        observe(observations, p, source, when);
      }
    }
    invitations.forEach(i -> Observation.ofInvitation(i).ifPresent(observations::add));
    Resolution resolution = ContactResolver.resolve(ownerKeys, observations, connections);

    all.sort(Comparator.comparing((Tuple2<Row, Signals> x) -> {
      Row r = x._1();
      return r.isNullAt(r.fieldIndex("date")) ? Instant.EPOCH : r.getTimestamp(r.fieldIndex("date")).toInstant();
    }).thenComparing(x -> x._1().getString(x._1().fieldIndex("message_id"))));
    List<PersonData.Msg> msgs = new ArrayList<>();
    Instant last = null;
    for (Tuple2<Row, Signals> x : all) {
      Row r = x._1();
      boolean sent = "sent".equals(r.getString(r.fieldIndex("direction")));
      Set<String> counterparts = new LinkedHashSet<>();
      int recipients = 0;
      if (sent) {
        for (String f : List.of("to", "cc")) {
          for (Row p : r.<Row>getList(r.fieldIndex(f))) {
            String key = p.getString(0);
            if (!ownerKeys.contains(key)) {
              recipients++;
              String c = resolution.contactKeyOf(key);
              if (c != null) {
                counterparts.add(c);
              }
            }
          }
        }
      } else {
        Row from = r.getStruct(r.fieldIndex("from"));
        String c = from == null ? null : resolution.contactKeyOf(from.getString(0));
        if (c != null) {
          counterparts.add(c);
        }
        for (String f : List.of("to", "cc")) {
          for (Row p : r.<Row>getList(r.fieldIndex(f))) {
            if (!ownerKeys.contains(p.getString(0))) {
              recipients++;
            }
          }
        }
      }
      Instant date = r.isNullAt(r.fieldIndex("date")) ? null : r.getTimestamp(r.fieldIndex("date")).toInstant();
      if (date != null && (last == null || date.isAfter(last))) {
        last = date;
      }
      String text = r.getString(r.fieldIndex("own_text"));
      List<String> attachmentNames = new ArrayList<>();
      for (Row a : r.<Row>getList(r.fieldIndex("attachments"))) {
        attachmentNames.add(a.getString(0));
      }
      msgs.add(new PersonData.Msg(r.getString(r.fieldIndex("message_id")), r.getString(r.fieldIndex("thread_key")),
          date, sent, List.copyOf(counterparts), recipients, r.getString(r.fieldIndex("subject")),
          text.length() > MAX_TEXT_IN_PERSON_DATA ? text.substring(0, MAX_TEXT_IN_PERSON_DATA) : text, x._2(),
          r.isNullAt(r.fieldIndex("reply_to")) ? null : r.getString(r.fieldIndex("reply_to")), attachmentNames,
          "linkedin".equals(r.getString(r.fieldIndex("format"))) ? "linkedin" : "email"));
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
    duplicateGroups.forEach(g -> dups.add(List.copyOf(g)));
    dups.sort(Comparator.comparing(g -> String.join(",", g)));
    return new PersonData(person, ownerKeys, last == null ? Instant.EPOCH : last, msgs, contacts, connections,
        invitations, noteMsgs, dups, new PersonData.CohortStats(1, 0, 0));
  }

  private static void observe(List<Observation> out, Row party, String source, Instant when) {
    if (party != null && !party.isNullAt(0)) {
      out.add(new Observation(party.getString(0), party.isNullAt(1) ? "" : party.getString(1), source, when));
    }
  }

  static PersonData withCohort(PersonData d, PersonData.CohortStats cohort) {
    return new PersonData(d.person(), d.ownerKeys(), d.asOf(), d.messages(), d.contacts(), d.connections(),
        d.invitations(), d.invitationNotes(), d.nearDuplicates(), cohort);
  }

  static PersonData empty(String person, Owner owner, PersonData.CohortStats cohort) {
    return new PersonData(person, owner == null ? Set.of() : owner.keys(), Instant.EPOCH, List.of(), Map.of(),
        List.of(), List.of(), List.of(), List.of(), cohort);
  }

  /** Runs the detectors and labels every contact the report mentions; runs on the executors. */
  static PersonReport report(PersonData d, Thresholds t, boolean realNames) {
    PersonIndex person = PersonIndex.of(d, t);
    List<Assessment> assessments = Detectors.assessAll(person);
    List<Strength> strengths = Strengths.measure(person);
    PersonMetrics metrics = PersonMetrics.of(person, assessments);
    List<String> firstUse = new ArrayList<>();
    assessments.stream().filter(a -> a.finding() != null)
        .sorted(Comparator.comparingDouble((Assessment a) -> -a.finding().severity()).thenComparing(a -> a.pattern()))
        .forEach(a -> a.finding().evidence().forEach(e -> addKey(firstUse, e)));
    strengths.forEach(s -> s.evidence().forEach(e -> addKey(firstUse, e)));
    metrics.contactTimelines().keySet().forEach(k -> {
      if (!firstUse.contains(k)) {
        firstUse.add(k);
      }
    });
    Map<String, String> labels = ContactLabels.assign(firstUse, d.contacts(), realNames);
    long twoWayOrAny = d.contacts().size();
    long threads = d.messages().stream().map(PersonData.Msg::threadKey).distinct().count();
    return new PersonReport(d.person(), List.of(), List.of(),
        new PersonReport.Counts(0, 0, 0, 0, twoWayOrAny, threads), assessments, strengths, labels, metrics);
  }

  private static void addKey(List<String> keys, Evidence e) {
    if (e.contactKey() != null && !keys.contains(e.contactKey())) {
      keys.add(e.contactKey());
    }
  }

  private void writeTables(JavaRDD<PersonData> people, List<PersonReport> reports) {
    StructType relationships = new StructType()
        .add("person", DataTypes.StringType).add("contact", DataTypes.StringType)
        .add("display_name", DataTypes.StringType).add("aliases", DataTypes.createArrayType(DataTypes.StringType))
        .add("sources", DataTypes.createArrayType(DataTypes.StringType)).add("title", DataTypes.StringType)
        .add("company", DataTypes.StringType).add("seniority", DataTypes.StringType)
        .add("first_exchange", DataTypes.TimestampType).add("last_exchange", DataTypes.TimestampType)
        .add("connected_on", DataTypes.DateType)
        .add("sent", DataTypes.IntegerType).add("received", DataTypes.IntegerType);
    JavaRDD<Row> rows = people.flatMap(d -> {
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
            c.firstExchange() == null ? null : java.sql.Timestamp.from(c.firstExchange()),
            c.lastExchange() == null ? null : java.sql.Timestamp.from(c.lastExchange()),
            c.connectedOn() == null ? null : java.sql.Date.valueOf(c.connectedOn()), sr[0], sr[1]));
      }
      return out.iterator();
    });
    spark.createDataFrame(rows, relationships).write().mode("overwrite")
        .parquet(out.stagingPath("tables/relationships"));
    StructType findings = new StructType()
        .add("person", DataTypes.StringType).add("pattern", DataTypes.StringType)
        .add("score", DataTypes.DoubleType).add("assessable", DataTypes.BooleanType)
        .add("detected", DataTypes.BooleanType).add("severity", DataTypes.DoubleType)
        .add("summary", DataTypes.StringType).add("evidence_count", DataTypes.IntegerType);
    List<Row> f = new ArrayList<>();
    for (PersonReport r : reports) {
      for (Assessment a : r.assessments()) {
        f.add(RowFactory.create(r.person(), a.pattern().id(), a.score(), a.assessable(), a.finding() != null,
            a.finding() == null ? null : a.finding().severity(), a.finding() == null ? null : a.finding().summary(),
            a.finding() == null ? 0 : a.finding().evidence().size()));
      }
    }
    spark.createDataFrame(f, findings).coalesce(1).write().mode("overwrite")
        .parquet(out.stagingPath("tables/findings"));
  }

  /** LinkedIn connections and invitations as read, for analysts; invitation notes are the owner's or a contact's. */
  private void writeLinkedInTables(JavaRDD<IngestRecord> records) {
    StructType connections = new StructType()
        .add("person", DataTypes.StringType).add("first_name", DataTypes.StringType)
        .add("last_name", DataTypes.StringType).add("profile_url", DataTypes.StringType)
        .add("email", DataTypes.StringType).add("company", DataTypes.StringType)
        .add("position", DataTypes.StringType).add("connected_on", DataTypes.DateType);
    spark.createDataFrame(records.filter(r -> r.payload() instanceof Connection).map(r -> {
      Connection c = (Connection) r.payload();
      return RowFactory.create(c.person(), c.firstName(), c.lastName(), c.profileUrl(), c.email(), c.company(),
          c.position(), c.connectedOn() == null ? null : java.sql.Date.valueOf(c.connectedOn()));
    }), connections).write().mode("overwrite").parquet(out.stagingPath("tables/connections"));
    StructType invitations = new StructType()
        .add("person", DataTypes.StringType).add("from", DataTypes.StringType).add("to", DataTypes.StringType)
        .add("sent_at", DataTypes.TimestampType).add("message", DataTypes.StringType)
        .add("outgoing", DataTypes.BooleanType).add("inviter_profile_url", DataTypes.StringType)
        .add("invitee_profile_url", DataTypes.StringType);
    spark.createDataFrame(records.filter(r -> r.payload() instanceof Invitation).map(r -> {
      Invitation i = (Invitation) r.payload();
      return RowFactory.create(i.person(), i.from(), i.to(),
          i.sentAt() == null ? null : java.sql.Timestamp.from(i.sentAt()), i.message(), i.outgoing(),
          i.inviterProfileUrl(), i.inviteeProfileUrl());
    }), invitations).write().mode("overwrite").parquet(out.stagingPath("tables/invitations"));
  }

  private void writeReports(List<PersonReport> reports) throws IOException {
    ReportOptions ro = ReportOptions.defaults().withRealNames(options.realNames());
    for (PersonReport r : reports) {
      String dir = "people/" + r.person() + "/";
      out.write(dir + "report.json", ReportJson.person(r));
      out.write(dir + "report.html", PersonPage.render(r, ro));
    }
    out.write("cohort.csv", CohortCsv.render(reports));
    out.write("index.html", CohortPage.render(reports, ro));
  }

}
