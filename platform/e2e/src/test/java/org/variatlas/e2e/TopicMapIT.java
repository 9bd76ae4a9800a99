package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 4's map on a topic page in real Chromium: the 21 referral areas are drawn, a click selects
 * an area and the URL carries it, reloading that URL restores the selection, a health region
 * selects its referral areas, and the level switch redraws the map and the figures.
 */
class TopicMapIT extends BrowserIT {

  private static final String PAGE = "topic/day-surgery";
  private static final By AREAS = By.cssSelector("#area-map .va-map-canvas path[data-code]");

  private List<WebElement> areas(int count) {
    waitUntil(d -> findAll(AREAS).size() == count);
    return findAll(AREAS);
  }

  /** Clicks an element after scrolling it to the middle of the window, clear of the header. */
  private void click(By by) {
    WebElement e = find(by);
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  private String url() {
    return URLDecoder.decode(driver().getCurrentUrl(), StandardCharsets.UTF_8).replace('+', ' ');
  }

  @Test
  void the_map_draws_the_21_referral_areas() {
    open(PAGE);
    List<WebElement> paths = areas(21);
    assertThat(paths).allSatisfy(p -> assertThat(p.getAttribute("d")).doesNotStartWith("M0 0"));
    assertThat(paths).filteredOn(p -> p.getSize().getWidth() > 20).hasSizeGreaterThan(15);
    assertThat(findAll(By.cssSelector("#area-map .va-map-inset path[data-inset-code]")))
        .isNotEmpty();
    screenshot("topic-map-hf", By.cssSelector(".va-areas"));
  }

  @Test
  void a_click_selects_an_area_the_url_carries_it_and_reloading_restores_it() {
    open(PAGE);
    areas(21);
    // Innlandet (19) is large at national zoom: click its polygon.
    click(By.cssSelector("#area-map .va-map-canvas path[data-code='19']"));
    waitUntil(d -> url().contains("area=Innlandet"));
    assertThat(url()).contains("level=hf");
    waitUntil(
        d -> !findAll(By.cssSelector("#area-selection vaadin-button[data-code='19']")).isEmpty());
    assertThat(
            find(By.cssSelector(".va-areas-list vaadin-button[data-code='19']"))
                .getAttribute("aria-pressed"))
        .isEqualTo("true");
    // A second click on another area adds it (multi-select): Telemark (22), also compact. The
    // first path keeps the focus, so this press also blurs it: the map must not move paths in
    // the DOM meanwhile, or Chrome drops the click.
    click(By.cssSelector("#area-map .va-map-canvas path[data-code='22']"));
    waitUntil(d -> url().contains("area=Telemark"));
    String link = driver().getCurrentUrl();

    driver().navigate().refresh();
    waitForVaadin();
    areas(21);
    waitUntil(d -> findAll(By.cssSelector("#area-selection vaadin-button[data-code]")).size() == 2);
    assertThat(findAll(By.cssSelector("#area-selection vaadin-button[data-code]")))
        .extracting(e -> e.getAttribute("data-code"))
        .containsExactly("19", "22");
    assertThat(driver().getCurrentUrl()).isEqualTo(link);
    screenshot("topic-map-selected", By.cssSelector(".va-areas"));
  }

  @Test
  void a_link_with_names_restores_the_selection_and_a_region_selects_its_areas() {
    open(PAGE + "?level=hf&area=UNN&area=OUS");
    areas(21);
    waitUntil(d -> findAll(By.cssSelector("#area-selection vaadin-button[data-code]")).size() == 2);
    assertThat(findAll(By.cssSelector("#area-selection vaadin-button[data-code]")))
        .extracting(e -> e.getAttribute("data-code"))
        .containsExactly("2", "16");

    click(By.id("area-clear"));
    waitUntil(d -> findAll(By.cssSelector("#area-selection vaadin-button[data-code]")).isEmpty());
    // Helse Nord selects Finnmark, UNN, Nordland and Helgeland.
    click(By.cssSelector(".va-areas-list vaadin-button[data-region='1']"));
    waitUntil(d -> findAll(By.cssSelector("#area-selection vaadin-button[data-code]")).size() == 4);
    assertThat(url())
        .contains("area=Finnmark")
        .contains("area=UNN")
        .contains("area=Nordland")
        .contains("area=Helgeland");
  }

  @Test
  void the_level_switch_redraws_the_map_and_the_figures_and_writes_the_level() {
    // Mental health care has figures on three levels: referral areas, DPS areas and regions.
    awaitAtlasReady();
    open("topic/psychiatric-care?level=rhf");
    areas(4);
    By hfOnly = By.cssSelector(".va-result-box[data-indicator='outpatient-patients'] va-echart");
    assertThat(findAll(hfOnly)).isEmpty();
    click(By.cssSelector("#area-level vaadin-radio-button:nth-of-type(1)")); // hf
    areas(21);
    waitUntil(d -> url().contains("level=hf"));
    waitUntil(d -> !findAll(hfOnly).isEmpty());
    screenshot("topic-map-levels", By.cssSelector(".va-areas"));
  }

  @Test
  void a_topic_opens_on_a_level_its_indicators_have() {
    // Child health's figures are on the 19 referral areas of its atlas.
    awaitAtlasReady();
    open("topic/child-health");
    areas(19);
    assertThat(text(By.cssSelector("#area-level vaadin-radio-button[checked]"))).contains("19");
    assertThat(findAll(By.cssSelector(".va-result-box va-echart"))).isNotEmpty();
  }
}
