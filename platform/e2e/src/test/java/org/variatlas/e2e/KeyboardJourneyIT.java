package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 12, keyboard only: Tab from the top of an indicator page reaches the footer, passing the
 * map and each chart in one step each; on the topic page, the areas after the map are reachable.
 */
class KeyboardJourneyIT extends BrowserIT {

  private static final int MAX_TABS = 160;

  /**
   * Presses Tab from the top of the page until the focus is in the footer; the stops on the way.
   */
  private List<String> tabToFooter() {
    js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    List<String> stops = new ArrayList<>();
    Actions keys = new Actions(driver());
    for (int i = 0; i < MAX_TABS; i++) {
      keys.sendKeys(Keys.TAB).perform();
      String now = focused();
      stops.add(now);
      if (Boolean.TRUE.equals(js("return !!document.activeElement.closest('.va-footer')"))) {
        return stops;
      }
    }
    throw new AssertionError("the footer was not reached in " + MAX_TABS + " Tabs: " + stops);
  }

  @Test
  void tab_goes_through_an_indicator_page_from_top_to_footer() {
    awaitAtlasReady();
    open("topic/day-surgery/cataract-synthetic");
    waitUntil(d -> js("return document.querySelector('#indicator-map path[data-code]') !== null"));
    List<String> stops = tabToFooter();
    long mapStops = stops.stream().filter(s -> s.startsWith("path[data-code=")).count();
    assertThat(mapStops).as("the map is one Tab stop: %s", stops).isEqualTo(1);
    assertThat(stops).anyMatch(s -> s.startsWith("va-echart#indicator-bars"));
    assertThat(stops).anyMatch(s -> s.startsWith("va-echart#indicator-trend"));
    assertThat(stops).anyMatch(s -> s.startsWith("va-echart#indicator-funnel"));
    assertThat(stops).anyMatch(s -> s.contains("indicator-csv"));
    assertThat(stops).doesNotContain("body");
  }

  @Test
  void the_header_search_finds_an_indicator_of_another_topic_in_any_language_by_keyboard() {
    open("");
    org.openqa.selenium.WebElement input =
        find(org.openqa.selenium.By.cssSelector("#indicator-search input"));
    input.click();
    // An English word on a Bokmål page: the search reads all three languages.
    new Actions(driver()).sendKeys("cataract").perform();
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return [...document.querySelectorAll('vaadin-combo-box-item')]"
                        + ".some(i => i.offsetParent !== null && i.textContent.toLowerCase().includes('grå stær'))")));
    new Actions(driver()).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
    waitUntil(d -> d.getCurrentUrl().contains("/topic/day-surgery/cataract"));
    waitUntil(
        d -> text(org.openqa.selenium.By.id("indicator-title")).toLowerCase().contains("grå stær"));
    assertThat(driver().getCurrentUrl()).contains("lang=nb");
  }

  @Test
  void tab_reaches_the_indicators_after_the_topic_map() {
    awaitAtlasReady();
    open("topic/child-health");
    waitUntil(d -> js("return document.querySelector('#area-map path[data-code]') !== null"));
    List<String> stops = tabToFooter();
    long mapStops = stops.stream().filter(s -> s.startsWith("path[data-code=")).count();
    assertThat(mapStops).as("the map is one Tab stop: %s", stops).isEqualTo(1);
    assertThat(stops)
        .anyMatch(s -> s.startsWith("a") && s.contains("va-result-box") || s.startsWith("a "));
  }
}
