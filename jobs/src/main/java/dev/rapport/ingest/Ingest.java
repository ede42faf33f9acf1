package dev.rapport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the planned reading tasks on Spark: one task per mbox byte range, per batch of one-message files, per
 * LinkedIn file. Each input record yields exactly one {@link IngestRecord}; nothing is collected to the driver.
 *
 * <p>No record can fail a task. A record a reader cannot parse is quarantined by the reader; a file that cannot be
 * opened is one quarantined record; and should a reader itself throw, the records it gave before are kept and the
 * failure becomes one more quarantined record with the position reached, so that the task, the job and everyone
 * else's report go on.
 */
public final class Ingest {
  private Ingest() {}

  /**
   * How LinkedIn exports are recognised and read. The reader lives in {@code ingest.linkedin}, which turns the
   * export's files into this package's records; this package reaches it only through this interface, so that the
   * dependency runs one way.
   */
  public interface LinkedInReader extends java.io.Serializable {
    /** True when a file that is not a ZIP is one of an export's CSV files, judged by its name and first bytes. */
    boolean recognises(String fileName, byte[] head);

    /**
     * One record per CSV row or refused archive of a {@code LINKEDIN_ZIP} or {@code LINKEDIN_CSV} task, read within
     * {@code limits}.
     */
    List<IngestRecord> read(ReadTask task, InputStream in, ZoneId zone, Limits limits) throws IOException;

    /** As {@link #read(ReadTask, InputStream, ZoneId, Limits)} with the default limits. */
    default List<IngestRecord> read(ReadTask task, InputStream in, ZoneId zone) throws IOException {
      return read(task, in, zone, Limits.defaults());
    }
  }

  public static JavaRDD<IngestRecord> read(SparkSession spark, InputPlan plan, HadoopConf conf, ZoneId linkedInZone,
      LinkedInReader linkedIn) {
    return read(spark, plan, conf, linkedInZone, linkedIn, Limits.defaults());
  }

  /** The records of every planned task, each task read within {@code limits}. */
  public static JavaRDD<IngestRecord> read(SparkSession spark, InputPlan plan, HadoopConf conf, ZoneId linkedInZone,
      LinkedInReader linkedIn, Limits limits) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, plan.tasks().size());
    // broadcast, as Spark's own Hadoop RDDs ship it: a task deserialises its whole lineage, so every task of every
    // later job over these records would otherwise read the configuration's thousand-odd entries again
    Broadcast<HadoopConf> shared = jsc.broadcast(conf);
    return jsc.parallelize(plan.tasks(), slices)
        .flatMap(task -> isolated(task, () -> run(task, shared.value(), linkedInZone, linkedIn, limits)));
  }

  /** What a task yields, as a reader's iterator does; may throw anything, {@link #isolated} catches it. */
  interface Reading {
    Iterator<IngestRecord> start() throws Exception;
  }

  /**
   * The records of {@code reading}, with any failure of the reader turned into one last quarantined record naming
   * the task's file and the position reached, instead of an exception that fails the Spark task.
   */
  static Iterator<IngestRecord> isolated(ReadTask task, Reading reading) {
    return new Iterator<>() {
      Iterator<IngestRecord> it;
      IngestRecord failure;
      long lastPosition = task.start();
      boolean finished;

      @Override
      public boolean hasNext() {
        if (failure != null) {
          return true;
        }
        if (finished) {
          return false;
        }
        try {
          if (it == null) {
            it = reading.start();
          }
          if (it.hasNext()) {
            return true;
          }
          finished = true;
          return false;
        } catch (Exception | StackOverflowError e) {
          fail(e);
          return true;
        }
      }

      @Override
      public IngestRecord next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        if (failure != null) {
          IngestRecord r = failure;
          failure = null;
          finished = true;
          return r;
        }
        try {
          IngestRecord r = it.next();
          lastPosition = r.position();
          return r;
        } catch (RuntimeException | StackOverflowError e) {
          fail(e);
          return next();
        }
      }

      private void fail(Throwable e) {
        finished = true;
        String source = task.paths().isEmpty() ? task.entry() : InputDiscovery.display(new Path(task.paths().get(0)));
        String what = e instanceof IOException ? "unreadable" : "reader failure, rest of this task not read";
        failure = IngestRecord.quarantined(task.person(), task.entry(), task.format(), source, lastPosition,
            what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    };
  }

  static Iterator<IngestRecord> run(ReadTask task, HadoopConf conf, ZoneId zone, LinkedInReader linkedIn,
      Limits limits) throws IOException {
    return switch (task.kind()) {
      case MBOX -> mbox(task, conf, limits);
      case FILES -> files(task, conf, limits);
      case LINKEDIN_ZIP, LINKEDIN_CSV -> {
        Path path = new Path(task.paths().get(0));
        try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
          yield linkedIn.read(task, in, zone, limits).iterator();
        }
      }
    };
  }

  private static Iterator<IngestRecord> mbox(ReadTask task, HadoopConf conf, Limits limits) throws IOException {
    Path path = new Path(task.paths().get(0));
    FileSystem fs = path.getFileSystem(conf.get());
    FSDataInputStream in = fs.open(path);
    in.seek(MboxReader.seekPosition(task.start()));
    String folder = task.folders().isEmpty() ? "" : task.folders().get(0);
    Iterator<IngestRecord> it = MboxReader.read(in, task.start(), task.end(), task.variant(),
        new MboxReader.Context(task.person(), task.entry(), InputDiscovery.display(path), folder, List.of()), limits);
    return new Iterator<>() {
      boolean closed;

      @Override
      public boolean hasNext() {
        boolean more = it.hasNext();
        if (!more && !closed) {
          closed = true;
          try {
            in.close();
          } catch (IOException ignored) {
            // nothing left to read from it
          }
        }
        return more;
      }

      @Override
      public IngestRecord next() {
        return it.next();
      }
    };
  }

  /** One record per file, read one file at a time as the iterator is consumed; a file's failure is its record. */
  private static Iterator<IngestRecord> files(ReadTask task, HadoopConf conf, Limits limits) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < task.paths().size();
      }

      @Override
      public IngestRecord next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Path path = new Path(task.paths().get(i));
        String folder = task.folders().get(i);
        i++;
        String source = InputDiscovery.display(path);
        try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
          return MessageFileReader.read(in, task.person(), task.entry(), task.format(), source, folder, limits);
        } catch (IOException e) {
          return IngestRecord.quarantined(task.person(), task.entry(), task.format(), source, 0,
              "unreadable: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
          return IngestRecord.quarantined(task.person(), task.entry(), task.format(), source, 0,
              "reader failure: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    };
  }
}
