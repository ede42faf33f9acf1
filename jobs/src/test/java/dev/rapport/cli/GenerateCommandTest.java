package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir
  Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new GenerateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void writesTheRequestedPeopleAndSaysSo() {
    Run r = run("--people", "2", "--messages", "40", "--out", tmp.toString(), "--seed", "4");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("generate: wrote 2 people, "), r.out());
    assertTrue(Files.isDirectory(tmp.resolve("person-0001")) && Files.isDirectory(tmp.resolve("person-0002")));
  }

  @Test
  void peopleAndMessagesAreRequiredWithoutStories() {
    Run r = run("--out", tmp.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--people and --messages are required"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace for a usage mistake");
  }

  @Test
  void anOutputPathThatIsAFileIsBadUsage() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    Run r = run("--people", "1", "--messages", "5", "--out", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(file + ": exists and is not a folder"), r.err());
  }

  @Test
  void nonPositiveCountsAreBadUsage() {
    assertEquals(2, run("--people", "0", "--messages", "5", "--out", tmp.toString()).exit());
    assertEquals(2, run("--people", "1", "--messages", "-3", "--out", tmp.toString()).exit());
  }
}
