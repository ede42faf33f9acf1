package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks every HTML page of a real {@code analyze --out DIR} run in Chromium, when asked to:
 *
 * <pre>
 * mvn -B -o -q test -Dtest=PipelineOutputBrowserIT -Drapport.checkOut=/path/to/out
 * </pre>
 *
 * Skipped when {@code rapport.checkOut} is not set, so the ordinary build does not depend on a prior run.
 */
class PipelineOutputBrowserIT {

  @Test
  void everyPageOfARunIsSafeInTheBrowser() throws IOException {
    String dir = System.getProperty("rapport.checkOut");
    Assumptions.assumeTrue(dir != null && !dir.isBlank(), "set -Drapport.checkOut=DIR to check a run's pages");
    Path out = Path.of(dir);
    List<Path> pages;
    try (Stream<Path> s = Files.walk(out)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.contains(out.resolve("index.html")), "no index.html in " + out);
    BrowserCheck.assumeAvailable();
    try (BrowserCheck b = BrowserCheck.start()) {
      for (Path p : pages) {
        b.check(p);
      }
    }
  }
}
