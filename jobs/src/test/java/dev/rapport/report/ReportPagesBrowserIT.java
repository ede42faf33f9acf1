package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.WebElement;

/**
 * Both pages, rendered from reports full of hostile text, opened in real headless Chromium from {@code file://}:
 * nothing from the data runs, nothing is fetched, nothing errors, and the cohort table sorts.
 */
class ReportPagesBrowserIT {
  /** Folder names a hostile cohort could have; each must still link and render safely. */
  static final List<String> PEOPLE = List.of(
      "avery", "x\" onmouseover=\"window.__pwned=30", "<img src=x onerror=window.__pwned=31>",
      "javascript:window.__pwned=32", "שלום 👩🏽‍💻", "{{7*7}} ${7*7}", "a b&c%20d#e?f");

  private static BrowserCheck browser;
  private static Path out;

  @BeforeAll
  static void startBrowser() throws IOException {
    if (BrowserCheck.available()) {
      browser = BrowserCheck.start();
    }
    out = Files.createDirectories(Path.of("target", "browser-test", "out")).toAbsolutePath();
    List<PersonReport> cohort = new ArrayList<>();
    for (int i = 0; i < PEOPLE.size(); i++) {
      PersonReport r = i == 0 ? Fixtures.avery() : Fixtures.hostileReport(PEOPLE.get(i));
      cohort.add(r);
      Path dir = Files.createDirectories(out.resolve("people").resolve(PEOPLE.get(i)));
      Files.writeString(dir.resolve("report.html"), PersonPage.render(r, ReportOptions.defaults()),
          StandardCharsets.UTF_8);
    }
    Files.writeString(out.resolve("index.html"), CohortPage.render(cohort, ReportOptions.defaults()),
        StandardCharsets.UTF_8);
  }

  @BeforeEach
  void needsChromium() {
    BrowserCheck.assumeAvailable();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void cohortPageRunsNoDataScriptFetchesNothingAndLogsNoError() {
    Path png = browser.check(out.resolve("index.html"));
    assertTrue(Files.exists(png));
  }

  @Test
  void everyPersonPageRunsNoDataScriptFetchesNothingAndLogsNoError() {
    for (String person : PEOPLE) {
      Path page = out.resolve("people").resolve(person).resolve("report.html");
      browser.check(page);
    }
  }

  @Test
  void personPageFromRealNamesWithHostileLabelsIsStillSafe() throws IOException {
    Path page = out.resolve("named.html");
    Files.writeString(page, PersonPage.render(Fixtures.hostileReport("named"),
        ReportOptions.defaults().withRealNames(true).withMaxExcerptChars(5000)), StandardCharsets.UTF_8);
    browser.check(page);
  }

  @Test
  void longExcerptsAndLabelsWrapInsideThePageOnALaptopAndOnPaper() throws IOException {
    Path page = out.resolve("named-long.html");
    Files.writeString(page, PersonPage.render(Fixtures.hostileReport("named"),
        ReportOptions.defaults().withRealNames(true).withMaxExcerptChars(5000)), StandardCharsets.UTF_8);
    for (Path p : List.of(page, out.resolve("people").resolve("avery").resolve("report.html"))) {
      browser.open(p);
      try {
        browser.screen(BrowserCheck.LAPTOP, 800);
        assertEquals(List.of(), browser.overflowing(), "at " + BrowserCheck.LAPTOP + "px: " + p);
        int printable = browser.print();
        assertEquals(List.of(), browser.overflowing(), "in print, " + printable + "px: " + p);
      } finally {
        browser.resetLayout();
      }
    }
    browser.open(out.resolve("people").resolve("avery").resolve("report.html"));
    try {
      browser.print();
      assertEquals(List.of(), browser.wrapped(PipelineOutputBrowserIT.CONTACT_LABELS), "Avery's pseudonyms on paper");
    } finally {
      browser.resetLayout();
    }
  }

  @Test
  void pagesServedByAStaticWebServerFetchNothingElse() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Path file = out.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      byte[] body = file.startsWith(out) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    try {
      String origin = "http://127.0.0.1:" + server.getAddress().getPort();
      browser.check(out.resolve("index.html"), URI.create(origin + "/index.html"), origin);
      browser.driver().findElements(By.cssSelector("#cohort tbody a")).get(0).click();
      assertTrue(browser.driver().getCurrentUrl().startsWith(origin + "/people/"), browser.driver().getCurrentUrl());
      assertTrue(browser.driver().getTitle().startsWith("Networking report"), "the linked report was served");
      Path avery = out.resolve("people").resolve("avery").resolve("report.html");
      browser.check(avery, URI.create(origin + "/people/avery/report.html"), origin);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void personPagePrintsWithThePrintStylesheet() {
    browser.open(out.resolve("people").resolve("avery").resolve("report.html"));
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    assertEquals("16px", browser.js("return getComputedStyle(document.body).fontSize;"));
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertEquals("14.6667px", browser.js("return getComputedStyle(document.body).fontSize;"), "11pt in print");
    assertEquals("avoid", browser.js(
        "return getComputedStyle(document.querySelector('article.finding')).breakInside;"));
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    byte[] pdf = java.util.Base64.getDecoder().decode(chrome.print(new PrintOptions()).getContent());
    assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"),
        "printing produced a PDF");
  }

  @Test
  void cohortLinksOpenEachPersonsReport() {
    browser.open(out.resolve("index.html"));
    List<WebElement> links = browser.driver().findElements(By.cssSelector("#cohort tbody a"));
    assertEquals(PEOPLE.size(), links.size());
    for (WebElement a : links) {
      String href = a.getDomAttribute("href");
      assertTrue(href.startsWith("people/") && href.endsWith("/report.html"), href);
      Path target = Path.of(java.net.URI.create(a.getDomProperty("href")));
      assertTrue(Files.exists(target), "link " + href + " resolves to " + target);
    }
  }

  @Test
  void clickingAHeaderSortsTheTableAndClickingAgainReversesIt() {
    browser.open(out.resolve("index.html"));
    assertEquals(List.of(), persons().stream().filter(p -> !PEOPLE.contains(p)).toList());
    List<String> before = persons();
    clickHeader(0);
    List<String> asc = persons();
    List<String> sorted = new ArrayList<>(PEOPLE);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(PEOPLE.size(), asc.size());
    assertEquals("ascending", header(0).getDomAttribute("aria-sort"));
    for (int i = 1; i < asc.size(); i++) {
      assertTrue(asc.get(i - 1).toLowerCase().compareTo(asc.get(i).toLowerCase()) <= 0
          || java.text.Collator.getInstance().compare(asc.get(i - 1), asc.get(i)) <= 0, asc.toString());
    }
    clickHeader(0);
    List<String> desc = persons();
    List<String> reversed = new ArrayList<>(asc);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, desc);
    assertNotEquals(before, asc, "the default order (by attention) differs from alphabetical here");

    // A numeric column: messages, highest first on the first click.
    clickHeader(2);
    List<Double> messages = browser.driver().findElements(By.cssSelector("#cohort tbody tr td:nth-child(3)"))
        .stream().map(td -> Double.parseDouble(td.getDomAttribute("data-v"))).toList();
    for (int i = 1; i < messages.size(); i++) {
      assertTrue(messages.get(i - 1) >= messages.get(i), messages.toString());
    }
    assertEquals(120.0, messages.get(0));
  }

  private static WebElement header(int i) {
    return browser.driver().findElements(By.cssSelector("#cohort thead th")).get(i);
  }

  private static void clickHeader(int i) {
    header(i).findElement(By.tagName("button")).click();
  }

  private static List<String> persons() {
    return browser.driver().findElements(By.cssSelector("#cohort tbody tr td:first-child")).stream()
        .map(td -> td.getDomAttribute("data-v")).toList();
  }
}
