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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Language signals for the owner's own words: each distinct own text of person-to-person mail is annotated once
 * (a text sent to many people, or filed twice, costs one CoreNLP pass), and so is each of the owner's LinkedIn
 * invitation notes, since a note can be the first ask a stranger gets. A text whose annotation throws gets
 * {@link Signals#none()} and is isolated ({@link Isolated}), never failing the task.
 *
 * <pre>{@code
 * LanguageStage.Output language = LanguageStage.annotate(threaded, records);
 * tables.messageFeatures(language.signals());   // computes the signals, once: they are persisted
 * List<Isolated> failed = language.failures();  // texts whose annotation threw, each with Signals.none()
 * ...
 * language.unpersist();
 * }</pre>
 */
final class LanguageStage {
  private LanguageStage() {}

  /** The language stage's grain of isolation: a text whose annotation threw. */
  static final String STAGE = Isolated.LANGUAGE;

  /** The signals of one distinct text; {@code failure} is the masked reason when its annotation threw, else null. */
  record Annotated(Signals signals, String failure) implements Serializable {}

  /**
   * @param p2p       the person-to-person messages (sent or received, not bulk) with a {@code text_hash} column;
   *                  bulk mail and mail an assistant sent on the owner's behalf feed no detector
   * @param annotated text hash to signals, one per distinct own text, with the failure of a text whose annotation
   *                  threw (its signals are then {@link Signals#none()})
   * @param linkedIn  person to each LinkedIn connection and invitation; an outgoing invitation with a note comes as
   *                  an {@link AnalysedNote}
   */
  record Output(Dataset<Row> p2p, JavaPairRDD<String, Annotated> annotated,
      JavaPairRDD<String, Serializable> linkedIn) {

    /** Text hash to signals, one per distinct own text. */
    JavaPairRDD<String, Signals> signals() {
      return annotated.mapValues(Annotated::signals);
    }

    /** The messages as {@link PersonAssembler#MESSAGES} rows, each with the signals of its text, keyed by person. */
    JavaPairRDD<String, Tuple2<Row, Signals>> messagesWithSignals() {
      return p2p.select(PersonAssembler.columns())
          .javaRDD()
          .keyBy(r -> r.getString(r.fieldIndex("text_hash")))
          .leftOuterJoin(annotated, AnalyzeJob.shufflePartitions(p2p.sparkSession()))
          .mapToPair(x -> {
            Row r = x._2()._1();
            Signals s = x._2()._2().isPresent() ? x._2()._2().get().signals() : Signals.none();
            return new Tuple2<>(r.getString(r.fieldIndex("person")), new Tuple2<>(r, s));
          });
    }

    /**
     * What the stage isolated: each message whose text could not be annotated (with its input entry, source and
     * position) and each invitation note that could not. Small: only failures reach the driver, and without any the
     * message table is not read again.
     */
    List<Isolated> failures() {
      Map<String, String> failed = new HashMap<>(annotated.filter(x -> x._2().failure() != null)
          .mapValues(Annotated::failure).collectAsMap());
      List<Isolated> out = new ArrayList<>();
      if (!failed.isEmpty()) {
        for (Row r : p2p.where(col("text_hash").isin(failed.keySet().toArray()))
            .select("person", "entry", "source", "position", "text_hash").collectAsList()) {
          out.add(new Isolated(r.getString(0), STAGE, r.getString(1), r.getString(2), r.getLong(3), null,
              failed.get(r.getString(4))));
        }
      }
      out.addAll(linkedIn.values()
          .filter(v -> v instanceof AnalysedNote n && n.failure() != null)
          .map(v -> ((AnalysedNote) v).failure())
          .collect());
      return out;
    }

    void unpersist() {
      p2p.unpersist();
      annotated.unpersist();
      linkedIn.unpersist();
    }
  }

  /**
   * The signals of {@code text}; should annotating it throw, {@link Signals#none()} and the masked reason, so that
   * one text never fails the task (and with it the run, for everyone). The analyzer is obtained outside: a model
   * that cannot be loaded is no fault of a text, and still fails the run.
   */
  static Annotated analyse(LanguageAnalyzer analyzer, String text) {
    if (text == null || text.isBlank()) {
      return new Annotated(Signals.none(), null);
    }
    try {
      Faults.language(text);
      return new Annotated(analyzer.analyze(text), null);
    } catch (RuntimeException | StackOverflowError e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the task is being cancelled: not the text's fault
      }
      return new Annotated(Signals.none(), Isolated.reason("language failure", e));
    }
  }

  /** The person-to-person messages of the message table, each with the {@code text_hash} of its own text. */
  static Dataset<Row> personToPerson(Dataset<Row> threaded) {
    return threaded.where(col("bulk").equalTo(false).and(col("direction").isin("sent", "received")))
        .withColumn("text_hash", sha2(col("own_text"), 256));
  }

  /** Each distinct own text of {@link #personToPerson} messages, once: {@code text_hash}, {@code own_text}. */
  static Dataset<Row> distinctTexts(Dataset<Row> p2p) {
    return p2p.select("text_hash", "own_text").dropDuplicates("text_hash");
  }

  /** Lazy: nothing is annotated until the signals are first used. */
  static Output annotate(Dataset<Row> threaded, JavaRDD<IngestRecord> records) {
    Dataset<Row> p2p = personToPerson(threaded).persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, Annotated> annotated = distinctTexts(p2p)
        .javaRDD()
        .mapPartitionsToPair(rows -> {
          LanguageAnalyzer analyzer = LanguageAnalyzer.shared();
          List<Tuple2<String, Annotated>> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            out.add(new Tuple2<>(r.getString(0), analyse(analyzer, r.getString(1))));
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
              Annotated a = analyse(LanguageAnalyzer.shared(), i.message());
              payload = new AnalysedNote(i, a.signals(), a.failure() == null ? null
                  : new Isolated(r.person(), STAGE, r.entry(), r.source(), r.position(), null, a.failure()));
            }
            out.add(new Tuple2<>(r.person(), payload));
          }
          return out.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new Output(p2p, annotated, linkedIn);
  }
}
