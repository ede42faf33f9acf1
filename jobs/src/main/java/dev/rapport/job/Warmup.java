package dev.rapport.job;

import dev.rapport.language.LanguageAnalyzer;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;

/**
 * On embedded Spark, loads what the later stages need on first use while the early ones run: CoreNLP's models
 * (about 2 s) and Spark SQL's analyser, planner and code generator, which the first query of a JVM loads (about 2 s).
 * Ingest, dedupe and owner inference of a small input keep one of the cores busy at most, so on a laptop this comes
 * nearly free, and a run of 20 messages is mostly such fixed costs. Nothing here runs a Spark job or reads the input:
 * the results are the same with or without it, and a failure is only logged (the stage that needs the thing loads it
 * again and reports its error). On a cluster the driver does not do it: the executors load the models there.
 *
 * <pre>{@code
 * Warmup.start(spark);   // a daemon thread; returns at once
 * }</pre>
 */
final class Warmup {
  private static final Logger LOG = LogManager.getLogger(Warmup.class);

  private Warmup() {}

  /** Starts loading on a daemon thread when Spark runs embedded, and returns it; otherwise does nothing. */
  static Optional<Thread> start(SparkSession spark) {
    if (!spark.sparkContext().isLocal()) {
      return Optional.empty();
    }
    Thread t = new Thread(() -> load(spark), "rapport-warmup");
    t.setDaemon(true);
    t.start();
    return Optional.of(t);
  }

  private static void load(SparkSession spark) {
    long t0 = System.nanoTime();
    try {
      SparkSession.setActiveSession(spark);
      // an empty message table through the language stage's own query: planned, never executed
      LanguageStage.distinctTexts(LanguageStage.personToPerson(
          spark.createDataFrame(List.<Row>of(), AnalyzeJob.MESSAGE_TABLE))).queryExecution().executedPlan();
      UnsafeProjection.create(AnalyzeJob.MESSAGE_TABLE);
      LanguageAnalyzer.shared();
      LOG.info(String.format("warm-up: Spark SQL and CoreNLP loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
    } catch (RuntimeException | LinkageError e) {
      LOG.info("warm-up stopped; the stages load what they need themselves: " + e);
    }
  }
}
