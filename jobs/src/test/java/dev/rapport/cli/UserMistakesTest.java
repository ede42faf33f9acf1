package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.ingest.InputException;
import dev.rapport.job.AnalyzeJob;
import dev.rapport.job.AnalyzeOptions;
import dev.rapport.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A user's mistake gets exit code 2 and one line naming the path and the problem, never a stack trace. */
class UserMistakesTest {
  @TempDir
  Path tmp;

  @BeforeAll
  static void spark() {
    SparkTestSession.get();
  }

  record Outcome(int code, String err) {}

  Outcome run(String... args) {
    return run(CommandLine.defaultFactory(), args);
  }

  /** The command line with {@code runner} standing in for the Spark job. */
  Outcome runWith(AnalyzeCommand.Runner runner, String... args) {
    return run(new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        return cls == AnalyzeCommand.class ? cls.cast(new AnalyzeCommand(runner))
            : CommandLine.defaultFactory().create(cls);
      }
    }, args);
  }

  /** A job that must not start: a mistake in the options is caught before Spark is. */
  static final AnalyzeCommand.Runner NEVER = options -> {
    throw new AssertionError("the job started although the options were wrong: " + options);
  };

  Outcome run(CommandLine.IFactory factory, String... args) {
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      int code = Main.run(factory, args);
      return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
  }

  void assertOneLine(Outcome o, String path, String problem) {
    assertEquals(2, o.code(), o.err());
    String[] lines = o.err().strip().split("\n");
    assertEquals(1, lines.length, o.err());
    assertTrue(lines[0].contains(path) && lines[0].contains(problem), o.err());
    assertFalse(o.err().contains("\tat "), "no stack trace");
  }

  @Test
  void missingPath() {
    String p = tmp.resolve("nope").toString();
    assertOneLine(run("analyze", p, "--out", tmp.resolve("o").toString()), p, "no such file or folder");
  }

  @Test
  void emptyFolder() throws Exception {
    Path d = Files.createDirectory(tmp.resolve("empty"));
    assertOneLine(run("analyze", d.toString(), "--out", tmp.resolve("o").toString()), d.toString(), "empty folder");
  }

  @Test
  void fileThatIsNoArchive() throws Exception {
    Path f = Files.writeString(tmp.resolve("notes.bin"), "\u0001\u0002 just some bytes, no mail here");
    assertOneLine(run("analyze", f.toString(), "--out", tmp.resolve("o").toString()), f.toString(),
        "not a mail archive");
  }

  @Test
  void emptyMboxFile() throws Exception {
    Path f = Files.writeString(tmp.resolve("Inbox"), "");
    assertOneLine(run("analyze", f.toString(), "--out", tmp.resolve("o").toString()), f.toString(), "empty file");
  }

  @Test
  void badDateOption() throws Exception {
    Outcome o = run("analyze", tmp.toString(), "--since", "last tuesday");
    assertEquals(2, o.code());
    assertTrue(o.err().contains("--since") && o.err().contains("last tuesday"), o.err());
  }

  @Test
  void unknownOption() {
    assertEquals(2, run("analyze", "--frobnicate").code());
  }

  @Test
  void aMistypedThresholdIsNamedWithItsValueBeforeAnythingRuns() {
    Outcome o = runWith(NEVER, "analyze", tmp.toString(), "--set", "max_recipient=10");
    assertOneLine(o, "max_recipient", "did you mean 'max_recipients'");
    assertTrue(o.err().contains("10"), o.err());
  }

  @Test
  void aThresholdOutOfRangeIsNamedWithItsValueBeforeAnythingRuns() {
    assertOneLine(runWith(NEVER, "analyze", tmp.toString(), "--set", "ask_probability=1.5"), "ask_probability",
        "1.5");
    assertOneLine(runWith(NEVER, "analyze", tmp.toString(), "--set", "thanks_days=a week"), "thanks_days",
        "a week");
    assertOneLine(runWith(NEVER, "analyze", tmp.toString(), "--set", "min_repeats=0"), "min_repeats", "at least 1");
  }

  @Test
  void aMistypedLimitIsNamedWithTheLimitItMeant() {
    assertOneLine(runWith(NEVER, "analyze", tmp.toString(), "--set", "max_line_byte=4096"), "max_line_byte",
        "did you mean 'max_line_bytes'");
  }

  @Test
  void aLimitOutOfRangeIsNamedWithItsValueBeforeAnythingRuns() {
    assertOneLine(runWith(NEVER, "analyze", tmp.toString(), "--set", "max_line_bytes=12"), "max_line_bytes",
        "1024 to");
  }

  @Test
  void theJobGetsTypedLimits() throws Exception {
    // the input must exist: a missing one is refused before Spark starts
    Files.createDirectories(tmp.resolve("in"));
    AtomicReference<AnalyzeOptions> seen = new AtomicReference<>();
    Outcome o = runWith(options -> {
      seen.set(options);
      return new AnalyzeJob.Result(List.of(), options.out(), 0, 0);
    }, "analyze", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString(),
        "--set", "max_message_recipients=50", "--set", "thanks_days=5");
    assertEquals(0, o.code(), o.err());
    assertEquals(50, seen.get().limits().maxMessageRecipients());
    assertEquals(5, seen.get().thresholds().thanksDays());
  }

  @Test
  void theJobGetsTypedThresholdsAndTheMasterFromTheOptions() throws Exception {
    // the input must exist: a missing one is refused before Spark starts
    Files.createDirectories(tmp.resolve("in"));
    AtomicReference<AnalyzeOptions> seen = new AtomicReference<>();
    Outcome o = runWith(options -> {
      seen.set(options);
      return new AnalyzeJob.Result(List.of(), options.out(), 0, 0);
    }, "analyze", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString(), "--master", "local[1]",
        "--set", "max_recipients=10", "--set", "conversation_gap_days=60");
    assertEquals(0, o.code(), o.err());
    assertEquals(10, seen.get().thresholds().maxRecipients());
    assertEquals(60, seen.get().thresholds().conversationGapDays());
    assertEquals("local[1]", seen.get().master());
  }

  @Test
  void anOutputFolderInsideTheInputIsRefusedNamingBoth() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("cohort"));
    String out = in.resolve("reports").toString();
    Outcome o = runWith(NEVER, "analyze", in.toString(), "--out", out);
    assertOneLine(o, out, "inside the input " + in);
  }

  @Test
  void anInputInsideTheOutputFolderIsRefusedNamingBoth() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("reports/ann"));
    String out = tmp.resolve("reports").toString();
    Outcome o = runWith(NEVER, "analyze", in.toString(), "--out", out);
    assertOneLine(o, out, "the input " + in + " is inside the output folder");
  }

  @Test
  void theInputItselfAsOutputIsRefused() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("cohort"));
    assertOneLine(runWith(NEVER, "analyze", in.toString(), "--out", in.toString()), in.toString(), "inside");
  }

  @Test
  void anOutputFolderThroughASymlinkIntoTheInputIsRefused() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("cohort/ann"));
    Path link = Files.createSymbolicLink(tmp.resolve("elsewhere"), in);
    String out = link.resolve("reports").toString();
    assertOneLine(runWith(NEVER, "analyze", tmp.resolve("cohort").toString(), "--out", out), out, "inside the input");
  }

  @Test
  void aNonEmptyFolderRapportDidNotWriteIsRefused() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("cohort"));
    Path docs = Files.createDirectories(tmp.resolve("Documents"));
    Files.writeString(docs.resolve("thesis.docx"), "my thesis");
    Outcome o = runWith(NEVER, "analyze", in.toString(), "--out", docs.toString());
    assertOneLine(o, docs.toString(), "holds files Rapport did not write (thesis.docx)");
    assertFalse(Files.exists(docs.resolve("rapport.log")), "a refused folder gets no log file");
    assertTrue(Files.exists(docs.resolve("thesis.docx")));
  }

  @Test
  void aFolderWithOnlyAPlaceholderOrAPreviousRunIsAccepted() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("cohort"));
    Path placeholder = Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(placeholder.resolve(".gitkeep"), "");
    Path previous = Files.createDirectories(tmp.resolve("previous"));
    Files.writeString(previous.resolve("run.json"), "{}");
    Files.writeString(previous.resolve("cohort.csv"), "person\n");
    AnalyzeCommand.Runner ok = options -> new AnalyzeJob.Result(List.of(), options.out(), 0, 0);
    assertEquals(0, runWith(ok, "analyze", in.toString(), "--out", placeholder.toString()).code());
    assertEquals(0, runWith(ok, "analyze", in.toString(), "--out", previous.toString()).code());
  }

  @Test
  void aFullDiskIsOneLineAndExitOne() throws Exception {
    // the input must exist: a missing one is refused before Spark starts
    Files.createDirectories(tmp.resolve("in"));
    Outcome o = runWith(options -> {
      throw new RuntimeException("Job aborted", new java.io.IOException("No space left on device"));
    }, "analyze", tmp.resolve("in").toString(), "--out", tmp.resolve("o").toString());
    assertEquals(1, o.code(), o.err());
    assertEquals(1, o.err().strip().split("\n").length, o.err());
    assertTrue(o.err().contains("disk is full"), o.err());
  }

  @Test
  void unreadableInputFoundByTheJobIsStillAUsageError() {
    Outcome o = runWith(options -> {
      throw new InputException("/data/ann/Inbox", "permission denied");
    }, "analyze", tmp.toString());
    assertOneLine(o, "/data/ann/Inbox", "permission denied");
  }

  /** An IllegalArgumentException from inside the job is a bug in Rapport, not the user's mistake. */
  @Test
  void anInternalIllegalArgumentIsAFailureNotAUsageError() {
    Outcome o = runWith(options -> {
      throw new IllegalArgumentException("numHashes must be a positive multiple of bands");
    }, "analyze", tmp.toString());
    assertEquals(1, o.code(), o.err());
    assertTrue(o.err().contains("IllegalArgumentException: numHashes must be"), o.err());
    if (System.getenv("RAPPORT_DEBUG") == null) {
      assertTrue(o.err().contains("RAPPORT_DEBUG=1"), o.err());
      assertFalse(o.err().contains("\tat "), "the stack trace only on request");
    }
  }
}
