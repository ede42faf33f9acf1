package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.testing.RunJson;
import dev.rapport.testing.SparkTestSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at any moment of a run, publishing included, leaves the previous complete run in place: each
 * case starts {@code analyze} in a child JVM, kills it ({@link Process#destroyForcibly}) at one moment, lets the
 * next run's first step ({@link Outputs#recover}) repair the folder, and compares every file with the previous run.
 * Slow (one child JVM with Spark per case, about a minute each here).
 */
class KilledRunIT {
  @TempDir
  static Path tmp;

  static Path previousInput;
  static Path nextInput;
  static Path out;
  static Map<String, String> previous;

  static String mbox(String owner, String other, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String from = i % 2 == 0 ? owner : other;
      String to = i % 2 == 0 ? other : owner;
      b.append("From ").append(from).append(" Sat Mar 01 10:00:00 2025\nFrom: ").append(from).append("\nTo: ")
          .append(to).append("\nSubject: plans ").append(i / 2).append("\nMessage-ID: <").append(owner, 0, 3)
          .append(i).append("@example.org>\nDate: Sat, ").append(1 + i).append(" Mar 2025 10:00:00 +0000\n\n")
          .append(i % 2 == 0 ? "Could we meet next week to talk about the project?" : "Yes, Tuesday works.")
          .append("\n\n");
    }
    return b.toString();
  }

  @BeforeAll
  static void previousRun() throws Exception {
    previousInput = Files.createDirectories(tmp.resolve("cohort-a/ann"));
    Files.writeString(previousInput.resolve("mail.mbox"), mbox("ann@example.org", "cy@example.org", 6));
    previousInput = previousInput.getParent();
    Path bob = Files.createDirectories(tmp.resolve("cohort-b/bob"));
    Files.writeString(bob.resolve("mail.mbox"), mbox("bob@example.org", "di@example.org", 6));
    Path ann = Files.createDirectories(tmp.resolve("cohort-b/ann"));
    Files.writeString(ann.resolve("mail.mbox"), mbox("ann@example.org", "cy@example.org", 8));
    nextInput = tmp.resolve("cohort-b");
    out = tmp.resolve("reports");
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(previousInput.toString()), out.toString())).run();
    previous = snapshot(out);
    assertTrue(previous.containsKey("run.json") && previous.containsKey("people/ann/report.json"), previous.keySet()
        .toString());
    assertConsistent(out);
  }

  @Test
  void killedWhileReading() throws Exception {
    Process p = start(null);
    try {
      // the staging folder holds tables once ingest and threading are done: the job is in its Spark work
      waitFor(() -> stagingHolds("tables/messages"), Duration.ofMinutes(5), p);
    } finally {
      kill(p);
    }
    assertEquals(previous, snapshot(out), "a run killed before publishing touches nothing of the previous one");
    recover();
    assertEquals(previous, snapshot(out));
    assertNoLeftovers();
  }

  @Test
  void killedAfterTheOldRunJsonWasMovedAside() throws Exception {
    killAtAndRecover("aside:run.json");
  }

  @Test
  void killedWithNewPeopleInPlaceAndOldTablesMovedAside() throws Exception {
    killAtAndRecover("aside:tables");
  }

  @Test
  void killedAfterTheNewRunJsonWasMovedInTheNewRunStands() throws Exception {
    Process p = start("in:run.json");
    pausedThenKilled(p, "in:run.json");
    recover();
    Map<String, String> now = snapshot(out);
    assertNotEquals(previous.get("run.json"), now.get("run.json"));
    assertTrue(now.containsKey("people/bob/report.json"), now.keySet().toString());
    assertConsistent(out);
    assertNoLeftovers();
    restorePrevious();
  }

  void killAtAndRecover(String step) throws Exception {
    Process p = start(step);
    pausedThenKilled(p, step);
    assertFalse(Files.exists(out.resolve("run.json")), "mid-publishing, the folder is visibly not a complete run");
    recover();
    assertEquals(previous, snapshot(out), "after " + step + ", the previous run is back, file for file");
    assertConsistent(out);
    assertNoLeftovers();
  }

  /** Puts the previous run back for the next case, through an ordinary run of the previous input. */
  static void restorePrevious() throws Exception {
    new AnalyzeJob(SparkTestSession.get(), AnalyzeOptions.of(List.of(previousInput.toString()), out.toString())).run();
    assertConsistent(out);
    assertFalse(Files.exists(out.resolve("people/bob")), "the previous input's run replaced the killed one's");
    previous = snapshot(out);
  }

  // ---- the child run ----

  static Process start(String pauseAt) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    cmd.add("-Xmx1g");
    if (pauseAt != null) {
      cmd.add("-D" + Outputs.PAUSE_PROPERTY + "=" + pauseAt);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.rapport.cli.Main", "analyze",
        nextInput.toString(), "--out", out.toString(), "--master", "local[1]"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** Waits for the child to say it is paused at {@code step}, then kills it. */
  static void pausedThenKilled(Process p, String step) throws Exception {
    StringBuilder seen = new StringBuilder();
    CompletableFuture<Boolean> paused = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (seen) {
            seen.append(line).append('\n');
          }
          if (line.equals("rapport: paused at " + step)) {
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        return false;
      }
    });
    try {
      assertTrue(paused.get(8, TimeUnit.MINUTES), () -> "the child never paused at " + step + ":\n" + seen);
    } finally {
      kill(p);
    }
  }

  static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child did not die");
  }

  interface Condition {
    boolean holds() throws IOException;
  }

  static void waitFor(Condition c, Duration max, Process p) throws Exception {
    // drain the child's output so that it never blocks on a full pipe
    CompletableFuture.runAsync(() -> {
      try {
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException ignored) {
        // the child was killed
      }
    });
    long end = System.nanoTime() + max.toNanos();
    while (!c.holds()) {
      assertTrue(p.isAlive(), "the child ended before the moment to kill it");
      assertTrue(System.nanoTime() < end, "the moment to kill never came");
      Thread.sleep(100);
    }
  }

  static boolean stagingHolds(String relative) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.anyMatch(d -> d.getFileName().toString().startsWith(Outputs.STAGING_PREFIX)
          && Files.exists(d.resolve(relative)));
    }
  }

  // ---- the folder ----

  static void recover() throws IOException {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", org.apache.hadoop.fs.RawLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    Outputs.recover(FileSystem.get(out.toUri(), conf), new org.apache.hadoop.fs.Path(out.toUri()));
  }

  static void assertNoLeftovers() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      List<String> hidden = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".rapport-")).toList();
      assertEquals(List.of(), hidden);
    }
  }

  /** Every person run.json names has a report, and cohort.csv has one row per person. */
  static void assertConsistent(Path dir) throws IOException {
    JsonNode run = RunJson.read(dir.resolve("run.json"));
    List<String> people = new ArrayList<>();
    run.get("people").fieldNames().forEachRemaining(people::add);
    assertFalse(people.isEmpty());
    for (String person : people) {
      assertTrue(Files.exists(dir.resolve("people/" + person + "/report.json")), person);
      assertTrue(Files.exists(dir.resolve("people/" + person + "/report.html")), person);
    }
    List<String> csv = Files.readAllLines(dir.resolve("cohort.csv"));
    assertEquals(people.size() + 1, csv.size(), csv.toString());
    assertTrue(Files.exists(dir.resolve("index.html")));
    try (Stream<Path> s = Files.list(dir.resolve("people"))) {
      assertEquals(people.size(), s.count(), "no report of another run beside these");
    }
  }

  /**
   * Every file under {@code dir} but Rapport's hidden working folders and Spark's log, with its SHA-256. The log is
   * the killed run's own diary (the command line opens it before the run starts); it is not part of a published run.
   */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(f).toString();
        if (!rel.startsWith(".rapport-") && !rel.equals("rapport.log")) {
          try {
            out.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
          } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return out;
  }
}
