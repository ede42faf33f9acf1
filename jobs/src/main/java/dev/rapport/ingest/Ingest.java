package dev.rapport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the planned reading tasks on Spark: one task per mbox byte range, per batch of one-message files, per
 * LinkedIn file. Each input record yields exactly one {@link IngestRecord}; nothing is collected to the driver.
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

    /** One record per CSV row or refused archive of a {@code LINKEDIN_ZIP} or {@code LINKEDIN_CSV} task. */
    List<IngestRecord> read(ReadTask task, InputStream in, ZoneId zone) throws IOException;
  }

  public static JavaRDD<IngestRecord> read(SparkSession spark, InputPlan plan, HadoopConf conf, ZoneId linkedInZone,
      LinkedInReader linkedIn) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, plan.tasks().size());
    return jsc.parallelize(plan.tasks(), slices)
        .flatMap(task -> run(task, conf, linkedInZone, linkedIn));
  }

  static Iterator<IngestRecord> run(ReadTask task, HadoopConf conf, ZoneId zone, LinkedInReader linkedIn)
      throws IOException {
    return switch (task.kind()) {
      case MBOX -> mbox(task, conf);
      case FILES -> files(task, conf);
      case LINKEDIN_ZIP, LINKEDIN_CSV -> {
        Path path = new Path(task.paths().get(0));
        try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
          yield linkedIn.read(task, in, zone).iterator();
        }
      }
    };
  }

  private static Iterator<IngestRecord> mbox(ReadTask task, HadoopConf conf) throws IOException {
    Path path = new Path(task.paths().get(0));
    FileSystem fs = path.getFileSystem(conf.get());
    FSDataInputStream in = fs.open(path);
    in.seek(MboxReader.seekPosition(task.start()));
    String folder = task.folders().isEmpty() ? "" : task.folders().get(0);
    Iterator<IngestRecord> it = MboxReader.read(in, task.start(), task.end(), task.variant(),
        new MboxReader.Context(task.person(), task.entry(), InputDiscovery.display(path), folder, List.of()));
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

  private static Iterator<IngestRecord> files(ReadTask task, HadoopConf conf) throws IOException {
    List<IngestRecord> out = new ArrayList<>(task.paths().size());
    for (int i = 0; i < task.paths().size(); i++) {
      Path path = new Path(task.paths().get(i));
      String source = InputDiscovery.display(path);
      try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
        out.add(MessageFileReader.read(in, task.person(), task.entry(), task.format(), source,
            task.folders().get(i)));
      } catch (IOException e) {
        out.add(IngestRecord.quarantined(task.person(), task.entry(), task.format(), source, 0,
            "unreadable: " + e.getMessage()));
      }
    }
    return out.iterator();
  }
}
