package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.results.ResultsService;
import org.variatlas.testkit.PlatformHarness;
import org.variatlas.testkit.fixture.DisclosureFixture;
import org.variatlas.testkit.fixture.DisclosureTopic;

/**
 * No suppressed figure reaches the browser (issue 13). On the small-count fixture topic (many
 * kommuner, referral areas and counties hidden by primary and secondary suppression), the indicator
 * page shows a hidden area with its name and the "hidden" label only: in the table, in the ranked
 * bars' data and the tooltips a person gets pointing at them, in the map's tooltips (one hovered
 * with the mouse), in the trend's lines of the years it is hidden and in the funnel. Checked on the
 * kommune level and, switched through the level control, on the referral areas.
 *
 * <p>The fixture runs on a platform of its own ({@link PlatformHarness} with only the fixture
 * plugin): the shared app of the {@link BrowserIT}s keeps its three topics, and this test does not
 * need it.
 */
class DisclosureBrowserIT extends BrowserSession {

  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Period PERIOD = Period.of(2022, 2024);
  private static final Pattern DIGIT = Pattern.compile("\\d");

  @TempDir static Path jars;

  private static PlatformHarness fixture;

  @BeforeAll
  static void startFixturePlatform() {
    fixture = PlatformHarness.start(DisclosureFixture.pluginJar(jars));
    fixture.geography().preparePolygons(); // built while the population loads
    assertThat(fixture.loadPopulation().status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(fixture.runLoadersOnInstall(DisclosureTopic.ID))
        .allMatch(run -> run.status().equals(LoadRunRecord.APPLIED));
    fixture.computeResults(DisclosureTopic.ID);
  }

  @AfterAll
  static void stopFixturePlatform() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Override
  protected String baseUrl() {
    return "http://localhost:" + fixture.port();
  }

  @Test
  void a_hidden_area_shows_no_figure_in_the_table_the_charts_or_their_tooltips() {
    open("topic/" + DisclosureTopic.ID + "/" + DisclosureTopic.INDICATOR);
    awaitCharts();
    assertThat(driver().getCurrentUrl()).doesNotContain("level=hf");
    Set<String> kommuner = checkLevel("kommune");
    assertThat(kommuner).contains("5614"); // Loppa: 9 consultations in three years
    hoverMapArea(kommuner);
    screenshot("disclosure-kommune");

    // The level switch, as a person uses it.
    WebElement levels = find(By.id("indicator-level"));
    js("window.scrollTo(0, 0)");
    levels.click();
    WebElement item =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "return [...document.querySelectorAll('vaadin-select-item')]"
                            + ".find(i => i.textContent.trim() === 'Opptaksområde'"
                            + " && i.getBoundingClientRect().height > 0);"));
    item.click();
    waitUntil(d -> d.getCurrentUrl().contains("level=hf"));
    waitForVaadin();
    awaitCharts();
    Set<String> trusts = checkLevel("hf");
    assertThat(trusts).isNotEmpty();
    hoverMapArea(trusts);
    screenshot("disclosure-hf");
  }

  /**
   * Checks everything the page shows of the level's hidden areas and returns their codes.
   *
   * @return the codes of the areas hidden in the period
   */
  private Set<String> checkLevel(String level) {
    ResultsService results = fixture.bean(ResultsService.class);
    IndicatorResults shown =
        results
            .results(DisclosureTopic.ID, DisclosureTopic.INDICATOR, level, PERIOD, NB)
            .orElseThrow();
    Set<String> hidden = new TreeSet<>();
    List<String> hiddenNames = new ArrayList<>();
    for (AreaResult a : shown.areas()) {
      if (a.suppressed()) {
        hidden.add(a.area().code());
        hiddenNames.add(a.area().name());
      }
    }
    assertThat(hidden).as("hidden areas on level %s", level).isNotEmpty();

    String label = barsHideTheirFigures(hidden);
    barTooltipsSayOnlyHidden(hidden, label);
    mapTooltipsSayOnlyHidden(hidden, label);
    tableRowsAreEmpty(hiddenNames);
    trendLeavesOutHiddenYears(results, level);
    funnelLeavesOutHiddenAreas(hidden);
    return hidden;
  }

  /** The bars' data: a hidden row has no value, interval, counts, parts or yearly dots. */
  @SuppressWarnings("unchecked")
  private String barsHideTheirFigures(Set<String> hidden) {
    Map<String, Object> spec = spec("indicator-bars");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) spec.get("rows");
    List<List<Object>> stacks = (List<List<Object>>) spec.get("stacks");
    List<List<Object>> yearly = (List<List<Object>>) spec.get("yearly");
    Set<String> suppressed = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      if (!Boolean.TRUE.equals(row.get("suppressed"))) {
        continue;
      }
      suppressed.add((String) row.get("code"));
      for (String field : List.of("value", "lower", "upper", "events", "population")) {
        assertThat(row.get(field)).as("%s of hidden %s", field, row.get("name")).isNull();
      }
      assertThat(stacks.get(i)).as("parts of hidden %s", row.get("name")).containsOnlyNulls();
      assertThat(yearly.get(i)).as("yearly dots of hidden %s", row.get("name")).containsOnlyNulls();
    }
    assertThat(suppressed).isEqualTo(hidden);
    return (String) spec.get("suppressedLabel");
  }

  /**
   * Points at each hidden area's bar with the mouse, as a person does, and reads the tooltip: its
   * name and the hidden label, nothing else.
   */
  @SuppressWarnings("unchecked")
  private void barTooltipsSayOnlyHidden(Set<String> hidden, String label) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) spec("indicator-bars").get("rows");
    for (int i = 0; i < rows.size(); i++) {
      String code = (String) rows.get(i).get("code");
      if (!hidden.contains(code)) {
        continue;
      }
      String name = (String) rows.get(i).get("name");
      // Two kommuner share a name: the n-th row of that name is its n-th label from the top.
      int occurrence = 0;
      for (int j = 0; j < i; j++) {
        occurrence += name.equals(rows.get(j).get("name")) ? 1 : 0;
      }
      WebElement axisLabel =
          (WebElement)
              js(
                  "return [...document.querySelectorAll('#indicator-bars svg text')]"
                      + ".filter(t => t.textContent === arguments[0])"
                      + ".sort((a, b) => a.getBoundingClientRect().top"
                      + " - b.getBoundingClientRect().top)[arguments[1]];",
                  name,
                  occurrence);
      js("arguments[0].scrollIntoView({block: 'center'})", axisLabel);
      new Actions(driver())
          .moveToElement(axisLabel, axisLabel.getSize().getWidth() / 2 + 80, 0)
          .perform();
      String tip =
          waitUntil(
              d -> {
                String text =
                    (String)
                        js(
                            "return [...document.querySelectorAll("
                                + "'#indicator-bars .va-chart-plot > div')]"
                                + ".filter(d => d.style.zIndex === '9999999'"
                                + " && d.style.display !== 'none')"
                                + ".map(d => d.innerText).join('');");
                return text.startsWith(name) ? text : null;
              });
      assertThat(tip).as("tooltip of hidden %s", code).contains(label);
      assertThat(DIGIT.matcher(tip.replace(label, "")).find())
          .as("a figure in the tooltip of hidden %s: %s", code, tip)
          .isFalse();
    }
  }

  /** The map's tooltip of a hidden area: its name and the hidden label. */
  @SuppressWarnings("unchecked")
  private void mapTooltipsSayOnlyHidden(Set<String> hidden, String label) {
    Map<String, String> tooltips =
        (Map<String, String>)
            js("return JSON.parse(document.getElementById('indicator-map').state).tooltips;");
    for (String code : hidden) {
      String tip = tooltips.get(code);
      assertThat(tip).as("map tooltip of %s", code).isNotNull().contains(label);
      assertThat(DIGIT.matcher(tip.replace(label, "")).find())
          .as("a figure in the map tooltip of hidden %s: %s", code, tip)
          .isFalse();
    }
  }

  /**
   * Hovers a hidden area on the map with the mouse, as a person does (the first of them not under
   * the sticky bars), and reads the tooltip Leaflet shows.
   */
  private void hoverMapArea(Set<String> hidden) {
    js("arguments[0].scrollIntoView({block: 'end'})", find(By.id("indicator-map")));
    String label =
        (String)
            js(
                "return JSON.parse(document.getElementById('indicator-bars').spec).suppressedLabel;");
    // The map may still be fitting itself to its size: point again until a tooltip shows.
    String tip =
        waitUntil(
            d ->
                hidden.stream().map(this::pointAt).filter(t -> t != null).findFirst().orElse(null));
    assertThat(tip).contains(label);
    assertThat(DIGIT.matcher(tip.replace(label, "")).find()).as("hovered: %s", tip).isFalse();
  }

  /**
   * Moves the mouse off the map and then onto a point of the area's own fill that nothing covers
   * (in viewport coordinates); returns the tooltip then shown, or null.
   */
  private String pointAt(String code) {
    WebElement area =
        find(By.cssSelector("#indicator-map .va-map-canvas path[data-code='" + code + "']"));
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            js(
                "const p = arguments[0], box = p.getBoundingClientRect();"
                    + "for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {"
                    + "  const x = box.left + box.width * i / 40, y = box.top + box.height * j / 40;"
                    + "  const px = Math.round(x), py = Math.round(y);"
                    + "  if (document.elementFromPoint(px, py) === p) return [px, py];"
                    + "}"
                    + "return null;",
                area);
    if (point == null) {
      return null;
    }
    WebElement map = find(By.id("indicator-map"));
    Dimension size = map.getSize();
    new Actions(driver())
        .moveToElement(map, 8 - size.getWidth() / 2, 8 - size.getHeight() / 2)
        .moveToLocation(point.get(0).intValue(), point.get(1).intValue())
        .perform();
    List<WebElement> tips = findAll(By.cssSelector(".va-map-tooltip"));
    return tips.isEmpty() ? null : tips.get(0).getText().trim();
  }

  /**
   * The table's rows without a figure are exactly the hidden areas' (by name: two kommuner share
   * one), and none of a hidden area's cells holds a digit.
   */
  @SuppressWarnings("unchecked")
  private void tableRowsAreEmpty(List<String> hiddenNames) {
    List<List<String>> rows =
        (List<List<String>>)
            js(
                "const g = document.getElementById('indicator-table');"
                    + "return [...g.shadowRoot.querySelectorAll('#items tr')]"
                    + ".filter(tr => !tr.hidden && tr.index !== undefined)"
                    + ".map(tr => [...tr.querySelectorAll('td')].map(td => {"
                    + "  const slot = td.querySelector('slot');"
                    + "  const cell = slot && slot.assignedElements()[0];"
                    + "  if (!cell) return '';"
                    // The area column is a checkbox labelled with the area's name.
                    + "  const check = cell.querySelector('vaadin-checkbox');"
                    + "  return (check ? check.label || '' : cell.textContent).trim(); }));");
    List<String> withoutFigures = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.subList(1, row.size()).stream().noneMatch(c -> DIGIT.matcher(c).find())) {
        withoutFigures.add(row.get(0));
      }
    }
    assertThat(withoutFigures).containsExactlyInAnyOrderElementsOf(hiddenNames);
    tableDataHidesTheirOrder(hiddenNames);
  }

  /**
   * The JSON the table fetches (shared by every reader): a hidden row has no printed figure, and
   * its ranks by the number columns are the ones every hidden row shares, so sorting tells nothing.
   */
  @SuppressWarnings("unchecked")
  private void tableDataHidesTheirOrder(List<String> hiddenNames) {
    Map<String, Object> table =
        (Map<String, Object>)
            js(
                "const x = new XMLHttpRequest();"
                    + "x.open('GET', document.querySelector('va-result-table').dataUrl, false);"
                    + "x.send(); return JSON.parse(x.responseText);");
    Map<String, Set<Object>> hiddenRanks = new java.util.HashMap<>();
    int hiddenRows = 0;
    for (Map<String, Object> row : (List<Map<String, Object>>) table.get("rows")) {
      if (!hiddenNames.contains((String) row.get("name"))) {
        continue;
      }
      Map<String, Object> cells = (Map<String, Object>) row.get("cells");
      if (cells.values().stream().anyMatch(c -> DIGIT.matcher(String.valueOf(c)).find())) {
        continue; // a visible area of the same name as a hidden one
      }
      hiddenRows++;
      Map<String, Object> sort = (Map<String, Object>) row.get("sort");
      for (String column : List.of("events", "population", "crude", "value")) {
        hiddenRanks.computeIfAbsent(column, c -> new java.util.HashSet<>()).add(sort.get(column));
      }
    }
    assertThat(hiddenRows).isEqualTo(hiddenNames.size());
    hiddenRanks.forEach(
        (column, ranks) -> assertThat(ranks).as("ranks of hidden rows by %s", column).hasSize(1));
  }

  /** The trend has no point of an area in a year it is hidden in. */
  @SuppressWarnings("unchecked")
  private void trendLeavesOutHiddenYears(ResultsService results, String level) {
    Map<String, Object> spec = spec("indicator-trend");
    List<Number> years = (List<Number>) spec.get("years");
    List<Map<String, Object>> lines = (List<Map<String, Object>>) spec.get("lines");
    int checked = 0;
    for (IndicatorResults year :
        results.yearly(DisclosureTopic.ID, DisclosureTopic.INDICATOR, level, PERIOD, NB)) {
      int k = years.indexOf(year.period().to());
      for (AreaResult a : year.areas()) {
        if (!a.suppressed()) {
          continue;
        }
        for (Map<String, Object> line : lines) {
          if (a.area().code().equals(((Map<String, Object>) line.get("area")).get("code"))) {
            for (String series : List.of("values", "lower", "upper")) {
              Object point = k < 0 ? null : ((List<Object>) line.get(series)).get(k);
              assertThat(point)
                  .as("%s of %s in %s", series, a.area().name(), year.period())
                  .isNull();
            }
          }
        }
        checked++;
      }
    }
    assertThat(checked).as("hidden area-years").isPositive();
  }

  /** The funnel plots no hidden area. */
  @SuppressWarnings("unchecked")
  private void funnelLeavesOutHiddenAreas(Set<String> hidden) {
    if (findAll(By.id("indicator-funnel")).isEmpty()) {
      return;
    }
    List<Map<String, Object>> points =
        (List<Map<String, Object>>) spec("indicator-funnel").get("points");
    for (Map<String, Object> p : points) {
      assertThat(hidden).doesNotContain((String) ((Map<String, Object>) p.get("area")).get("code"));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> spec(String id) {
    return (Map<String, Object>)
        js("return JSON.parse(document.getElementById(arguments[0]).spec);", id);
  }

  private void awaitCharts() {
    waitUntil(d -> js("return document.querySelector('#indicator-map path[data-code]') !== null"));
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
  }
}
