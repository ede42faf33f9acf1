package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a rendered page in real headless Chromium from {@code file://} and checks that nothing from the data ran,
 * nothing was fetched and nothing failed. Reusable on any page the pipeline wrote:
 *
 * <pre>{@code
 * Path png = BrowserCheck.assertSafe(outDir.resolve("index.html"));   // fails the test, or skips it without Chromium
 * }</pre>
 *
 * <p>Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with
 * {@code RAPPORT_CHROMIUM} / {@code RAPPORT_CHROMEDRIVER}); Selenium Manager is never asked to download anything.
 * Without them the calling test is skipped, unless {@code CI=true}, where a missing browser fails the build rather
 * than silently skipping the safety check. Starting Chromium costs a second or two: for several pages, keep one
 * {@link #start()}ed instance and call {@link #check(Path)} on each.
 */
public final class BrowserCheck implements AutoCloseable {
  public static final Path CHROMIUM = Path.of(env("RAPPORT_CHROMIUM", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(env("RAPPORT_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromeDriver driver;
  private final Path profile;

  private BrowserCheck(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** Whether Chromium and its driver are installed. */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Skips the calling test when Chromium is missing, or fails it when {@code CI=true}. Call it per test
   * ({@code @BeforeEach}): surefire does not report a skip from {@code @BeforeAll}, so the reason would be lost.
   */
  public static void assumeAvailable() {
    if (available()) {
      return;
    }
    String msg = "Chromium browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian packages chromium and chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(msg + ", and CI=true: install them in .ci/run instead of skipping the check");
    }
    Assumptions.assumeTrue(false, msg + "; skipped outside CI");
  }

  /** Starts headless Chromium with a fresh profile and every background connection turned off. */
  public static BrowserCheck start() {
    assumeAvailable();
    Path profile;
    try {
      profile = Files.createTempDirectory("rapport-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--window-size=1280,2000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new BrowserCheck(d, profile);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens the file and drains earlier logs first, so that what {@link #check} sees belongs to this page. */
  public void open(Path htmlFile) {
    open(htmlFile.toAbsolutePath().toUri());
  }

  public void open(URI url) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url.toString());
    // Error handlers of broken images fire after load; give any injected one its chance to run.
    js("return new Promise(r => setTimeout(r, 300));");
  }

  public Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * Opens the page and asserts: no payload ran ({@code window.__pwned} unset, title as written in the file), the
   * DOM holds no event-handler attribute, {@code javascript:} URL or embedding element, no request left for
   * http(s) or ws(s), no SEVERE console entry (a CSP violation would be one). Writes a screenshot to
   * {@link #screenshotFor}.
   *
   * @return the screenshot, a valid PNG
   */
  public Path check(Path htmlFile) {
    return check(htmlFile, htmlFile.toAbsolutePath().toUri(), null);
  }

  /**
   * The same checks on the page as a static web server serves it: {@code url} is where the server publishes
   * {@code htmlFile}, and requests to {@code allowedOrigin} (that server, e.g. {@code http://127.0.0.1:8123}) are
   * the only network requests allowed.
   */
  public Path check(Path htmlFile, URI url, String allowedOrigin) {
    String expectedTitle = org.jsoup.Jsoup.parse(read(htmlFile)).title();
    open(url);
    assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned);"),
        "a script from the data ran in " + htmlFile);
    assertEquals(expectedTitle, driver.getTitle(), "the title was changed by a script in " + htmlFile);
    Object handlers = js("""
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.attributes) {
            const v = a.value.trim().toLowerCase();
            if (a.name.startsWith('on') || ((a.name === 'href' || a.name === 'src' || a.name === 'action'
                || a.name === 'xlink:href' || a.name === 'formaction') && /^(javascript|vbscript|data:text)/.test(v))) {
              bad.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 60));
            }
          }
        }
        for (const el of document.querySelectorAll('iframe,object,embed,base,img,frame,form,input,link[rel=stylesheet],meta[http-equiv=refresh]')) {
          bad.push(el.tagName + ' element');
        }
        return bad.join('\\n');""");
    assertEquals("", handlers, "markup from the data became live elements in " + htmlFile);

    List<String> network = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = parse(e.getMessage()).path("message");
      String method = m.path("method").asText();
      String target = switch (method) {
        case "Network.requestWillBeSent" -> m.path("params").path("request").path("url").asText();
        case "Network.webSocketCreated" -> m.path("params").path("url").asText();
        default -> null;
      };
      if (target != null && target.toLowerCase(Locale.ROOT).matches("^(https?|wss?|ftp):.*")
          && !(allowedOrigin != null && target.startsWith(allowedOrigin + "/"))) {
        network.add(method + " " + target);
      }
    }
    assertEquals(List.of(), network, "the page tried to reach the network: " + htmlFile);

    List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
    assertEquals(List.of(), severe, "console errors on " + htmlFile);

    return screenshot(screenshotFor(htmlFile));
  }

  /**
   * Where the screenshot of a page goes: {@code target/browser-test/screenshots/<folder>-<file>.png}, never beside
   * the page, so that checking a pipeline's output folder does not add files to it.
   */
  static Path screenshotFor(Path htmlFile) {
    return screenshotFor(htmlFile, "");
  }

  /** As {@link #screenshotFor(Path)}, with {@code variant} (such as {@code "-1280"}) added to the name. */
  static Path screenshotFor(Path htmlFile, String variant) {
    Path abs = htmlFile.toAbsolutePath();
    String folder = abs.getParent() == null || abs.getParent().getFileName() == null ? ""
        : abs.getParent().getFileName() + "-";
    String name = (folder + abs.getFileName() + variant).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    try {
      return Files.createDirectories(Path.of("target", "browser-test", "screenshots")).resolve(name + ".png");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a screenshot of the current page and checks it is a non-empty PNG. */
  public Path screenshot(Path png) {
    byte[] bytes = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assertTrue(bytes.length > 1000, "screenshot is empty: " + bytes.length + " bytes");
    assertTrue(Arrays.equals(signature, Arrays.copyOf(bytes, 8)), "screenshot is not a PNG");
    try {
      Files.write(png, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png;
  }

  // ---- layout: what fits where -----------------------------------------------------------------------------

  /** A 1280-pixel laptop screen, the narrowest a counselor is expected to use. */
  public static final int LAPTOP = 1280;
  /** A 1920-pixel desktop screen. */
  public static final int DESKTOP = 1920;

  /**
   * Lays the current page out on a screen {@code width} CSS pixels wide, scroll bar included as on a real screen;
   * {@link #resetLayout} undoes it.
   */
  public void screen(int width, int height) {
    cdp("Emulation.setEmulatedMedia", Map.of("media", "screen"));
    cdp("Emulation.setScrollbarsHidden", Map.of("hidden", false));
    cdp("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    js("window.scrollTo(0, 0);");
  }

  /**
   * Lays the current page out as Chrome prints it: print media, no scroll bar, and as wide as the printable area of
   * the narrower of A4 and US Letter in the orientation the page asks for with {@code @page size}, less the margins
   * its {@code @page} rule sets (Chrome's default 0.4in otherwise). Chrome lays a printed page out at that width
   * before any shrinking, so what overflows here is cut off or shrunk on paper.
   *
   * @return the printable width used, in CSS pixels
   */
  public int print() {
    cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
    cdp("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    Object r = js("""
        let landscape = false, left = '0.4in', right = '0.4in';
        const visit = rules => { for (const rule of rules) {
          if (rule instanceof CSSPageRule) {
            if (/landscape/.test(rule.style.getPropertyValue('size'))) { landscape = true; }
            if (rule.style.marginLeft) { left = rule.style.marginLeft; }
            if (rule.style.marginRight) { right = rule.style.marginRight; }
          } else if (rule instanceof CSSMediaRule && window.matchMedia(rule.conditionText).matches) {
            visit(rule.cssRules);
          }
        } };
        for (const sheet of document.styleSheets) { visit(sheet.cssRules); }
        const px = v => { const d = document.createElement('div'); d.style.cssText = 'position:absolute;width:' + v;
          document.documentElement.appendChild(d); const w = d.getBoundingClientRect().width; d.remove(); return w; };
        // the narrower paper in each orientation: A4 upright, US Letter on its side
        const paper = landscape ? px('11in') : px('210mm');
        return Math.floor(paper - px(left) - px(right));""");
    int width = ((Number) r).intValue();
    cdp("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    js("window.scrollTo(0, 0);");
    return width;
  }

  /** Back to the window's own size and screen media. */
  public void resetLayout() {
    cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    cdp("Emulation.setScrollbarsHidden", Map.of("hidden", false));
    cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  private void cdp(String command, Map<String, Object> params) {
    driver.executeCdpCommand(command, params);
  }

  /**
   * Every element that reaches past the right edge of the viewport (or its left edge), including content hidden in
   * a sideways-scrolling box, and the document itself when it scrolls sideways: what a reader would have to scroll
   * to see, or would lose on paper. Empty when everything fits; otherwise one line per element, outermost first.
   * Inside an {@code <svg>} only the svg's own box counts: it clips its drawing to that box.
   */
  public List<String> overflowing() {
    Object r = js("""
        const limit = document.documentElement.clientWidth, bad = [];
        if (document.documentElement.scrollWidth > limit) {
          bad.push('the document is ' + document.documentElement.scrollWidth + 'px wide');
        }
        const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (typeof el.className === 'string' && el.className
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
            + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
        for (const el of document.body.querySelectorAll('*')) {
          // an svg clips what it draws to its own box, which is checked itself
          if (el.parentElement && el.parentElement.closest('svg')) { continue; }
          const r = el.getBoundingClientRect();
          if ((r.width > 0 || r.height > 0) && (r.right > limit + 0.5 || r.left < -0.5)) {
            bad.push(name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + 'px of ' + limit);
          }
        }
        return bad;""");
    return strings(r);
  }

  /**
   * The elements matching {@code selector} whose text is laid out on more than one line, with their text; each is
   * measured as the browser drew it (one client rectangle per line an inline element occupies).
   */
  public List<String> wrapped(String selector) {
    return strings(js("""
        return Array.from(document.querySelectorAll('%s'))
            .filter(el => el.getClientRects().length > 1)
            .map(el => el.textContent + ' (' + el.getClientRects().length + ' lines)');""".formatted(selector)));
  }

  /** How many elements match {@code selector}: to show that a check on them did not pass for want of any. */
  public int count(String selector) {
    return ((Number) js("return document.querySelectorAll('%s').length;".formatted(selector))).intValue();
  }

  /**
   * Of the elements matching {@code selector}, those a reader cannot see without scrolling sideways: each is
   * scrolled into view vertically only, then its centre must lie inside the viewport and the browser must draw it
   * there (not a box that clips it, nor anything over it).
   */
  public List<String> hiddenSideways(String selector) {
    return strings(js("""
        const limit = document.documentElement.clientWidth, hidden = [];
        for (const el of document.querySelectorAll('%s')) {
          const top = el.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, Math.max(0, top - 100));
          const r = el.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
          const hit = x >= 0 && x < limit ? document.elementFromPoint(x, y) : null;
          if (r.width === 0 || r.left < 0 || r.right > limit || !hit || !el.contains(hit)) {
            hidden.push(el.textContent.trim() + ' at ' + Math.round(r.left) + '..' + Math.round(r.right)
                + 'px of ' + limit);
          }
        }
        window.scrollTo(0, 0);
        return hidden;""".formatted(selector)));
  }

  private static List<String> strings(Object jsList) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) jsList) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  /** One browser, one page, every check; see {@link #check}. */
  public static Path assertSafe(Path htmlFile) {
    try (BrowserCheck b = start()) {
      return b.check(htmlFile);
    }
  }

  private static JsonNode parse(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable performance log entry: " + s, e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
