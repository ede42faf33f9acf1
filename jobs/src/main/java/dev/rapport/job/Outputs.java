package dev.rapport.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, written so that a failed run never leaves a half-written report that looks complete.
 *
 * <p>Everything is written into a staging folder inside {@code --out}. On success the previous run's
 * {@code run.json} is removed first, each output is moved into place, and {@code run.json} is moved last: a
 * folder with a {@code run.json} holds a complete run. On failure the staging folder is deleted and the previous
 * outputs are left as they were. Files in {@code --out} that Rapport does not write (a {@code .gitkeep}) are kept.
 */
public final class Outputs {
  static final List<String> PRODUCTS = List.of("index.html", "cohort.csv", "people", "tables", "quarantine");
  private final FileSystem fs;
  private final Path out;
  private final Path staging;

  public Outputs(String out, Configuration conf) throws IOException {
    this.out = new Path(out);
    this.fs = this.out.getFileSystem(conf);
    this.staging = new Path(this.out, ".rapport-staging-" + UUID.randomUUID());
    fs.mkdirs(staging);
  }

  /** A path inside the staging folder, for writers such as Spark's Parquet writer. */
  public String stagingPath(String relative) {
    return new Path(staging, relative).toString();
  }

  public void write(String relative, String content) throws IOException {
    try (OutputStream os = fs.create(new Path(staging, relative), true)) {
      os.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  public void mkdirs(String relative) throws IOException {
    fs.mkdirs(new Path(staging, relative));
  }

  /** Moves the staged outputs into place, run.json last. */
  public void commit() throws IOException {
    Path runJson = new Path(out, "run.json");
    if (fs.exists(runJson)) {
      fs.delete(runJson, false);
    }
    for (String product : PRODUCTS) {
      Path target = new Path(out, product);
      if (fs.exists(target)) {
        fs.delete(target, true);
      }
      Path staged = new Path(staging, product);
      if (fs.exists(staged) && !fs.rename(staged, target)) {
        throw new IOException("could not move " + staged + " to " + target);
      }
    }
    if (!fs.rename(new Path(staging, "run.json"), runJson)) {
      throw new IOException("could not write " + runJson);
    }
    fs.delete(staging, true);
  }

  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException ignored) {
      // the staging folder is named as such and never mistaken for a finished run
    }
  }
}
