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
