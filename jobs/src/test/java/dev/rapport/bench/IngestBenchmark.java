package dev.rapport.bench;

import dev.rapport.ingest.HadoopConf;
import dev.rapport.ingest.Ingest;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.InputDiscovery;
import dev.rapport.ingest.InputPlan;
import dev.rapport.ingest.MimeMessageParser;
import dev.rapport.ingest.linkedin.LinkedInFiles;
import dev.rapport.testing.Corpora;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Ingest speed and memory, side by side in one run (not a test: timings on a shared machine are noisy, ratios less so).
 *
 * <ol>
 *   <li>Baseline: one thread reads each Enron file and parses it with {@link MimeMessageParser}, nothing else.</li>
 *   <li>Rapport: discovery plus the Spark ingest stage over the same files, on {@code local[N]}.</li>
 *   <li>Memory: an mbox larger than 2 GiB (Enron messages repeated) is ingested by a separate JVM with
 *       {@code -Xmx1g}; it must finish and count every message.</li>
 * </ol>
 *
 * <pre>
 * mvn -B -q -pl jobs test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath dev.rapport.bench.IngestBenchmark"
 * </pre>
 * (or see the README for the one-line form). Pass {@code --no-big} to skip the large-mbox part.
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    boolean big = !List.of(args).contains("--no-big");
    if (List.of(args).contains("--child")) {
      child(args[1]);
      return;
    }
    Path enron = Corpora.enron();
    List<Path> files;
    try (Stream<Path> s = Files.walk(enron)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    // warm-up, then baseline
    parseAll(files.subList(0, Math.min(1000, files.size())));
    long t0 = System.nanoTime();
    int parsed = parseAll(files);
    double baseline = parsed / ((System.nanoTime() - t0) / 1e9);

    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("ingest-bench")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().hadoopConfiguration().set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
    count(spark, enron.toString()); // warm-up
    long t1 = System.nanoTime();
    long n = count(spark, enron.toString());
    double rapport = n / ((System.nanoTime() - t1) / 1e9);
    spark.stop();

    System.out.printf("Enron, %d files, %d cores%n", files.size(), cores);
    System.out.printf("  baseline (1 thread, mime4j parse only): %8.0f messages/s%n", baseline);
    System.out.printf("  rapport ingest (Spark local[%d]):        %8.0f messages/s  = %.2f x baseline, %.0f messages/s per core%n",
        cores, rapport, rapport / baseline, rapport / cores);

    if (big) {
      Path mbox = Path.of("target", "bench", "big.mbox").toAbsolutePath();
      long messages = writeBigMbox(files, mbox, 2200L << 20);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
      cmd.addAll(List.of(System.getProperty("rapport.addOpens", "").split("\\s+")).stream()
          .filter(x -> !x.isBlank()).toList());
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IngestBenchmark.class.getName(), "--child",
          mbox.toString()));
      long t2 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .start();
      int code = p.waitFor();
      double secs = (System.nanoTime() - t2) / 1e9;
      System.out.printf("Large mbox: %.2f GiB, %d messages, child JVM -Xmx1g exit %d in %.0f s (%.0f messages/s)%n",
          Files.size(mbox) / (double) (1L << 30), messages, code, secs, messages / secs);
      Files.deleteIfExists(mbox);
    }
  }

  private static int parseAll(List<Path> files) throws Exception {
    int n = 0;
    for (Path f : files) {
      MimeMessageParser.parse(Files.readAllBytes(f),
          new MimeMessageParser.Origin("bench", f.toString(), "maildir", 0, "", List.of()));
      n++;
    }
    return n;
  }

  static long count(SparkSession spark, String input) throws Exception {
    var conf = spark.sparkContext().hadoopConfiguration();
    InputPlan plan = InputDiscovery.discover(List.of(input), conf,
        InputDiscovery.Options.defaults(LinkedInFiles.READER));
    return Ingest.read(spark, plan, new HadoopConf(conf), ZoneId.of("UTC"), LinkedInFiles.READER)
        .filter(r -> r.outcome() == IngestRecord.Outcome.PARSED).count();
  }

  /** Enron messages repeated into one mbox of at least {@code bytes}, streamed to disk. */
  static long writeBigMbox(List<Path> files, Path mbox, long bytes) throws Exception {
    Files.createDirectories(mbox.getParent());
    long written = 0;
    long messages = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 20)) {
      while (written < bytes) {
        for (Path f : files) {
          byte[] sep = ("From bench@example.org Sat Mar 01 10:00:00 2025\n").getBytes(StandardCharsets.US_ASCII);
          String body = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
              .replaceAll("(?m)^(>*From )", ">$1");
          byte[] msg = body.getBytes(StandardCharsets.ISO_8859_1);
          out.write(sep);
          out.write(msg);
          out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
          written += sep.length + msg.length + 2;
          messages++;
          if (written >= bytes) {
            break;
          }
        }
      }
    }
    return messages;
  }

  private static void child(String mbox) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("ingest-bench-big")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().hadoopConfiguration().set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
    long n = count(spark, mbox);
    System.out.printf("  child: %d messages parsed, max heap %d MiB%n", n, Runtime.getRuntime().maxMemory() >> 20);
    spark.stop();
    if (!new File(mbox).exists()) {
      System.exit(3);
    }
  }
}
