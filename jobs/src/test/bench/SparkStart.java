import dev.rapport.spark.Sessions;

/**
 * The "JVM and Spark start alone" of the small-input row: the same session {@code analyze} builds, one trivial job
 * (so that executors and the SQL engine are up), then exit. Compiled by bench.sh with javac; not a test.
 */
public final class SparkStart {
  public static void main(String[] args) {
    var spark = Sessions.getOrCreate(null);
    long n = spark.range(1).count();
    spark.stop();
    System.out.println("spark started, " + n + " row");
  }
}
