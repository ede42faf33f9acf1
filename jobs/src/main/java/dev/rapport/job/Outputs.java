package dev.rapport.job;

import dev.rapport.ingest.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, published so that a run killed at any moment leaves the previous complete run in place.
 *
 * <pre>{@code
 * Outputs out = new Outputs(dir, conf);      // first repairs what a killed run left half-published
 * out.write("cohort.csv", csv);              // everything goes to a staging folder inside dir
 * out.commit();                              // or out.abort()
 * }</pre>
 *
 * <p>Publishing, step by step (every step one rename, or the creation of a small file by a rename):
 * <ol>
 *   <li>the journal {@code .publishing} is created in the staging folder, naming the outputs present now;</li>
 *   <li>the old {@code run.json} is moved into a backup folder {@code .rapport-previous-<id>}, then each old output
 *       (index.html, cohort.csv, people, tables, quarantine) is moved there and its new version moved in;</li>
 *   <li>the new {@code run.json} is moved in last: that rename is the commit point;</li>
 *   <li>the backup and the staging folder are deleted.</li>
 * </ol>
 * The next run (and {@link #recover}) looks at a staging folder left behind before it does anything else: without a
 * journal it is an unpublished run and is deleted; with a journal and its {@code run.json} still staged, publishing
 * stopped before the commit point, so every output is moved back from the backup and the new ones are removed; with
 * the staged {@code run.json} gone, publishing was complete and only the cleanup is finished. Renames are atomic on
 * local disks and HDFS; on object stores (s3a) a folder rename is a copy, and this is best effort.
 *
 * <p>One run at a time per output folder: a second run started while one is publishing into the same folder would
 * take its staging folder for a killed run's.
 */
public final class Outputs {
  static final List<String> PRODUCTS = List.of("index.html", "cohort.csv", "people", "tables", "quarantine");
  static final String STAGING_PREFIX = ".rapport-staging-";
  static final String PREVIOUS_PREFIX = ".rapport-previous-";
  static final String JOURNAL = ".publishing";
  static final String RUN_JSON = "run.json";
  /**
   * Spark's log, which the command line opens in the output folder before a run starts (cli.SparkLog): Rapport's
   * own, though a folder holding only it holds no complete run.
   */
  static final String LOG = "rapport.log";
  /** Files an empty output folder may already hold (a repository's placeholder, a desktop's litter). */
  private static final Set<String> PLACEHOLDERS = Set.of(".gitkeep", ".gitignore", ".keep", ".DS_Store",
      "Thumbs.db");
  /** For the test that kills a run while it publishes: the step to stop at, never set otherwise. */
  static final String PAUSE_PROPERTY = "rapport.test.pauseAt";

  private final FileSystem fs;
  private final Path out;
  private final String id;
  private final Path staging;
  private final Path previous;

  /** Repairs what a killed run left in {@code out}, then opens a new staging folder there. */
  public Outputs(String out, Configuration conf) throws IOException {
    this.out = new Path(out);
    this.fs = this.out.getFileSystem(conf);
    recover(this.fs, this.out);
    this.id = UUID.randomUUID().toString();
    this.staging = new Path(this.out, STAGING_PREFIX + id);
    this.previous = new Path(this.out, PREVIOUS_PREFIX + id);
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

  /** Publishes the staged run in place of the previous one; see the class comment for the steps. */
  public void commit() throws IOException {
    if (!fs.exists(new Path(staging, RUN_JSON))) {
      throw new IOException("nothing to publish: " + new Path(staging, RUN_JSON) + " was not written");
    }
    List<String> products = products(fs, staging);
    List<String> present = new ArrayList<>();
    for (String p : products) {
      if (fs.exists(new Path(out, p))) {
        present.add(p);
      }
    }
    if (fs.exists(new Path(out, RUN_JSON))) {
      present.add(RUN_JSON);
    }
    pause("staged");
    Path tmp = new Path(staging, JOURNAL + ".tmp");
    try (OutputStream os = fs.create(tmp, true)) {
      os.write(("products " + String.join("\t", products) + "\npresent " + String.join("\t", present) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    rename(tmp, new Path(staging, JOURNAL));
    pause("journal");
    fs.mkdirs(previous);
    if (present.contains(RUN_JSON)) {
      // a folder without run.json is visibly not a complete run, whatever else it holds
      rename(new Path(out, RUN_JSON), new Path(previous, RUN_JSON));
      pause("aside:" + RUN_JSON);
    }
    for (String p : products) {
      if (present.contains(p)) {
        rename(new Path(out, p), new Path(previous, p));
        pause("aside:" + p);
      }
      Path staged = new Path(staging, p);
      if (fs.exists(staged)) {
        rename(staged, new Path(out, p));
        pause("in:" + p);
      }
    }
    rename(new Path(staging, RUN_JSON), new Path(out, RUN_JSON));
    pause("in:" + RUN_JSON);
    fs.delete(previous, true);
    fs.delete(staging, true);
  }

  /** Gives up this run: an unpublished staging folder is deleted, a half-published run rolled back. */
  public void abort() {
    try {
      recoverOne(fs, out, staging);
    } catch (IOException ignored) {
      // what is left is named as Rapport's, and the next run repairs it first
    }
  }

  /**
   * Brings {@code out} back to one complete run after a run was killed: an unpublished staging folder is deleted, a
   * half-published run is rolled back to the previous one, a fully published one has its cleanup finished.
   * Does nothing when nothing was left behind; never touches files Rapport did not write.
   */
  public static void recover(FileSystem fs, Path out) throws IOException {
    if (!fs.exists(out) || !fs.getFileStatus(out).isDirectory()) {
      return;
    }
    for (FileStatus s : fs.listStatus(out)) {
      if (s.isDirectory() && s.getPath().getName().startsWith(STAGING_PREFIX)) {
        recoverOne(fs, out, s.getPath());
      }
    }
    for (FileStatus s : fs.listStatus(out)) {
      String name = s.getPath().getName();
      if (s.isDirectory() && name.startsWith(PREVIOUS_PREFIX)
          && !fs.exists(new Path(out, STAGING_PREFIX + name.substring(PREVIOUS_PREFIX.length())))) {
        // a backup outlives its staging folder only when its own deletion was cut short after the commit point
        fs.delete(s.getPath(), true);
      }
    }
  }

  private static void recoverOne(FileSystem fs, Path out, Path staging) throws IOException {
    String runId = staging.getName().substring(STAGING_PREFIX.length());
    Path previous = new Path(out, PREVIOUS_PREFIX + runId);
    Path journal = new Path(staging, JOURNAL);
    if (fs.exists(journal) && fs.exists(new Path(staging, RUN_JSON))) {
      rollBack(fs, out, previous, readJournal(fs, journal));
    }
    // no journal: never published; journal without a staged run.json: published, only the cleanup was left
    fs.delete(previous, true);
    fs.delete(staging, true);
  }

  private static void rollBack(FileSystem fs, Path out, Path previous, Journal j) throws IOException {
    List<String> names = new ArrayList<>(j.products());
    names.add(RUN_JSON);
    for (String n : names) {
      Path current = new Path(out, n);
      Path old = new Path(previous, n);
      if (fs.exists(old)) {
        if (fs.exists(current)) {
          fs.delete(current, true);
        }
        rename(fs, old, current);
      } else if (!j.present().contains(n) && fs.exists(current)) {
        // new in this run: moved in before the kill; the previous run did not have it
        fs.delete(current, true);
      }
      // present and not in the backup: not moved aside yet, still the previous run's
    }
  }

  private record Journal(List<String> products, Set<String> present) {}

  private static Journal readJournal(FileSystem fs, Path journal) throws IOException {
    List<String> products = new ArrayList<>();
    Set<String> present = new TreeSet<>();
    String text;
    try (var in = fs.open(journal)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : text.split("\n")) {
      if (line.startsWith("products ")) {
        products.addAll(split(line.substring("products ".length())));
      } else if (line.startsWith("present ")) {
        present.addAll(split(line.substring("present ".length())));
      }
    }
    return new Journal(products, present);
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String x : s.split("\t")) {
      if (!x.isBlank() && !x.contains("/") && !x.equals("..")) {
        out.add(x);
      }
    }
    return out;
  }

  /** The outputs a run publishes: the known ones and whatever else the staging folder holds at its top. */
  private static List<String> products(FileSystem fs, Path staging) throws IOException {
    Set<String> names = new TreeSet<>(PRODUCTS);
    for (FileStatus s : fs.listStatus(staging)) {
      String n = s.getPath().getName();
      if (!n.equals(RUN_JSON) && !n.startsWith(JOURNAL)) {
        names.add(n);
      }
    }
    List<String> ordered = new ArrayList<>(PRODUCTS);
    names.stream().filter(n -> !PRODUCTS.contains(n)).forEach(ordered::add);
    return ordered;
  }

  private void rename(Path from, Path to) throws IOException {
    rename(fs, from, to);
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (fs.exists(to)) {
      // Hadoop's rename moves a folder into an existing one instead of replacing it
      throw new IOException("could not move " + from + " to " + to + ": the target exists");
    }
    if (!fs.rename(from, to)) {
      throw new IOException("could not move " + from + " to " + to);
    }
  }

  /** Stops here for ever when the test that kills runs asked for this step; otherwise does nothing. */
  private static void pause(String step) {
    if (step.equals(System.getProperty(PAUSE_PROPERTY))) {
      System.err.println("rapport: paused at " + step);
      System.err.flush();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---- where the output may go: checked before anything runs ----

  /**
   * Refuses an output folder inside an input or an input inside the output (the next run would read the reports as
   * mail, or publishing would replace the input), and an existing folder holding files Rapport did not write.
   *
   * @throws InputException naming both paths or the folder, for exit code 2
   */
  public static void checkPlacement(List<String> inputs, String out, Configuration conf)
      throws InputException, IOException {
    Path outPath = new Path(out);
    FileSystem fs = outPath.getFileSystem(conf);
    String outKey = key(fs, outPath);
    for (String input : inputs) {
      Path in = new Path(input);
      String inKey = key(in.getFileSystem(conf), in);
      if (within(outKey, inKey)) {
        throw new InputException(out, "the output folder is inside the input " + input
            + " (the next run would read the reports as mail); choose a folder outside it");
      }
      if (within(inKey, outKey)) {
        throw new InputException(out, "the input " + input + " is inside the output folder (publishing would"
            + " replace it); choose another output folder");
      }
    }
    if (!fs.exists(outPath)) {
      return;
    }
    FileStatus st = fs.getFileStatus(outPath);
    if (!st.isDirectory()) {
      throw new InputException(out, "exists and is a file, not a folder");
    }
    boolean ours = false;
    List<String> foreign = new ArrayList<>();
    for (FileStatus s : fs.listStatus(outPath)) {
      String n = s.getPath().getName();
      if (n.equals(RUN_JSON) || n.startsWith(STAGING_PREFIX) || n.startsWith(PREVIOUS_PREFIX)) {
        ours = true;
      } else if (!PLACEHOLDERS.contains(n) && !n.equals(LOG)) {
        foreign.add(n);
      }
    }
    if (!ours && !foreign.isEmpty()) {
      java.util.Collections.sort(foreign);
      throw new InputException(out, "exists and holds files Rapport did not write (" + String.join(", ",
          foreign.subList(0, Math.min(3, foreign.size()))) + (foreign.size() > 3 ? ", …" : "")
          + "); choose an empty or new folder");
    }
  }

  /** A path as a comparable string: real and absolute on the local disk (links resolved), the full URI elsewhere. */
  private static String key(FileSystem fs, Path p) throws IOException {
    Path q = fs.makeQualified(p);
    if ("file".equals(q.toUri().getScheme())) {
      java.nio.file.Path local = java.nio.file.Paths.get(q.toUri()).toAbsolutePath().normalize();
      java.nio.file.Path existing = local;
      List<String> rest = new ArrayList<>();
      while (existing != null && !java.nio.file.Files.exists(existing)) {
        rest.add(0, existing.getFileName().toString());
        existing = existing.getParent();
      }
      java.nio.file.Path real = existing == null ? local : existing.toRealPath();
      for (String r : rest) {
        real = real.resolve(r);
      }
      return real.toString();
    }
    return q.toString();
  }

  private static boolean within(String inner, String outer) {
    String o = outer.endsWith("/") ? outer : outer + "/";
    return inner.equals(outer) || inner.startsWith(o);
  }
}
