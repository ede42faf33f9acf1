package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Negative controls: pages that do what Rapport's pages must never do, to show that each check can fail. */
class BrowserCheckIT {
  private static BrowserCheck browser;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    if (BrowserCheck.available()) {
      browser = BrowserCheck.start();
    }
    dir = Files.createDirectories(Path.of("target", "browser-test", "controls")).toAbsolutePath();
  }

  @BeforeEach
  void needsChromium() {
    BrowserCheck.assumeAvailable();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path page(String name, String html) throws IOException {
    return Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
  }

  @Test
  void aScriptThatRunsIsCaught() throws IOException {
    Path p = page("runs", "<!DOCTYPE html><title>t</title><p>x</p><script>window.__pwned=1</script>");
    assertThrows(AssertionFailedError.class, () -> browser.check(p));
  }

  @Test
  void aChangedTitleIsCaught() throws IOException {
    Path p = page("title", "<!DOCTYPE html><title>t</title><script>document.title='pwned'</script>");
    assertThrows(AssertionFailedError.class, () -> browser.check(p));
  }

  @Test
  void anEventHandlerAttributeIsCaughtEvenWhenItNeverFires() throws IOException {
    Path p = page("handler", "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
        + "<title>t</title><p onmouseover=\"window.__pwned=1\">hover me</p>");
    assertThrows(AssertionFailedError.class, () -> browser.check(p));
  }

  @Test
  void aNetworkRequestIsCaught() throws IOException {
    // 127.0.0.1:9 refuses at once; what matters is that the request was attempted.
    Path p = page("network", "<!DOCTYPE html><title>t</title><p>x</p>"
        + "<script>fetch('http://127.0.0.1:9/x').catch(function(){});</script>");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> browser.check(p));
    assertTrue(e.getMessage().contains("network"), e.getMessage());
  }

  @Test
  void aScriptBlockedByTheCspShowsUpAsAConsoleError() throws IOException {
    Path p = page("csp", "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\""
        + Html.csp() + "\"><title>t</title><p>x</p><script>var blocked = 1;</script>");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> browser.check(p));
    assertTrue(e.getMessage().contains("console errors"), e.getMessage());
  }

  @Test
  void aCleanPageWithAHashedScriptPasses() throws IOException {
    String script = "document.body.setAttribute('data-ok','1');";
    Path p = page("clean", "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\""
        + Html.csp(Html.cspHash(script)) + "\"><title>t</title><body><p>x</p><script>" + script + "</script>");
    browser.check(p);
    assertTrue("1".equals(browser.js("return document.body.getAttribute('data-ok');")),
        "the script allowed by its hash ran");
  }

  @Test
  void theOneCallHelperStartsChecksAndWritesAScreenshot() throws IOException {
    Path p = page("one-call", "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\""
        + Html.csp() + "\"><title>t</title><p>hello</p>");
    Path png = BrowserCheck.assertSafe(p);
    assertTrue(Files.size(png) > 1000);
    assertTrue(png.getFileName().toString().equals("controls-one-call.html.png"), png.toString());
    assertTrue(png.startsWith(Path.of("target", "browser-test", "screenshots").toAbsolutePath())
        || png.startsWith(Path.of("target", "browser-test", "screenshots")), "not written beside the page");
  }
}
