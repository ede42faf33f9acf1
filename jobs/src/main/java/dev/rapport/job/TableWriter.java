package dev.rapport.job;

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
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables under {@code tables/} for Spark SQL, other than {@code messages}: {@code message_features},
 * {@code relationships}, {@code findings}, {@code connections} and {@code invitations}, each written into the
 * run's staging folder ({@link Outputs}).
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

  TableWriter(SparkSession spark, Outputs out) {
    this.spark = spark;
    this.out = out;
  }

  /** One row of signals per distinct own text; writing it is what runs the language stage. */
  void messageFeatures(JavaPairRDD<String, Signals> signals) {
    spark.createDataFrame(signals.map(s -> SignalRows.toRow(s._1(), s._2())), SignalRows.SCHEMA)
        .write().mode("overwrite").parquet(out.stagingPath("tables/message_features"));
  }

  void relationships(JavaRDD<PersonData> people) {
    spark.createDataFrame(people.flatMap(d -> PersonAssembler.relationships(d).iterator()),
            PersonAssembler.RELATIONSHIPS)
        .write().mode("overwrite").parquet(out.stagingPath("tables/relationships"));
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

  /** LinkedIn connections and invitations as read, for analysts. */
  void linkedIn(JavaRDD<IngestRecord> records) {
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
