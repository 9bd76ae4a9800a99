package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: axe-core finds no WCAG 2.1 A or AA violation on the pages people use: home, a topic, an
 * indicator (with a selection), a fact sheet, about and the admin pages.
 */
class AccessibilityIT extends BrowserIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "topic/child-health",
        "topic/day-surgery/cataract?area=OUS",
        "topic/day-surgery/factsheet",
        "about",
        "admin/plugins",
        "admin/loads"
      })
  void the_page_has_no_wcag_violations(String route) {
    awaitAtlasReady();
    open(route);
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return [...document.querySelectorAll('va-echart')].every(c => c.querySelector('svg'))"
                        + " && [...document.querySelectorAll('va-area-map')].every(m =>"
                        + " m.querySelector('path[data-code]'))")));
    assertThat(axeViolations()).as("axe-core on /%s", route).isEmpty();
  }
}
