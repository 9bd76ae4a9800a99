package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Issue 12 on a phone (390 × 844 CSS pixels, touch): nothing is wider than the screen, the header
 * is compact, one finger scrolls the page past the map, the axis labels do not collide, the table
 * shows its priority columns, and the planner's journey (topic, indicator, period, row) works.
 */
class PhoneIT extends BrowserIT {

  @BeforeEach
  void phone() {
    awaitAtlasReady();
    windowSize(390, 844);
    HasCdp cdp = (HasCdp) driver();
    // A phone's screen, as Chromium's device mode has it (the page's viewport meta, overlay
    // scrollbars, a layout viewport that widens to overflowing content): a desktop window of the
    // same width lays the page out as a desktop browser does, not as a phone shows it.
    cdp.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    cdp.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
  }

  /** The browser is shared: back to a desktop screen and a mouse for the next test. */
  @org.junit.jupiter.api.AfterEach
  void desktop() {
    HasCdp cdp = (HasCdp) driver();
    cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    cdp.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
  }

  private void noWiderThanTheScreen(String page) {
    long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    // The page's own width, not innerWidth: a phone's browser widens its layout viewport (and
    // innerWidth with it) to content that overflows, so innerWidth would hide the overflow.
    long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
    assertThat(width)
        .as("%s is %d px wide in a %d px window", page, width, viewport)
        .isLessThanOrEqualTo(viewport);
  }

  @Test
  void the_topic_page_and_the_indicator_page_fit_the_phone() {
    open("topic/child-health");
    waitUntil(d -> js("return document.querySelector('#area-map path[data-code]') !== null"));
    noWiderThanTheScreen("the topic page");
    long header =
        ((Number) js("return document.querySelector('.va-header').offsetHeight")).longValue();
    assertThat(header).as("header height").isLessThan(844 * 18 / 100);
    screenshot("phone-topic");

    // The planner's journey: an indicator of the topic, another period, a row of the table.
    WebElement link = find(By.cssSelector(".va-result-box-title"));
    js("arguments[0].scrollIntoView({block: 'center'})", link);
    link.click();
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));
    noWiderThanTheScreen("the indicator page");
    String touchAction =
        (String)
            js(
                "return getComputedStyle(document.querySelector('#indicator-map .leaflet-container')).touchAction");
    assertThat(touchAction).as("one finger scrolls the page").contains("pan-y");
    assertThat(axisLabelsOverlap()).as("overlapping axis labels").isEmpty();
    assertThat(textsUnderExportButtons()).as("chart texts under a PNG button").isEmpty();
    screenshot("phone-indicator");

    WebElement period = find(By.id("indicator-period"));
    js("arguments[0].scrollIntoView({block: 'center'})", period);
    period.click();
    // Another year than the one shown: choosing the current one again changes nothing.
    WebElement year =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        // The overlay opens and places itself over a few frames on a phone: take
                        // an item once it is drawn on top, where it was on the previous look.
                        "const onTop = i => { const r = i.getBoundingClientRect();"
                            + " const t = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                            + " return t && (t === i || i.contains(t)); };"
                            + "const i = [...document.querySelectorAll('vaadin-select-overlay vaadin-select-item')]"
                            + ".find(i => i.offsetParent !== null && !i.hasAttribute('selected')"
                            + " && /^[0-9]{4}$/.test(i.textContent.trim()) && onTop(i));"
                            + "if (!i) return null;"
                            + "const r = i.getBoundingClientRect();"
                            + "const at = i.textContent + r.left + ',' + r.top;"
                            + "const still = window.__vaOptionAt === at; window.__vaOptionAt = at;"
                            + "return still ? i : null;"));
    String chosen = year.getText().trim();
    year.click();
    waitUntil(d -> d.getCurrentUrl().contains("period=" + chosen));
    waitUntil(d -> js("return document.querySelector('#indicator-bars svg') !== null"));

    // Priority columns: area, value and comparison.
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return [...document.querySelectorAll('#indicator-table vaadin-grid-column')]"
                        + ".filter(c => !c.hidden).length <= 3")));
    assertThat(
            (Boolean)
                js(
                    "const g = document.getElementById('indicator-table');"
                        + "return g.getBoundingClientRect().right <= window.innerWidth;"))
        .isTrue();
    WebElement cell = find(By.cssSelector("#indicator-table vaadin-checkbox"));
    js("arguments[0].scrollIntoView({block: 'center'})", cell);
    cell.click();
    waitUntil(d -> d.getCurrentUrl().contains("area="));
    noWiderThanTheScreen("the indicator page after the journey");
    screenshot("phone-indicator-selected");
  }

  /** Pairs of number labels of the bars' value axis that overlap, e.g. "800" and "1 000". */
  @SuppressWarnings("unchecked")
  private List<String> axisLabelsOverlap() {
    return (List<String>)
        js(
            "const texts = [...document.querySelectorAll('#indicator-bars svg text')]"
                + ".filter(t => /^[0-9\\u00a0\\s,.]+$/.test(t.textContent.trim()))"
                + ".map(t => ({t: t.textContent, r: t.getBoundingClientRect()}));"
                + "const out = [];"
                + "for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {"
                + "  const a = texts[i].r, b = texts[j].r;"
                + "  if (Math.abs(a.top - b.top) < 2 && a.left < b.right && b.left < a.right)"
                + "    out.push(texts[i].t + ' / ' + texts[j].t); }"
                + "return out;");
  }

  /** Texts of the charts' drawings that run under the chart's PNG button (a long title did). */
  @SuppressWarnings("unchecked")
  private List<String> textsUnderExportButtons() {
    return (List<String>)
        js(
            "const out = [];"
                + "for (const c of document.querySelectorAll('va-echart')) {"
                + "  const b = c.querySelector('.va-chart-export');"
                + "  if (!b || b.hidden) continue;"
                + "  const k = b.getBoundingClientRect();"
                + "  for (const t of c.querySelectorAll('svg text')) {"
                + "    const r = t.getBoundingClientRect();"
                + "    if (r.width > 0 && r.right > k.left + 1 && r.left < k.right"
                + "        && r.bottom > k.top && r.top < k.bottom) out.push(t.textContent); } }"
                + "return out;");
  }
}
