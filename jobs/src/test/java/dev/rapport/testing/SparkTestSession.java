package dev.rapport.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one local SparkSession shared by every test in the JVM: starting Spark costs seconds. */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("rapport-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }

  /** {@code ../shared} beside the project root, as surefire passes it; tests read the corpora from here. */
  public static Path shared() {
    String p = System.getProperty("rapport.shared");
    Path path = p != null ? Path.of(p) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(path)) {
      path = Path.of("..", "shared");
    }
    return path.toAbsolutePath().normalize();
  }
}
