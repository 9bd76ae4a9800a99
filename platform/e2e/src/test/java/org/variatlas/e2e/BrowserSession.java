package org.variatlas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium shared by all browser tests of the run, and what a test does with it: open
 * a route and wait for Vaadin, wait for a condition, find elements, run JavaScript, save
 * screenshots. {@link BrowserIT} points it at the shared app; a test that starts a platform of its
 * own (e.g. with a fixture plugin) extends this class and says where that platform listens ({@link
 * #baseUrl()}).
 *
 * <p>Tests are skipped, with a message saying why, only when no Chromium or chromedriver is
 * installed ({@code apt-get install chromium chromium-driver}); CI installs both.
 */
@ExtendWith(BrowserSession.ScreenshotOnFailure.class)
public abstract class BrowserSession {

  /** How long a page may take to render on a busy 2-core machine. */
  protected static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** How long the start-up loads and results may take on a cold start on a 2-core machine. */
  protected static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

  private static WebDriver driver;
  private static Path profile;
  private static Path downloads;

  @BeforeEach
  void browser() {
    Assumptions.assumeTrue(
        chromium() != null && chromedriver() != null,
        "Skipped: no Chromium/chromedriver installed (apt-get install chromium chromium-driver,"
            + " or set -Dwebdriver.chrome.binary and -Dwebdriver.chrome.driver)");
    if (driver == null) {
      driver = start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    driver.quit();
                    deleteProfile(); // ~10 MB a run, left in /tmp otherwise
                  }));
    }
    // Each test starts as a first-time visitor (e.g. no language cookie) on a desktop screen.
    driver.get(url(""));
    driver.manage().deleteAllCookies();
    if (driver.manage().window().getSize().getWidth() != 1280) {
      windowSize(1280, 800);
    }
  }

  /** The shared browser. */
  protected WebDriver driver() {
    return driver;
  }

  /** Where the browser saves downloads. */
  protected static Path downloads() {
    return downloads;
  }

  /** The app's address of a route, e.g. {@code url("admin/ui-kit")}. */
  protected String url(String route) {
    return baseUrl() + "/" + route;
  }

  /** The address of the app the browser opens, e.g. {@code http://localhost:41234}. */
  protected abstract String baseUrl();

  /**
   * Waits until {@code GET /api/v1/status} says the atlas is ready: the start-up loads (the
   * population and the three topics: minutes on a cold start) are done and no results are being
   * computed. Call it before a test reads figures.
   */
  protected void awaitAtlasReady() {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url("api/v1/status"))).build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    String status = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        status = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        if (status.contains("\"ready\":true")) {
          return;
        }
        Thread.sleep(1000);
      } catch (IOException e) {
        status = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the atlas", e);
      }
    }
    throw new IllegalStateException(
        "the atlas was not ready after " + READY_TIMEOUT + "; last status: " + status);
  }

  /** Opens a route and waits until Vaadin has rendered it. */
  protected void open(String route) {
    driver.get(url(route));
    waitForVaadin();
  }

  /** Waits until the page has loaded and no Vaadin client has a request in flight. */
  protected void waitForVaadin() {
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                js(
                    "if (document.readyState !== 'complete') return false;const f = window.Vaadin"
                        + " && window.Vaadin.Flow;if (!f || !f.clients) return false;const clients"
                        + " = Object.values(f.clients);return clients.length > 0 && clients.every(c"
                        + " => !c.isActive || !c.isActive());")));
  }

  /** Waits until {@code condition} returns a non-null, non-false value, and returns it. */
  protected <T> T waitUntil(Function<WebDriver, T> condition) {
    // Pages re-render (and reload on a language switch): a vanished element means "not yet".
    return new WebDriverWait(driver, TIMEOUT)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> vanishedMeansNotYet(condition, d));
  }

  /**
   * The condition, or null ("not yet") when an element it read left the document while the page
   * reloaded: Chromium's driver reports that as a stale element or, when the node went mid-command,
   * as a plain "does not belong to the document" error.
   */
  private static <T> T vanishedMeansNotYet(Function<WebDriver, T> condition, WebDriver d) {
    try {
      return condition.apply(d);
    } catch (WebDriverException e) {
      if (e instanceof StaleElementReferenceException
          || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  /** Runs JavaScript in the page. */
  protected Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs asynchronous JavaScript: the script calls {@code arguments[arguments.length - 1]}. */
  protected Object jsAsync(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  protected WebElement find(By by) {
    return waitUntil(d -> d.findElement(by));
  }

  protected List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The visible text of the first element found. */
  protected String text(By by) {
    return find(by).getText().trim();
  }

  /**
   * Runs axe-core (from npm, see the module's pom) on the page as it is and returns its WCAG 2.1 A
   * and AA violations, each as "rule (impact): help — first elements".
   */
  @SuppressWarnings("unchecked")
  protected List<String> axeViolations() {
    String axe = System.getProperty("e2e.axe", "target/axe/node_modules/axe-core/axe.min.js");
    try {
      if (Boolean.TRUE.equals(js("return typeof window.axe === 'undefined'"))) {
        js(Files.readString(Path.of(axe)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "axe-core is not installed at " + axe + " (mvn verify does)", e);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    return (List<String>)
        jsAsync(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.passes.length === 0 ? ['axe checked no rule']"
                + " : r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help"
                + " + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
  }

  /** Sets the browser window (the page's viewport in headless Chromium). */
  protected void windowSize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /**
   * The focused element, looked for inside shadow roots, as "tag#id.class[data-code]" with its text
   * or label, e.g. {@code path[data-code=16]}.
   */
  protected String focused() {
    return (String)
        js(
            "let e = document.activeElement;"
                + "while (e && e.shadowRoot && e.shadowRoot.activeElement) e ="
                + " e.shadowRoot.activeElement;"
                + "if (!e || e === document.body) return 'body';"
                + "const code = e.getAttribute('data-code');"
                + "const host = e.getRootNode() && e.getRootNode().host;"
                + "return e.localName + (e.id ? '#' + e.id : '')"
                + " + (code ? '[data-code=' + code + ']' : '')"
                + " + (host ? ' in ' + host.localName + (host.id ? '#' + host.id : '') : '')"
                + " + ' ' + ((e.getAttribute('aria-label') || e.textContent || '').trim()"
                + ".slice(0, 40));");
  }

  /** Saves a screenshot to {@code target/screenshots/<name>.png} and returns its path. */
  protected Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save screenshot " + name, e);
    }
  }

  /** Scrolls the element into view and saves only it to {@code target/screenshots/<name>.png}. */
  protected Path screenshot(String name, By element) {
    WebElement e = find(element);
    // Below the sticky header and bars at the top of the page, where there is room.
    js(
        "arguments[0].scrollIntoView({block: 'start'});"
            + "const room = window.innerHeight - arguments[0].getBoundingClientRect().height;"
            + "window.scrollBy(0, -Math.max(0, Math.min(180, room)));",
        e);
    try {
      Path dir = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, e.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot save screenshot " + name, ex);
    }
  }

  private static WebDriver start() {
    try {
      downloads = Path.of(System.getProperty("e2e.downloads", "target/downloads")).toAbsolutePath();
      Files.createDirectories(downloads);
      profile = Files.createTempDirectory("variatlas-e2e-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,800",
          "--lang=nb",
          "--user-data-dir=" + profile);
      Map<String, Object> prefs = new HashMap<>();
      prefs.put("download.default_directory", downloads.toString());
      prefs.put("download.prompt_for_download", false);
      prefs.put("intl.accept_languages", "nb,no,en");
      options.setExperimentalOption("prefs", prefs);
      // The browser console, for tests that check for errors (e.g. Content Security Policy).
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of(chromedriver()).toFile())
              .usingAnyFreePort()
              .build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the browser's directories", e);
    }
  }

  private static void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // best effort: the JVM is stopping
    }
  }

  /** The Chromium binary: {@code -Dwebdriver.chrome.binary}, else the Debian package's. */
  static String chromium() {
    return existing(
        System.getProperty("webdriver.chrome.binary"),
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser");
  }

  /** The chromedriver: {@code -Dwebdriver.chrome.driver}, else the Debian package's. */
  static String chromedriver() {
    return existing(System.getProperty("webdriver.chrome.driver"), "/usr/bin/chromedriver");
  }

  private static String existing(String... candidates) {
    for (String c : candidates) {
      if (c != null && Files.isExecutable(Path.of(c))) {
        return c;
      }
    }
    return null;
  }

  /** Saves {@code target/screenshots/FAILED-<class>-<test>.png} when a browser test fails. */
  static final class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (driver != null && context.getTestInstance().orElse(null) instanceof BrowserSession test) {
        test.screenshot(
            "FAILED-"
                + context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName());
      }
    }
  }
}
