package dev.rapport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's contract: a folder with a run.json holds a complete run, and a failed run changes nothing. */
class OutputsTest {
  /**
   * The local file system, noting every rename and delete as {@code "move FROM -> TO"} and {@code "delete PATH"}, with
   * paths relative to the output folder and staging or backup folders shortened to {@code staging/} and
   * {@code previous/}, so that the order of a commit can be checked.
   */
  public static final class Recording extends RawLocalFileSystem {
    static final List<String> OPS = new ArrayList<>();
    static String root;

    @Override
    public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) throws IOException {
      OPS.add("move " + name(src) + " -> " + name(dst));
      return super.rename(src, dst);
    }

    @Override
    public boolean delete(org.apache.hadoop.fs.Path p, boolean recursive) throws IOException {
      OPS.add("delete " + name(p));
      return super.delete(p, recursive);
    }

    private static String name(org.apache.hadoop.fs.Path p) {
      String s = p.toUri().getPath();
      s = s.startsWith(root + "/") ? s.substring(root.length() + 1) : s;
      return s.replaceFirst("^\\.rapport-staging-[^/]*", "staging")
          .replaceFirst("^\\.rapport-previous-[^/]*", "previous");
    }
  }

  @TempDir
  Path out;
  Configuration conf;

  @BeforeEach
  void recordingFileSystem() {
    conf = new Configuration(false);
    conf.set("fs.file.impl", Recording.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    Recording.OPS.clear();
    Recording.root = out.toString();
  }

  /** A run that writes run.json, cohort.csv and one report for each of {@code people}. */
  Outputs stage(String runId, String... people) throws IOException {
    Outputs o = new Outputs(out.toString(), conf);
    for (String p : people) {
      o.write("people/" + p + "/report.json", runId + " " + p);
    }
    o.write("cohort.csv", runId);
    o.write("run.json", runId);
    return o;
  }

  List<String> staging() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".rapport-staging-")).toList();
    }
  }

  @Test
  void everythingIsStagedInsideOutUntilCommit() throws IOException {
    Outputs o = stage("run1", "ann");
    String tables = o.stagingPath("tables/messages");
    assertTrue(tables.startsWith(out + "/.rapport-staging-") && tables.endsWith("/tables/messages"), tables);
    assertEquals(1, staging().size());
    assertFalse(Files.exists(out.resolve("run.json")));
    assertFalse(Files.exists(out.resolve("cohort.csv")));
  }

  @Test
  void commitTakesTheOldRunJsonAwayFirstAndMovesTheNewOneInLast() throws IOException {
    stage("run1", "ann").commit();
    Recording.OPS.clear();
    stage("run2", "ann").commit();

    List<String> ops = Recording.OPS;
    List<Integer> movesIn = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i).startsWith("move ") && !ops.get(i).matches(".* -> (staging|previous)(/.*)?")) {
        movesIn.add(i);
      }
    }
    int oldRunJsonGone = -1;
    for (int i = 0; i < ops.size() && oldRunJsonGone < 0; i++) {
      if (ops.get(i).equals("delete run.json") || ops.get(i).startsWith("move run.json -> ")) {
        oldRunJsonGone = i;
      }
    }
    assertTrue(oldRunJsonGone >= 0 && oldRunJsonGone < movesIn.get(0),
        "the old run.json must go before anything new moves in: " + ops);
    assertEquals("move staging/run.json -> run.json", ops.get(movesIn.get(movesIn.size() - 1)),
        "run.json moves in last: " + ops);
    assertEquals("run2", Files.readString(out.resolve("run.json")));
    assertEquals("run2 ann", Files.readString(out.resolve("people/ann/report.json")));
    assertEquals(List.of(), staging());
  }

  @Test
  void aCommitReplacesEachOutputWholeSoNothingOfTheOldRunLingers() throws IOException {
    stage("run1", "ann", "bo").commit();
    stage("run2", "ann").commit();
    assertFalse(Files.exists(out.resolve("people/bo")), "a person of the old run only");
    assertEquals("run2", Files.readString(out.resolve("cohort.csv")));
  }

  @Test
  void abortLeavesThePreviousRunUntouched() throws IOException {
    stage("run1", "ann").commit();
    Outputs failed = stage("run2", "ann", "bo");
    failed.abort();

    assertEquals("run1", Files.readString(out.resolve("run.json")));
    assertEquals("run1", Files.readString(out.resolve("cohort.csv")));
    assertEquals("run1 ann", Files.readString(out.resolve("people/ann/report.json")));
    assertFalse(Files.exists(out.resolve("people/bo")));
    assertEquals(List.of(), staging());
  }

  @Test
  void filesRapportDidNotWriteAreKept() throws IOException {
    Files.writeString(out.resolve(".gitkeep"), "");
    stage("run1", "ann").commit();
    stage("run2", "ann").commit();

    assertTrue(Files.exists(out.resolve(".gitkeep")));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of(".gitkeep", "cohort.csv", "people", "run.json"),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing else is left behind");
    }
  }

  @Test
  void aRunWithoutRunJsonCannotCommit() throws IOException {
    Outputs o = new Outputs(out.toString(), conf);
    o.write("cohort.csv", "x");
    try {
      o.commit();
      throw new AssertionError("commit without run.json must fail");
    } catch (IOException expected) {
      assertTrue(expected.getMessage().contains("run.json"), expected.getMessage());
    }
    assertFalse(Files.exists(out.resolve("run.json")));
  }
}
