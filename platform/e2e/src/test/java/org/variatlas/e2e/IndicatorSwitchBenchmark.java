package org.variatlas.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.variatlas.app.security.Role;

/**
 * A benchmark, not a test (it asserts nothing and is not named *IT, so {@code verify} does not run
 * it): in real Chromium on the atlas as README command 1 starts it,
 *
 * <ul>
 *   <li>switches 100 times between indicator pages of all three topics through the client-side
 *       router and measures the server time of each switch (the time to first byte of the Vaadin
 *       requests the switch makes, from the browser's resource timing) and the whole switch (click
 *       to idle page with map and charts), against a baseline measured the same way in the same
 *       run: switching between two light pages (About the data, Plugins);
 *   <li>changes the period of an indicator page 40 times through its dropdown, as a person does,
 *       and measures click on the option to charts drawn, against the same baseline;
 *   <li>measures the page weight of a first indicator view: bytes transferred with an empty cache.
 * </ul>
 *
 * Run: {@code mvn -B -pl platform/e2e -am install -DskipTests && mvn -B -pl platform/e2e verify
 * -Dit.test=IndicatorSwitchBenchmark}. Figures go to standard output and {@code
 * target/benchmark/indicator-switch.txt}.
 */
class IndicatorSwitchBenchmark extends BrowserIT {

  private static final int SWITCHES = 100;
  private static final int PERIOD_CHANGES = 40;

  @Autowired TestRestTemplate http;

  @Test
  void indicator_switches_and_page_weight() throws Exception {
    List<String> routes = indicatorRoutes();
    awaitAtlasReady();

    // Page weight of a first view: the browser's cache is empty in a fresh session.
    driver().manage().deleteAllCookies();
    ((HasCdp) driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());
    open(routes.get(0));
    waitForPage();
    long transferred = weight("transferSize");
    long decoded = weight("decodedBodySize");

    // Warm-up, then the measured switches.
    for (int i = 0; i < 10; i++) {
      navigate(routes.get(i % routes.size()));
    }
    List<Double> server = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    for (int i = 0; i < SWITCHES; i++) {
      double[] t = navigate(routes.get((i + 1) % routes.size()));
      server.add(t[0]);
      total.add(t[1]);
    }
    // Period changes through the dropdown, as a person makes them: click to charts drawn.
    List<Double> periods = periodChanges("topic/day-surgery/cataract", PERIOD_CHANGES);
    // The light pages include an admin page: sign in (the indicator pages above were anonymous).
    signInAs(Role.EDITOR);
    List<Double> baseServer = new ArrayList<>();
    List<Double> baseTotal = new ArrayList<>();
    for (int i = 0; i < SWITCHES; i++) {
      double[] t = navigateLight(i % 2 == 0 ? "about" : "admin/plugins");
      baseServer.add(t[0]);
      baseTotal.add(t[1]);
    }

    String report =
        String.format(
            Locale.ROOT,
            "Indicator switch over %d switches between %d indicator pages of 3 topics:%n  server"
                + " time (TTFB of the switch's Vaadin requests): median %.1f ms, p95 %.1f ms%n "
                + " whole switch (click to idle page, charts drawn):     median %.1f ms, p95 %.1f"
                + " ms%nBaseline in the same run, switching between About and Plugins:%n  server"
                + " time: median %.1f ms, p95 %.1f ms; whole switch: median %.1f ms, p95 %.1f ms%n "
                + " ratio indicator/baseline, server time median: %.2f; whole switch median:"
                + " %.2f%nPeriod change through the dropdown over %d changes (click on the option"
                + " to charts drawn): median %.1f ms, p95 %.1f ms; ratio to the baseline's whole"
                + " switch median: %.2f%nPage weight of a first indicator view (%s), empty cache:%n"
                + "  %d bytes"
                + " transferred (%.0f KB), %d bytes decoded (%.0f KB)%n",
            SWITCHES,
            routes.size(),
            percentile(server, 50),
            percentile(server, 95),
            percentile(total, 50),
            percentile(total, 95),
            percentile(baseServer, 50),
            percentile(baseServer, 95),
            percentile(baseTotal, 50),
            percentile(baseTotal, 95),
            percentile(server, 50) / percentile(baseServer, 50),
            percentile(total, 50) / percentile(baseTotal, 50),
            PERIOD_CHANGES,
            percentile(periods, 50),
            percentile(periods, 95),
            percentile(periods, 50) / percentile(baseTotal, 50),
            routes.get(0),
            transferred,
            transferred / 1024.0,
            decoded,
            decoded / 1024.0);
    System.out.println(report);
    Path out = Path.of("target", "benchmark", "indicator-switch.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  /**
   * Changes the period of an indicator page through its dropdown {@code count} times, cycling
   * through the periods it offers; the milliseconds from the click on an option to the page idle
   * with its map and charts drawn for that period.
   */
  private List<Double> periodChanges(String route, int count) {
    open(route);
    waitForPage();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < count + 3; i++) {
      org.openqa.selenium.WebElement select =
          driver().findElement(org.openqa.selenium.By.id("indicator-period"));
      js("arguments[0].scrollIntoView({block: 'center'})", select);
      select.click();
      int n = i;
      org.openqa.selenium.WebElement option =
          waitUntil(
              d ->
                  (org.openqa.selenium.WebElement)
                      js(
                          "return [...document.querySelectorAll('vaadin-select-overlay vaadin-select-item')]"
                              + ".filter(o => o.offsetParent !== null && !o.hasAttribute('selected'))"
                              + "[arguments[0] % 3] || null;",
                          n));
      String label = option.getText().trim();
      js("window.__oldBars = document.getElementById('indicator-bars');");
      long start = System.nanoTime();
      option.click();
      waitUntil(
          d ->
              Boolean.TRUE.equals(
                  js(
                      "const b = document.getElementById('indicator-bars');"
                          + "return b !== null && b !== window.__oldBars && b.querySelector('svg') !== null"
                          + " && document.getElementById('indicator-unit').textContent.includes(arguments[0]"
                          + ".replace(/^\\D+/, ''));",
                      label)));
      waitForVaadin();
      waitForPage();
      if (i >= 3) {
        times.add((System.nanoTime() - start) / 1e6); // the first three warm up
      }
    }
    return times;
  }

  /** Switches to a route through the client-side router; [server ms, whole ms]. */
  private double[] navigate(String route) {
    js("performance.clearResourceTimings()");
    long start = System.nanoTime();
    js(
        "const a = document.createElement('a'); a.href = arguments[0];"
            + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click();"
            + " a.remove();",
        route);
    waitUntil(d -> d.getCurrentUrl().contains(route.split("\\?")[0]));
    waitForVaadin();
    waitForPage();
    double whole = (System.nanoTime() - start) / 1e6;
    return new double[] {serverTime(), whole};
  }

  private double[] navigateLight(String route) {
    js("performance.clearResourceTimings()");
    long start = System.nanoTime();
    js(
        "const a = document.createElement('a'); a.href = arguments[0];"
            + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click();"
            + " a.remove();",
        route);
    waitUntil(d -> d.getCurrentUrl().contains("/" + route));
    waitForVaadin();
    double whole = (System.nanoTime() - start) / 1e6;
    return new double[] {serverTime(), whole};
  }

  /** The summed time to first byte of the Vaadin (UIDL) requests since the last clear. */
  private double serverTime() {
    Object ms =
        js(
            "return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=uidl'))"
                + ".reduce((s, e) => s + (e.responseStart - e.requestStart), 0);");
    return ((Number) ms).doubleValue();
  }

  /** Until the map has its polygons and the bars are drawn. */
  private void waitForPage() {
    waitUntil(d -> js("return document.querySelector('#indicator-map path[data-code]') !== null"));
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
  }

  private long weight(String field) {
    Object bytes =
        js(
            "const n = performance.getEntriesByType('navigation')[0];"
                + "return (n ? n."
                + field
                + " : 0) + performance.getEntriesByType('resource')"
                + ".reduce((s, e) => s + (e."
                + field
                + " || 0), 0);");
    return ((Number) bytes).longValue();
  }

  private List<String> indicatorRoutes() {
    List<String> routes = new ArrayList<>();
    for (Map<String, Object> topic : list("/api/v1/topics")) {
      String id = (String) topic.get("id");
      List<Map<String, Object>> indicators = list("/api/v1/topics/" + id + "/indicators");
      for (int i = 0; i < Math.min(4, indicators.size()); i++) {
        routes.add("topic/" + id + "/" + indicators.get(i).get("id"));
      }
    }
    Collections.shuffle(routes, new java.util.Random(42));
    return routes;
  }

  private List<Map<String, Object>> list(String path) {
    return http.exchange(
            path,
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
  }

  private static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
