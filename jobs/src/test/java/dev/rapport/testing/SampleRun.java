package dev.rapport.testing;

import dev.rapport.job.AnalyzeJob;
import dev.rapport.job.AnalyzeOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed story cohort of {@code data-samples/}, analysed once per test JVM: the end-to-end checks and the
 * browser checks of the pages read the same run instead of paying for a Spark analysis each.
 *
 * <pre>{@code
 * Path out = SampleRun.out();   // target/test-out/stories: index.html, cohort.csv, people/<person>/report.*
 * }</pre>
 *
 * <p>Treat the folder as read-only: a test that writes into it changes what the others see.
 */
public final class SampleRun {
  public static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();
  private static Path out;

  private SampleRun() {}

  public static synchronized Path out() throws Exception {
    if (out == null) {
      Path dir = Path.of("target", "test-out", "stories").toAbsolutePath();
      // full tables: StoryCohortIT checks the reports against the contacts' real names and texts the tables hold
      // (the private default keeps neither); the pages the browser checks read are the same either way
      new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(SAMPLES.toString()), dir.toString())
          .withFullTables(true)).run();
      out = dir;
    }
    return out;
  }
}
