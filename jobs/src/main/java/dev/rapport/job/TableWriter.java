package dev.rapport.job;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.transform;

import dev.rapport.identity.Owner;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.Signals;
import dev.rapport.patterns.Assessment;
import dev.rapport.patterns.PersonData;
import dev.rapport.report.PersonReport;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
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
 * The Parquet tables under {@code tables/} for Spark SQL: {@code messages}, {@code message_features},
 * {@code relationships}, {@code findings}, {@code connections} and {@code invitations}, each written into the
 * run's staging folder ({@link Outputs}). Private by default ({@link PrivateTables}): the owner's words, and only
 * the features and metadata of other people's messages under the reports' labels; {@code --tables full} writes
 * everything as read.
 */
final class TableWriter {
  static final StructType FINDINGS = new StructType()
      .add("person", DataTypes.StringType).add("pattern", DataTypes.StringType)
      .add("score", DataTypes.DoubleType).add("assessable", DataTypes.BooleanType)
      .add("detected", DataTypes.BooleanType).add("severity", DataTypes.DoubleType)
      .add("summary", DataTypes.StringType).add("evidence_count", DataTypes.IntegerType);

  static final StructType CONNECTIONS = new StructType()
      .add("person", DataTypes.StringType).add("first_name", DataTypes.StringType)
      .add("last_name", DataTypes.StringType).add("profile_url", DataTypes.StringType)
      .add("email", DataTypes.StringType).add("company", DataTypes.StringType)
      .add("position", DataTypes.StringType).add("connected_on", DataTypes.DateType);

  /** Invitation notes are the owner's words (outgoing) or a contact's (incoming). */
  static final StructType INVITATIONS = new StructType()
      .add("person", DataTypes.StringType).add("from", DataTypes.StringType).add("to", DataTypes.StringType)
      .add("sent_at", DataTypes.TimestampType).add("message", DataTypes.StringType)
      .add("outgoing", DataTypes.BooleanType).add("inviter_profile_url", DataTypes.StringType)
      .add("invitee_profile_url", DataTypes.StringType);

  private final SparkSession spark;
  private final Outputs out;
  private final boolean full;

  /** @param full every table as read (--tables full), rather than private */
  TableWriter(SparkSession spark, Outputs out, boolean full) {
    this.spark = spark;
    this.out = out;
    this.full = full;
  }

  /**
   * Every key each person's private tables show, to its label (see {@link PrivateTables#labels}); persisted, the
   * caller unpersists it.
   *
   * @param reportOrder person to the contact keys its report labels, in the report's order
   */
  static JavaPairRDD<String, Map<String, String>> labels(Dataset<Row> threaded, JavaRDD<PersonData> people,
      Broadcast<Map<String, List<String>>> reportOrder, Broadcast<Map<String, Owner>> owners, boolean realNames) {
    JavaPairRDD<String, String> partyKeys = threaded
        .select(col("person"), explode(concat(array(col("from.key")), transform(col("to"), p -> p.getField("key")),
            transform(col("cc"), p -> p.getField("key")), array(col("reply_to_from")))).as("k"))
        .where(col("k").isNotNull()).distinct().javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
    int partitions = AnalyzeJob.shufflePartitions(threaded.sparkSession());
    return partyKeys.cogroup(people.keyBy(PersonData::person), partitions)
        .mapToPair(g -> {
          List<String> keys = new ArrayList<>();
          g._2()._1().forEach(keys::add);
          PersonData d = g._2()._2().iterator().hasNext() ? g._2()._2().iterator().next() : null;
          Owner o = owners.value().get(g._1());
          return new Tuple2<>(g._1(), PrivateTables.labels(d == null ? Map.of() : d.contacts(),
              reportOrder.value().get(g._1()), keys, o == null ? Set.of() : o.keys(), realNames));
        }).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** The message table, threads and directions included; private unless full. */
  void messages(Dataset<Row> threaded, JavaPairRDD<String, Map<String, String>> labels) {
    Dataset<Row> table = threaded;
    if (!full) {
      StructType fullSchema = threaded.schema();
      StructType schema = PrivateTables.messageSchema(fullSchema);
      int person = fullSchema.fieldIndex("person");
      JavaRDD<Row> rows = threaded.javaRDD().keyBy(r -> r.getString(person))
          .leftOuterJoin(labels, AnalyzeJob.shufflePartitions(spark))
          .map(t -> PrivateTables.message(t._2()._1(), fullSchema, t._2()._2().orElse(Map.of())));
      table = spark.createDataFrame(rows, schema);
    }
    table.write().mode("overwrite").parquet(out.stagingPath("tables/messages"));
  }

  /** One row of signals per distinct own text; writing it is what runs the language stage. */
  void messageFeatures(JavaPairRDD<String, Signals> signals) {
    spark.createDataFrame(signals.map(s -> SignalRows.toRow(s._1(), s._2())), SignalRows.SCHEMA)
        .write().mode("overwrite").parquet(out.stagingPath("tables/message_features"));
  }

  void relationships(JavaRDD<PersonData> people, JavaPairRDD<String, Map<String, String>> labels) {
    Dataset<Row> table = full
        ? spark.createDataFrame(people.flatMap(d -> PersonAssembler.relationships(d).iterator()),
            PersonAssembler.RELATIONSHIPS)
        : spark.createDataFrame(withLabels(people, labels)
            .flatMap(t -> PrivateTables.relationships(t._1(), t._2()).iterator()), PrivateTables.RELATIONSHIPS);
    table.write().mode("overwrite").parquet(out.stagingPath("tables/relationships"));
  }

  private static JavaRDD<Tuple2<PersonData, Map<String, String>>> withLabels(JavaRDD<PersonData> people,
      JavaPairRDD<String, Map<String, String>> labels) {
    return people.keyBy(PersonData::person).join(labels, labels.getNumPartitions()).values();
  }

  /** Every assessment of every person, detected or not; the reports are on the driver already. */
  void findings(List<PersonReport> reports) {
    List<Row> rows = new ArrayList<>();
    for (PersonReport r : reports) {
      for (Assessment a : r.assessments()) {
        rows.add(RowFactory.create(r.person(), a.pattern().id(), a.score(), a.assessable(), a.finding() != null,
            a.finding() == null ? null : a.finding().severity(), a.finding() == null ? null : a.finding().summary(),
            a.finding() == null ? 0 : a.finding().evidence().size()));
      }
    }
    spark.createDataFrame(rows, FINDINGS).coalesce(1).write().mode("overwrite")
        .parquet(out.stagingPath("tables/findings"));
  }

  /** LinkedIn connections and invitations: as read when full, else under the contacts' labels. */
  void linkedIn(JavaRDD<IngestRecord> records, JavaRDD<PersonData> people,
      JavaPairRDD<String, Map<String, String>> labels) {
    if (!full) {
      JavaRDD<Tuple2<PersonData, Map<String, String>>> both = withLabels(people, labels);
      spark.createDataFrame(both.flatMap(t -> PrivateTables.connections(t._1(), t._2()).iterator()),
          PrivateTables.CONNECTIONS).write().mode("overwrite").parquet(out.stagingPath("tables/connections"));
      spark.createDataFrame(both.flatMap(t -> PrivateTables.invitations(t._1(), t._2()).iterator()),
          PrivateTables.INVITATIONS).write().mode("overwrite").parquet(out.stagingPath("tables/invitations"));
      return;
    }
    spark.createDataFrame(records.filter(r -> r.payload() instanceof Connection).map(r -> {
      Connection c = (Connection) r.payload();
      return RowFactory.create(c.person(), c.firstName(), c.lastName(), c.profileUrl(), c.email(), c.company(),
          c.position(), c.connectedOn() == null ? null : Date.valueOf(c.connectedOn()));
    }), CONNECTIONS).write().mode("overwrite").parquet(out.stagingPath("tables/connections"));
    spark.createDataFrame(records.filter(r -> r.payload() instanceof Invitation).map(r -> {
      Invitation i = (Invitation) r.payload();
      return RowFactory.create(i.person(), i.from(), i.to(), i.sentAt() == null ? null : Timestamp.from(i.sentAt()),
          i.message(), i.outgoing(), i.inviterProfileUrl(), i.inviteeProfileUrl());
    }), INVITATIONS).write().mode("overwrite").parquet(out.stagingPath("tables/invitations"));
  }
}
