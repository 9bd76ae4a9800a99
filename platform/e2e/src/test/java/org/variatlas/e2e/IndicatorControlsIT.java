package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 12: an indicator page driven as a person drives it. The period and the level change through
 * their dropdowns (whose options are never hidden under the selection bar); a click on a table row
 * selects its area; the map and the bars select by keyboard without trapping the focus; a shared
 * link opens in a fresh session in its language; an unknown period says so; addresses that show
 * nothing answer 404.
 */
class IndicatorControlsIT extends BrowserIT {

  private static final String CATARACT = "topic/day-surgery/cataract";

  @BeforeEach
  void ready() {
    awaitAtlasReady();
  }

  private void openIndicator(String route) {
    open(route);
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
  }

  /** Opens a dropdown by clicking it and clicks the option with this text. */
  private void choose(String selectId, String option) {
    WebElement select = find(By.id(selectId));
    js("arguments[0].scrollIntoView({block: 'center'})", select);
    select.click();
    WebElement item =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "return [...document.querySelectorAll('vaadin-select-overlay vaadin-select-item')]"
                            + ".find(i => i.offsetParent !== null && i.textContent.trim() === arguments[0])"
                            + " || null;",
                        option));
    // The option is on top where it is drawn: not under the sticky selection bar.
    assertThat(
            (Boolean)
                js(
                    "const r = arguments[0].getBoundingClientRect();"
                        + "const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + "return top === arguments[0] || arguments[0].contains(top);",
                    item))
        .as("the option %s is not covered", option)
        .isTrue();
    item.click();
  }

  @Test
  void the_period_changes_through_its_dropdown_to_a_year_and_to_the_average() {
    openIndicator(CATARACT);
    choose("indicator-period", "2015");
    waitUntil(d -> d.getCurrentUrl().contains("period=2015"));
    waitUntil(d -> text(By.id("indicator-unit")).contains("2015"));
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
    assertThat(findAll(By.id("indicator-empty"))).isEmpty();
    assertThat(driver().getTitle()).doesNotContain("Fant ikke");

    choose("indicator-period", "Årlig gjennomsnitt 2013–2017");
    waitUntil(d -> d.getCurrentUrl().contains("period=2013-2017"));
    waitUntil(d -> !findAll(By.id("indicator-average-note")).isEmpty());
    assertThat(text(By.id("indicator-compare"))).contains("Signifikans er ikke tilgjengelig");
    screenshot("controls-period-average");
  }

  @Test
  void the_level_changes_through_its_dropdown() {
    // One level only: the control is left out.
    openIndicator(CATARACT);
    assertThat(findAll(By.id("indicator-level"))).isEmpty();

    openIndicator("topic/psychiatric-care/outpatient-patients-dps");
    String before = text(By.id("indicator-unit"));
    WebElement select = find(By.id("indicator-level"));
    select.click();
    WebElement other =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "return [...document.querySelectorAll('vaadin-select-overlay vaadin-select-item')]"
                            + ".find(i => i.offsetParent !== null && !i.hasAttribute('selected'))"
                            + " || null;"));
    other.click();
    waitUntil(d -> !text(By.id("indicator-unit")).equals(before));
    assertThat(driver().getCurrentUrl()).contains("level=");
  }

  @Test
  void a_click_on_a_table_row_selects_its_area_and_says_so() {
    openIndicator(CATARACT);
    WebElement cell =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "return [...document.querySelectorAll('#indicator-table"
                            + " vaadin-grid-cell-content')].find(c => /^[0-9 \\u00a0]+$/.test("
                            + "c.textContent.trim()) && c.textContent.trim().length > 2) || null;"));
    js("arguments[0].scrollIntoView({block: 'center'})", cell);
    cell.click();
    waitUntil(d -> d.getCurrentUrl().contains("area="));
    waitUntil(d -> !findAll(By.cssSelector("#indicator-selection .va-chip")).isEmpty());
    assertThat(text(By.id("indicator-announcer"))).contains("1 område valgt");
    String area = find(By.cssSelector("#indicator-selection .va-chip")).getAttribute("data-code");
    waitUntil(d -> area.equals(find(By.id("indicator-map")).getAttribute("data-selected")));
    assertThat(
            (Boolean)
                js(
                    "return [...document.querySelectorAll('#indicator-table vaadin-checkbox')]"
                        + ".some(c => c.checked);"))
        .isTrue();
  }

  @Test
  void the_map_and_the_bars_select_by_keyboard_and_tab_leaves_the_map_in_one_step() {
    openIndicator(CATARACT);
    waitUntil(
        d -> js("return document.querySelector('#indicator-map path[tabindex=\"0\"]') !== null"));
    // From the share button, the last control before the map.
    WebElement share = find(By.id("indicator-share"));
    js("arguments[0].focus()", share);
    Actions keys = new Actions(driver());
    keys.sendKeys(Keys.TAB).perform();
    assertThat(focused()).startsWith("path[data-code=");
    String first = focused();
    keys.sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
    String reached = focused();
    assertThat(reached).startsWith("path[data-code=").isNotEqualTo(first);
    String code = reached.substring("path[data-code=".length(), reached.indexOf(']'));
    keys.sendKeys(Keys.ENTER).perform();
    waitUntil(d -> code.equals(find(By.id("indicator-map")).getAttribute("data-selected")));
    // The focus stays on the area after the selection redraws the map.
    assertThat(focused()).startsWith("path[data-code=" + code + "]");
    assertThat(findAll(By.cssSelector(".va-map-tooltip"))).hasSizeLessThanOrEqualTo(1);

    keys.sendKeys(Keys.TAB).perform();
    assertThat(focused()).startsWith("va-echart#indicator-bars");
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    waitUntil(d -> !text(By.cssSelector("#indicator-bars .va-sr-only")).isEmpty());
    keys.sendKeys(Keys.ENTER).perform();
    waitUntil(
        d -> find(By.id("indicator-map")).getAttribute("data-selected").split(" ").length == 2);
    screenshot("controls-keyboard-selected");
  }

  @Test
  void a_shared_link_opens_in_a_fresh_session_in_its_language() {
    openIndicator(CATARACT + "?lang=en");
    assertThat(js("return document.documentElement.lang")).isEqualTo("en");
    find(By.cssSelector(".va-region-buttons vaadin-button[data-region='1']")).click();
    waitUntil(d -> d.getCurrentUrl().contains("area=UNN"));
    find(By.id("indicator-share")).click();
    String link =
        waitUntil(
            d -> {
              Object v =
                  js("const f = document.getElementById('share-link'); return f && f.value;");
              return v instanceof String s && s.startsWith("http") ? s : null;
            });
    assertThat(link).contains("lang=en", "area=UNN", "period=", "level=hf");
    assertThat((String) js("return document.getElementById('share-embed').value"))
        .contains("<iframe", "/embed/day-surgery/cataract");
    screenshot("controls-share");

    driver().manage().deleteAllCookies();
    open(link.substring(link.indexOf("/topic/") + 1));
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
    assertThat(js("return document.documentElement.lang")).isEqualTo("en");
    assertThat(text(By.id("indicator-title"))).isEqualTo("Age-related cataract");
    // Helse Nord's four referral areas, UNN (2) among them.
    waitUntil(
        d ->
            List.of(find(By.id("indicator-map")).getAttribute("data-selected").split(" "))
                .containsAll(List.of("1", "2", "3", "4")));
  }

  @Test
  void an_unknown_period_says_that_there_is_no_such_period() {
    open(CATARACT + "?period=1800");
    String text = text(By.id("indicator-empty"));
    assertThat(text).contains("1800", "2017").doesNotContain("laster");
  }

  @Test
  void addresses_that_show_nothing_answer_404() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(url("topic/day-surgery/no-such-indicator"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<title>");
    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(URI.create(url("api/v1/no-such-thing"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");

    open("topic/no-such-topic");
    waitUntil(d -> !d.getTitle().isBlank());
    assertThat(driver().getTitle()).contains("Variatlas");
    assertThat(text(By.tagName("h1"))).isNotEmpty();
  }
}
