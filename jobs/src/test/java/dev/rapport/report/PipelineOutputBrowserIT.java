package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.patterns.PatternId;
import dev.rapport.testing.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every HTML page of a real {@code analyze} run, opened in Chromium: safe, and laid out for what a counselor
 * reads it on (a 1280-pixel laptop, a 1920-pixel screen, paper). By default the run is {@code data-samples/}
 * ({@link SampleRun}); to check another run's pages, for example on real mail:
 *
 * <pre>
 * mvn -B -o -pl jobs verify -Dit.test=PipelineOutputBrowserIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drapport.checkOut=/path/to/out
 * </pre>
 */
class PipelineOutputBrowserIT {
  /** After Person, Attention, Messages, Contacts and Findings: one column per habit. */
  private static final String HABIT_HEADERS = "#cohort thead th:nth-child(n+6)";
  /** Contact labels in the evidence tables of findings and strengths. */
  static final String CONTACT_LABELS = "article table tbody td:nth-child(2) bdi";

  private static Path out;
  private static List<Path> pages;
  private static BrowserCheck browser;

  @BeforeAll
  static void pagesOfARun() throws Exception {
    String dir = System.getProperty("rapport.checkOut");
    out = dir == null || dir.isBlank() ? SampleRun.out() : Path.of(dir).toAbsolutePath();
    try (Stream<Path> s = Files.walk(out)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    if (BrowserCheck.available()) {
      browser = BrowserCheck.start();
    }
  }

  @BeforeEach
  void needsChromium() {
    BrowserCheck.assumeAvailable();
  }

  @AfterEach
  void screenLayout() {
    if (browser != null) {
      browser.resetLayout();
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyPageOfARunIsSafeInTheBrowser() {
    assertTrue(pages.contains(out.resolve("index.html")), "no index.html in " + out);
    assertTrue(pages.size() > 1, "no person's report.html in " + out);
    for (Path p : pages) {
      browser.check(p);
    }
  }

  @Test
  void theCohortTableFitsALaptopScreenWithAllNineHabitsVisible() {
    browser.open(out.resolve("index.html"));
    browser.screen(BrowserCheck.LAPTOP, 800);
    assertEquals(PatternId.values().length, browser.count(HABIT_HEADERS), "one header per habit");
    assertEquals(List.of(), browser.hiddenSideways(HABIT_HEADERS),
        "habit columns off screen at " + BrowserCheck.LAPTOP + "px");
    Object right = browser.js("return document.getElementById('cohort').getBoundingClientRect().right;");
    Object limit = browser.js("return document.documentElement.clientWidth;");
    assertTrue(((Number) right).doubleValue() <= ((Number) limit).doubleValue(),
        "at " + BrowserCheck.LAPTOP + "px the cohort table ends at " + right + "px, past the viewport's " + limit);
    browser.screenshot(BrowserCheck.screenshotFor(out.resolve("index.html")));
  }

  @Test
  void noContactLabelWrapsInAnEvidenceTableOnScreenOrPaper() {
    int labels = 0;
    for (Path p : personPages()) {
      browser.open(p);
      labels += browser.count(CONTACT_LABELS);
      for (int width : new int[] {BrowserCheck.LAPTOP, BrowserCheck.DESKTOP, 0}) {
        String where = width == 0 ? "print (" + browser.print() + "px)" : width + "px";
        if (width > 0) {
          browser.screen(width, 800);
        }
        assertEquals(List.of(), browser.wrapped(CONTACT_LABELS), "contact labels broken across lines at "
            + where + " in " + p);
      }
      browser.resetLayout();
    }
    assertTrue(labels > 0, "no evidence table with a contact in " + out + ": the check above proved nothing");
  }

  @Test
  void noPageOverflowsItsWidthOnALaptopADesktopOrPaper() {
    List<String> problems = new ArrayList<>();
    for (Path p : pages) {
      browser.open(p);
      for (int width : new int[] {BrowserCheck.LAPTOP, BrowserCheck.DESKTOP, 0}) {
        String where = width == 0 ? "print (" + browser.print() + "px)" : width + "px";
        if (width > 0) {
          browser.screen(width, 800);
        }
        List<String> over = browser.overflowing();
        browser.screenshot(BrowserCheck.screenshotFor(p, "-" + (width == 0 ? "print" : width)));
        if (!over.isEmpty()) {
          problems.add(out.relativize(p) + " at " + where + ": " + String.join("; ", over.subList(0,
              Math.min(5, over.size()))) + (over.size() > 5 ? "; and " + (over.size() - 5) + " more" : ""));
        }
      }
      browser.resetLayout();
    }
    assertEquals(List.of(), problems, "content wider than the page");
  }

  private static List<Path> personPages() {
    return pages.stream().filter(p -> p.getFileName().toString().equals("report.html")).toList();
  }
}
