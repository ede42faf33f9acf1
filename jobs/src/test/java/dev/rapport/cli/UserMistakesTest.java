package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      int code = Main.run(args);
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
}
