package dev.rapport.job;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What the person waiting sees: one line per finished stage with its counts and time, and, while a stage runs longer
 * than {@link #TICK_SECONDS}, a line every {@link #TICK_SECONDS} with how many of its Spark tasks are done.
 *
 * <pre>{@code
 * try (Progress p = Progress.start(spark.sparkContext(), System.out, List.of("ingest", "dedupe"))) {
 *   p.done("ingest", nanos, "1,434 records");
 * }
 * }</pre>
 */
final class Progress implements AutoCloseable {
  static final int TICK_SECONDS = 20;
  private static final Logger LOG = LogManager.getLogger(Progress.class);

  private final PrintStream out;
  private final List<String> stages;
  private final SparkContext sc;
  private final Listener listener = new Listener();
  private final ScheduledExecutorService ticker;
  private volatile int next;
  private volatile long stageStart = System.nanoTime();

  private Progress(SparkContext sc, PrintStream out, List<String> stages) {
    this.sc = sc;
    this.out = out;
    this.stages = List.copyOf(stages);
    sc.addSparkListener(listener);
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rapport-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
  }

  /** @param stages the stage names in the order they run, for the progress lines of the running one */
  static Progress start(SparkContext sc, PrintStream out, List<String> stages) {
    return new Progress(sc, out, stages);
  }

  /** Prints the finished stage's line; the next stage in order starts now. */
  void done(String stage, long nanos, String detail) {
    out.printf(Locale.ROOT, "rapport: %-13s %7.1f s  %s%n", stage, nanos / 1e9, detail == null ? "" : detail);
    // to the log: where a stage's time went, in Spark's terms (time in tasks against time on the driver)
    LOG.info(String.format(Locale.ROOT, "stage %s: %.1f s, %d Spark jobs, %d Spark stages, %d tasks, %.1f s in tasks",
        stage, nanos / 1e9, listener.jobs.get(), listener.sparkStages.get(), listener.done.get(),
        listener.taskMillis.get() / 1e3));
    int i = stages.indexOf(stage);
    next = i < 0 ? next : i + 1;
    stageStart = System.nanoTime();
    listener.reset();
  }

  private void tick() {
    long seconds = (System.nanoTime() - stageStart) / 1_000_000_000L;
    if (next < stages.size() && seconds >= TICK_SECONDS) {
      out.printf(Locale.ROOT, "rapport:   %s … %d s, %d of %d Spark tasks done%n", stages.get(next), seconds,
          listener.done.get(), listener.total.get());
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    sc.removeSparkListener(listener);
  }

  /** Counts the tasks of the stages submitted since the last reset. */
  private static final class Listener extends SparkListener {
    final AtomicInteger total = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger jobs = new AtomicInteger();
    final AtomicInteger sparkStages = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong taskMillis = new java.util.concurrent.atomic.AtomicLong();

    void reset() {
      total.set(0);
      done.set(0);
      jobs.set(0);
      sparkStages.set(0);
      taskMillis.set(0);
    }

    @Override
    public void onJobStart(SparkListenerJobStart e) {
      jobs.incrementAndGet();
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
      total.addAndGet(e.stageInfo().numTasks());
      sparkStages.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
      done.incrementAndGet();
      if (e.taskMetrics() != null) {
        taskMillis.addAndGet(e.taskMetrics().executorRunTime());
      }
    }
  }
}
