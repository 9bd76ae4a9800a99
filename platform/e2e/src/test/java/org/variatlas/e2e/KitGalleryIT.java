package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.variatlas.app.security.Role;

/**
 * The UI kit in real Chromium, on the gallery page (admin/ui-kit), whose components share one
 * selection: map polygons and legend, the ranked bars' order and national bar, a bar click that
 * selects the area on the map, and the PNG export.
 */
class KitGalleryIT extends BrowserIT {

  /** OUS in SKDE's referral-area coding. */
  private static final String OUS = "16";

  @BeforeEach
  void gallery() {
    signInAs(Role.EDITOR);
    open("admin/ui-kit");
    waitUntil(d -> js("return document.querySelector('#kit-map path[data-code]') !== null"));
    waitUntil(d -> js("return document.querySelector('#kit-ranked svg') !== null"));
  }

  @Test
  void map_draws_the_21_referral_areas_and_a_legend_with_a_grey_class() {
    List<WebElement> areas = findAll(By.cssSelector("#kit-map .va-map-canvas path[data-code]"));

    assertThat(areas).hasSize(21);
    // A map drawn into a 0x0 container has paths "M0 0": every polygon must have a real shape
    // (Oslo's areas are only a few pixels at national zoom, the rest are larger).
    assertThat(areas).allSatisfy(p -> assertThat(p.getAttribute("d")).doesNotStartWith("M0 0"));
    assertThat(areas).filteredOn(p -> p.getSize().getWidth() > 20).hasSizeGreaterThan(15);
    // The Oslo inset shows the small areas large.
    assertThat(findAll(By.cssSelector("#kit-map .va-map-inset path[data-inset-code]")))
        .isNotEmpty();
    List<WebElement> legend = findAll(By.cssSelector("#kit-map .va-map-legend li"));
    assertThat(legend).hasSizeGreaterThanOrEqualTo(3);
    assertThat(legend.get(legend.size() - 1).getText()).isEqualTo("Ingen data / skjult");
    assertThat(text(By.cssSelector("#kit-map .va-map-legend-title")))
        .isEqualTo("per 100 000 innbyggere, justert for kjønn og alder");
    screenshot("kit-gallery-map", By.id("kit-map"));

    // The page can offer "Zoom to Oslo": OUS, a few pixels at national zoom, fills the map.
    WebElement ous = find(By.cssSelector("#kit-map .va-map-canvas path[data-code='" + OUS + "']"));
    int before = ous.getSize().getWidth();
    // Centred first: scrolled only "into view", the button can sit under the sticky header.
    WebElement zoom = find(By.id("kit-zoom-oslo"));
    js("arguments[0].scrollIntoView({block: 'center'})", zoom);
    zoom.click();
    waitUntil(d -> ous.getSize().getWidth() > 10 * Math.max(1, before));
    screenshot("kit-gallery-map-oslo", By.id("kit-map"));
  }

  @Test
  void ranked_bars_are_sorted_highest_first_with_the_national_bar_among_them() {
    List<Map<String, Object>> rows = rankedRows();

    assertThat(rows).hasSize(22);
    List<Double> values = rows.stream().map(r -> ((Number) r.get("value")).doubleValue()).toList();
    assertThat(values).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(rows)
        .filteredOn(r -> Boolean.TRUE.equals(r.get("national")))
        .singleElement()
        .satisfies(r -> assertThat(r.get("name")).isEqualTo("Norge"));
    // What is drawn: the y-axis labels top to bottom are the names in the same order.
    @SuppressWarnings("unchecked")
    List<String> drawn =
        (List<String>)
            js(
                "const names = new Set(arguments[0]);return"
                    + " [...document.querySelectorAll('#kit-ranked svg text')].filter(t =>"
                    + " names.has(t.textContent)).sort((a, b) => a.getBoundingClientRect().top -"
                    + " b.getBoundingClientRect().top).map(t => t.textContent);",
                rows.stream().map(r -> r.get("name")).toList());
    assertThat(drawn)
        .containsExactlyElementsOf(rows.stream().map(r -> (String) r.get("name")).toList());
    screenshot("kit-gallery-ranked", By.id("kit-ranked"));
  }

  @Test
  void clicking_a_bar_selects_that_area_on_the_map_and_in_the_selection_list() {
    WebElement label =
        (WebElement)
            js(
                "return [...document.querySelectorAll('#kit-ranked svg text')]"
                    + ".find(t => t.textContent === 'OUS');");
    js("arguments[0].scrollIntoView({block: 'center'})", find(By.id("kit-ranked")));
    // Click on the bar, 60 px right of the row's axis label.
    int dx = label.getSize().getWidth() / 2 + 60;
    new Actions(driver()).moveToElement(label, dx, 0).click().perform();

    waitUntil(d -> OUS.equals(find(By.id("kit-map")).getAttribute("data-selected")));
    WebElement ous = find(By.cssSelector("#kit-map .va-map-canvas path[data-code='" + OUS + "']"));
    assertThat(ous.getAttribute("aria-pressed")).isEqualTo("true");
    // The selection is outlined in a pane above the areas (the area's own path never moves).
    WebElement outline = find(By.cssSelector("#kit-map .leaflet-va-outline-pane path"));
    assertThat(outline.getAttribute("stroke")).isEqualTo("#1b2733");
    assertThat(Double.parseDouble(outline.getAttribute("stroke-width"))).isEqualTo(3.0);
    assertThat(text(By.cssSelector("#kit-selection .va-kit-chip"))).startsWith("OUS");
    screenshot("kit-gallery-selected-trend", By.id("kit-trend"));
    screenshot("kit-gallery-selected-funnel", By.id("kit-funnel"));
    screenshot("kit-gallery-selected-map", By.id("kit-map"));

    // The map toggles it off again: the event API works in both directions.
    js("arguments[0].scrollIntoView({block: 'center'})", find(By.id("kit-map")));
    // A point of OUS itself: the inner-Oslo areas lie within its outline, drawn above it.
    @SuppressWarnings("unchecked")
    Map<String, Number> inside =
        (Map<String, Number>)
            js(
                "const p = arguments[0]; const r = p.getBoundingClientRect();"
                    + "for (let y = r.top + 2; y < r.bottom; y += 3)"
                    + "  for (let x = r.left + 2; x < r.right; x += 3)"
                    + "    if (document.elementFromPoint(x, y) === p)"
                    + "      return {x: Math.round(x - r.left - r.width / 2),"
                    + "              y: Math.round(y - r.top - r.height / 2)};"
                    + "return null;",
                ous);
    new Actions(driver())
        .moveToElement(ous, inside.get("x").intValue(), inside.get("y").intValue())
        .click()
        .perform();
    waitUntil(d -> "".equals(find(By.id("kit-map")).getAttribute("data-selected")));
  }

  @Test
  void the_keyboard_walks_the_bars_and_enter_toggles_the_selection() {
    WebElement bars = find(By.id("kit-ranked"));
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", bars);
    String second = (String) rankedRows().get(1).get("code");

    new Actions(driver())
        .sendKeys(Keys.ARROW_DOWN)
        .sendKeys(Keys.ARROW_DOWN)
        .sendKeys(Keys.ENTER)
        .perform();

    waitUntil(d -> second.equals(find(By.id("kit-map")).getAttribute("data-selected")));
  }

  @Test
  void the_selection_is_kept_in_the_url_and_restored_from_it() {
    open("admin/ui-kit?area=" + OUS + "&area=2");

    waitUntil(d -> (OUS + " 2").equals(find(By.id("kit-map")).getAttribute("data-selected")));
    assertThat(findAll(By.cssSelector("#kit-selection .va-kit-chip"))).hasSize(2);
    find(By.id("kit-clear")).click();
    waitUntil(d -> d.getCurrentUrl().endsWith("admin/ui-kit"));
  }

  @Test
  void png_export_renders_the_chart_as_a_png_twice_its_size() throws Exception {
    WebElement chart = find(By.id("kit-ranked"));
    String url =
        (String)
            jsAsync(
                "const done = arguments[arguments.length - 1];"
                    + "arguments[0].toPngDataUrl().then(done, e => done('error: ' + e));",
                chart);

    assertThat(url).startsWith("data:image/png;base64,");
    byte[] png = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    int width = ByteBuffer.wrap(png, 16, 4).getInt();
    assertThat(width).isEqualTo(2 * chart.getSize().getWidth());

    // The chart's own button downloads <title>.png.
    try (Stream<Path> old = Files.list(downloads())) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    WebElement button = find(By.cssSelector("#kit-ranked .va-chart-export"));
    js("arguments[0].scrollIntoView({block: 'center'})", button);
    new Actions(driver()).moveToElement(button).click().perform();
    Path file =
        waitUntil(
            d -> {
              try (Stream<Path> files = Files.list(downloads())) {
                return files.filter(p -> p.toString().endsWith(".png")).findFirst().orElse(null);
              } catch (java.io.IOException e) {
                return null;
              }
            });
    assertThat(file.getFileName().toString()).startsWith("skulderkirurgi");
    assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rankedRows() {
    return (List<Map<String, Object>>)
        js("return JSON.parse(document.getElementById('kit-ranked').spec).rows;");
  }
}
