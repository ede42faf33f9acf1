package dev.rapport.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.linkedin.Connection;
import dev.rapport.ingest.linkedin.Invitation;
import dev.rapport.language.LanguageAnalyzer;
import dev.rapport.language.Signals;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Language signals for the owner's own words: each distinct own text of person-to-person mail is annotated once
 * (a text sent to many people, or filed twice, costs one CoreNLP pass), and so is each of the owner's LinkedIn
 * invitation notes, since a note can be the first ask a stranger gets.
 *
 * <pre>{@code
 * LanguageStage.Output language = LanguageStage.annotate(threaded, records);
 * tables.messageFeatures(language.signals());   // computes the signals, once: they are persisted
 * ...
 * language.unpersist();
 * }</pre>
 */
final class LanguageStage {
  private LanguageStage() {}

  /**
   * @param p2p      the person-to-person messages (sent or received, not bulk) with a {@code text_hash} column;
   *                 bulk mail and mail an assistant sent on the owner's behalf feed no detector
   * @param signals  text hash to signals, one per distinct own text
   * @param linkedIn person to each LinkedIn connection and invitation; an outgoing invitation with a note comes as
   *                 an {@link AnalysedNote}
   */
  record Output(Dataset<Row> p2p, JavaPairRDD<String, Signals> signals, JavaPairRDD<String, Serializable> linkedIn) {

    /** The messages as {@link PersonAssembler#MESSAGES} rows, each with the signals of its text, keyed by person. */
    JavaPairRDD<String, Tuple2<Row, Signals>> messagesWithSignals() {
      return p2p.select(PersonAssembler.columns())
          .javaRDD()
          .keyBy(r -> r.getString(r.fieldIndex("text_hash")))
          .leftOuterJoin(signals)
          .mapToPair(x -> {
            Row r = x._2()._1();
            Signals s = x._2()._2().orElse(Signals.none());
            return new Tuple2<>(r.getString(r.fieldIndex("person")), new Tuple2<>(r, s));
          });
    }

    void unpersist() {
      p2p.unpersist();
      signals.unpersist();
    }
  }

  /** Lazy: nothing is annotated until the signals are first used. */
  static Output annotate(Dataset<Row> threaded, JavaRDD<IngestRecord> records) {
    Dataset<Row> p2p = threaded.where(col("bulk").equalTo(false).and(col("direction").isin("sent", "received")))
        .withColumn("text_hash", sha2(col("own_text"), 256))
        .persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, Signals> signals = p2p.select("text_hash", "own_text").dropDuplicates("text_hash")
        .javaRDD()
        .mapPartitionsToPair(rows -> {
          LanguageAnalyzer analyzer = LanguageAnalyzer.shared();
          List<Tuple2<String, Signals>> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            String text = r.getString(1);
            out.add(new Tuple2<>(r.getString(0), text.isBlank() ? Signals.none() : analyzer.analyze(text)));
          }
          return out.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());

    // the owner's invitation notes go through the same language analysis as messages: a note can be a cold ask
    JavaPairRDD<String, Serializable> linkedIn = records
        .filter(r -> r.payload() instanceof Connection || r.payload() instanceof Invitation)
        .mapPartitionsToPair(rs -> {
          List<Tuple2<String, Serializable>> out = new ArrayList<>();
          while (rs.hasNext()) {
            IngestRecord r = rs.next();
            Serializable payload = r.payload();
            if (payload instanceof Invitation i && AnalysedNote.worthAnalysing(i)) {
              payload = new AnalysedNote(i, LanguageAnalyzer.shared().analyze(i.message()));
            }
            out.add(new Tuple2<>(r.person(), payload));
          }
          return out.iterator();
        });
    return new Output(p2p, signals, linkedIn);
  }
}
