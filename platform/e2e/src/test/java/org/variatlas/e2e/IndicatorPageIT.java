package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 5 in real Chromium, on the atlas as README command 1 starts it (the three bundled plugins,
 * their loads and the results pipeline): an indicator page shows a map of 21 areas with a legend,
 * bars in order with the national bar, and a table; a click on a bar selects the same area on the
 * map, in the table and in the URL; the CSV download equals the table; the language switch changes
 * the labels.
 */
class IndicatorPageIT extends BrowserIT {

  private static final String PAGE = "topic/day-surgery/shoulder-synthetic?period=2015-2017";
  private static final String OUS = "16";

  /** The first test waits for the start-up loads and the results (minutes on a cold start). */
  @BeforeEach
  void resultsComputed() {
    awaitAtlasReady();
    open(PAGE);
    waitUntil(d -> js("return document.querySelector('#indicator-map path[data-code]') !== null"));
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
  }

  @Test
  void the_page_shows_a_map_of_21_areas_with_a_legend_bars_with_the_national_bar_and_a_table() {
    List<WebElement> areas =
        findAll(By.cssSelector("#indicator-map .va-map-canvas path[data-code]"));
    assertThat(areas).hasSize(21);
    assertThat(areas).allSatisfy(p -> assertThat(p.getAttribute("d")).doesNotStartWith("M0 0"));
    List<WebElement> legend = findAll(By.cssSelector("#indicator-map .va-map-legend li"));
    assertThat(legend).hasSizeGreaterThanOrEqualTo(3);
    assertThat(legend.get(legend.size() - 1).getText()).isEqualTo("Ingen data / skjult");

    List<Map<String, Object>> rows = rankedRows();
    assertThat(rows).hasSize(22);
    assertThat(rows.stream().map(r -> ((Number) r.get("value")).doubleValue()).toList())
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(rows)
        .filteredOn(r -> Boolean.TRUE.equals(r.get("national")))
        .singleElement()
        .satisfies(r -> assertThat(r.get("name")).isEqualTo("Norge"));

    assertThat(tableRows()).hasSize(21);
    assertThat(text(By.id("indicator-table-national"))).startsWith("Norge");
    assertThat(find(By.id("indicator-synthetic")).isDisplayed()).isTrue();
    screenshot("indicator-page-nb");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_map_the_charts_and_the_table_fetch_their_figures_from_cacheable_urls_not_the_page()
      throws Exception {
    Map<String, Object> urls =
        (Map<String, Object>)
            js(
                "const m = document.getElementById('indicator-map');"
                    + "const b = document.getElementById('indicator-bars');"
                    + "const t = document.querySelector('va-result-table');"
                    + "return {areas: m.areasUrl, state: m.stateUrl, spec: b.specUrl,"
                    + " table: t.dataUrl, inline: m.areas || null};");
    assertThat((String) urls.get("areas")).startsWith("/api/v1/areas?level=hf");
    assertThat((String) urls.get("state")).startsWith("/api/v1/views/");
    assertThat((String) urls.get("spec")).startsWith("/api/v1/views/");
    assertThat((String) urls.get("table")).startsWith("/api/v1/views/");
    assertThat(urls.get("inline")).isNull();

    HttpResponse<String> spec =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url(((String) urls.get("spec")).substring(1))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(spec.statusCode()).isEqualTo(200);
    assertThat(spec.body()).contains("\"rows\"");
    assertThat(spec.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    assertThat(spec.headers().firstValue("ETag")).isPresent();
    assertThat(spec.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void clicking_a_bar_selects_the_area_on_the_map_in_the_table_and_in_the_url() {
    WebElement label =
        (WebElement)
            js(
                "return [...document.querySelectorAll('#indicator-bars svg text')]"
                    + ".find(t => t.textContent === 'OUS');");
    js("arguments[0].scrollIntoView({block: 'center'})", find(By.id("indicator-bars")));
    new Actions(driver())
        .moveToElement(label, label.getSize().getWidth() / 2 + 60, 0)
        .click()
        .perform();

    waitUntil(d -> OUS.equals(find(By.id("indicator-map")).getAttribute("data-selected")));
    waitUntil(d -> d.getCurrentUrl().contains("area=OUS"));
    assertThat(selectedTableRows()).containsExactly("OUS");
    assertThat(find(By.cssSelector("#indicator-selection .va-chip[data-code='" + OUS + "']")))
        .isNotNull();
    screenshot("indicator-page-selected");

    // A copied link restores the selection.
    String copied = driver().getCurrentUrl();
    driver().get(copied);
    waitForVaadin();
    waitUntil(d -> OUS.equals(find(By.id("indicator-map")).getAttribute("data-selected")));

    // A region selects its referral areas.
    find(By.cssSelector(".va-region-buttons vaadin-button[data-region='1']")).click();
    waitUntil(d -> d.getCurrentUrl().contains("area=UNN"));
    assertThat(driver().getCurrentUrl())
        .contains("area=Finnmark", "area=Nordland", "area=Helgeland");
  }

  @Test
  void the_csv_download_says_what_it_holds_and_holds_the_rows_and_values_of_the_table()
      throws Exception {
    clearDownloads();
    WebElement link = find(By.id("indicator-csv"));
    js("arguments[0].scrollIntoView({block: 'center'})", link);
    link.click();
    Path file =
        waitUntil(
            d -> {
              try (Stream<Path> files = Files.list(downloads())) {
                return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
              } catch (java.io.IOException e) {
                return null;
              }
            });
    byte[] bytes = waitUntil(d -> read(file));
    // A byte order mark, so that Excel reads æ, ø and å.
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines =
        List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    // What the figures are, in Bokmål, then the table.
    assertThat(lines.get(0)).isEqualTo("Indikator;Skulderkirurgi, beregnet av plattformen");
    assertThat(String.join("\n", lines))
        .contains(
            "Enhet;",
            "Periode;Årlig gjennomsnitt 2015–2017",
            "Områdenivå;",
            "Kilde;",
            "Lastet ned;")
        .doesNotContain("NOT_COMPARED", "SIMILAR", "HIGHER", "LOWER");
    int header = lines.indexOf("") + 1;
    assertThat(lines.get(header)).startsWith("Område;Antall;Innbyggere;").contains("(uavrundet)");

    // The table's rows as shown, top to bottom, then the national row.
    List<List<String>> table = tableRows();
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(header + 1, lines.size())) {
      rows.add(line.split(";", -1));
    }
    assertThat(rows.subList(0, rows.size() - 1).stream().map(r -> r[0]).toList())
        .containsExactlyElementsOf(table.stream().map(r -> r.get(0)).toList());
    assertThat(rows.get(rows.size() - 1)[0]).isEqualTo("Norge");
    // Every number as the table prints it: events and population whole, rates without decimals.
    for (int i = 0; i < table.size(); i++) {
      String[] cells = rows.get(i);
      List<String> shown = table.get(i);
      assertThat(plain(shown.get(1))).isEqualTo(cells[1]);
      assertThat(plain(shown.get(2))).isEqualTo(cells[2]);
      assertThat(plain(shown.get(4))).isEqualTo(cells[4]);
      assertThat(Double.parseDouble(cells[cells.length - 3].replace(',', '.')))
          .isCloseTo(Double.parseDouble(cells[4]), org.assertj.core.data.Offset.offset(0.5));
    }
  }

  private static byte[] read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return bytes.length > 0 ? bytes : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  @Test
  void the_language_switch_changes_the_labels() {
    assertThat(text(By.id("indicator-title"))).isEqualTo("Skulderkirurgi, beregnet av plattformen");
    String headingsNb = headings();

    language("en");
    assertThat(text(By.id("indicator-title")))
        .isEqualTo("Shoulder surgery, computed by the platform");
    assertThat(headings()).isNotEqualTo(headingsNb).contains("Map", "Table");
    screenshot("indicator-page-en");

    language("nn");
    assertThat(headings()).contains("Kart", "Tabell");
    assertThat(text(By.id("indicator-unit"))).contains("justert for kjønn og alder");
  }

  private void language(String code) {
    find(By.cssSelector("vaadin-button[data-lang='" + code + "']")).click();
    waitUntil(d -> code.equals(find(By.cssSelector(".va-shell")).getAttribute("lang")));
    waitForVaadin();
    waitUntil(d -> js("return document.querySelector('#indicator-map path[data-code]') !== null"));
  }

  /** The table's rows top to bottom, each as its cells' texts (selection column left out). */
  @SuppressWarnings("unchecked")
  private List<List<String>> tableRows() {
    return (List<List<String>>)
        js(
            "const g = document.getElementById('indicator-table');"
                + "return [...g.shadowRoot.querySelectorAll('#items tr')]"
                + ".filter(tr => !tr.hidden && tr.index !== undefined)"
                + ".sort((a, b) => a.index - b.index)"
                + ".map(tr => [...tr.querySelectorAll('td')].map(td => {"
                + "  const slot = td.querySelector('slot');"
                + "  const cell = slot && slot.assignedElements()[0];"
                + "  return cell ? cell.textContent.trim() : ''; }));");
  }

  @SuppressWarnings("unchecked")
  private List<String> selectedTableRows() {
    return ((List<List<String>>)
            js(
                "const g = document.getElementById('indicator-table');"
                    + "return [...g.shadowRoot.querySelectorAll('#items tr')]"
                    + ".filter(tr => [...tr.querySelectorAll('td')]"
                    + ".some(td => (td.getAttribute('part') || '').includes('va-selected')))"
                    + ".map(tr => [...tr.querySelectorAll('td')].map(td => {"
                    + "  const slot = td.querySelector('slot');"
                    + "  const cell = slot && slot.assignedElements()[0];"
                    + "  return cell ? cell.textContent.trim() : ''; }));"))
        .stream().map(r -> r.get(0)).toList();
  }

  /** A number as the Norwegian table prints it, without grouping spaces. */
  private static String plain(String printed) {
    return printed.replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
  }

  private String headings() {
    return String.join(
        "|",
        findAll(By.cssSelector(".va-card-panel > h2")).stream().map(WebElement::getText).toList());
  }

  private void clearDownloads() throws java.io.IOException {
    try (Stream<Path> old = Files.list(downloads())) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rankedRows() {
    return (List<Map<String, Object>>)
        js("return JSON.parse(document.getElementById('indicator-bars').spec).rows;");
  }
}
