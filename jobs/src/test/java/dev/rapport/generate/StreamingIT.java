package dev.rapport.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.cli.GenerateCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5,000-message person is written by streaming: the generator runs in a JVM whose heap is smaller than the mbox it
 * writes, which only works if messages go to the file as they are made.
 */
class StreamingIT {
  private static final int HEAP_MB = 10;

  @TempDir
  Path out;

  @Test
  void fiveThousandMessagePersonIsWrittenWithAHeapSmallerThanItsMailbox() throws Exception {
    // Only what the generator needs: Spark and CoreNLP on the class path would not fit such a heap themselves.
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.endsWith("classes") && !p.endsWith("test-classes") || p.contains("picocli")
            || p.contains("commons-csv") || p.contains("commons-io") || p.contains("commons-codec"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = out.resolve("generate.log");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx" + HEAP_MB + "m", "-cp", classPath,
        GenerateCommand.class.getName(), "--people", "1", "--messages", "5000", "--seed", "5",
        "--out", out.resolve("cohort").toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "generator did not finish");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("wrote 1 person, 50"), output);

    Path mbox = out.resolve("cohort/person-0001").resolve(TakeoutMbox.PATH);
    long separators;
    try (var lines = Files.lines(mbox, StandardCharsets.UTF_8)) {
      separators = lines.filter(l -> l.startsWith("From ") && l.contains("@xxx ")).count();
    }
    assertTrue(separators >= 5000, "messages in the mbox: " + separators);
    assertTrue(Files.size(mbox) > HEAP_MB * 1024L * 1024L * 6 / 10,
        "the mailbox (" + Files.size(mbox) + " bytes) should not fit beside the generator in a " + HEAP_MB + " MB heap");
  }
}
