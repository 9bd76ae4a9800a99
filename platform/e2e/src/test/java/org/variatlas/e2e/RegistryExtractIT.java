package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.variatlas.app.security.Role;

/**
 * An editor loads a registry extract on the loads page (issue 6): the upload dialog takes the file
 * and the measure, the run is applied, and the indicator on that measure then rests on the extract
 * — its events are the file's, and the "synthetic demonstration data" notice is gone from its page
 * and its result box, while the topic's other synthetic indicators keep theirs.
 *
 * <p>Uses cataract surgery, which no other browser test looks at (they share one running app).
 */
class RegistryExtractIT extends BrowserIT {

  private static final String INDICATOR = "cataract-synthetic";
  private static final String MEASURE = "cataract-procedures";
  private static final String RESULTS =
      "/api/v1/results/day-surgery/" + INDICATOR + "?level=hf&period=2017";

  @Autowired TestRestTemplate http;

  @TempDir Path dir;

  private String editorToken;

  @Test
  void an_extract_uploaded_on_the_loads_page_replaces_the_synthetic_counts_of_its_measure()
      throws Exception {
    awaitAtlasReady();
    editorToken = apiToken(Role.EDITOR);
    open("topic/day-surgery/" + INDICATOR + "?period=2017");
    assertThat(find(By.id("indicator-synthetic")).isDisplayed()).isTrue();

    Path extract = dir.resolve("cataract-2017.csv");
    Files.writeString(
        extract,
        String.join(
            "\n",
            "base_unit,year,sex,age,events",
            "1804,2017,female,74,31",
            "1804,2017,male,71,22",
            "5501,2017,female,80,40",
            "3201,2017,male,68,17",
            "3403,2017,female,77,1",
            ""));

    signInAs(Role.EDITOR);
    open("admin/loads");
    WebElement button = find(By.cssSelector("vaadin-button[data-loader='day-surgery/count-file']"));
    js("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    WebElement upload = find(By.cssSelector("vaadin-upload[data-parameter='file']"));
    WebElement input =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "const u = arguments[0];"
                            + "return u.querySelector('input[type=file]')"
                            + " || u.shadowRoot.querySelector('input[type=file]');",
                        upload));
    input.sendKeys(extract.toString());
    waitUntil(
        d -> Boolean.TRUE.equals(js("return arguments[0].files.some(f => f.complete);", upload)));
    // Pick the measure as a person does: open the select, click the item.
    WebElement select = find(By.cssSelector("vaadin-select[data-parameter='measure']"));
    select.click();
    WebElement item =
        waitUntil(
            d ->
                (WebElement)
                    js(
                        "return [...document.querySelectorAll('vaadin-select-item')]"
                            + ".find(i => i.textContent.trim().endsWith('(' + arguments[0] + ')')"
                            + " && i.getBoundingClientRect().height > 0);",
                        MEASURE));
    item.click();
    waitForVaadin();
    screenshot("loads-upload-dialog");
    find(By.id("loader-parameters-start")).click();

    // The run replaces the synthetic counts of that measure (its message says so) ...
    // The run is recorded as RUNNING at once; wait until it is over.
    Map<String, Object> run =
        waitUntil(
            d ->
                loadRuns().stream()
                    .filter(r -> "count-file".equals(r.get("loaderId")))
                    .filter(r -> !"RUNNING".equals(r.get("status")))
                    .findFirst()
                    .orElse(null));
    assertThat(run).containsEntry("status", "APPLIED");
    assertThat((String) run.get("message"))
        .contains("replaced the ")
        .contains("synthetic rows of measure '" + MEASURE + "' (loader 'synthetic-counts')");

    // ... then the results pipeline recomputes: the national events become the file's.
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (nationalEvents() != 31 + 22 + 40 + 17 + 1) {
      assertThat(Instant.now()).as("the extract's results in time").isBefore(deadline);
      Thread.sleep(500);
    }
    awaitAtlasReady();

    open("topic/day-surgery/" + INDICATOR + "?period=2017");
    assertThat(findAll(By.id("indicator-synthetic"))).isEmpty();
    assertThat(text(By.id("indicator-source")))
        .startsWith("Kilde: Registeruttrekk i tellefilformat")
        .contains(", lastet inn ");
    screenshot("indicator-page-extract");

    open("topic/day-surgery");
    assertThat(badge(INDICATOR)).isEmpty();
    assertThat(badge("shoulder-synthetic")).hasSize(1);
  }

  /** The synthetic-data badge of an indicator's result box on the topic page. */
  private List<WebElement> badge(String indicatorId) {
    return findAll(
        By.xpath(
            "//a[contains(@href, '/"
                + indicatorId
                + "')]/ancestor::div[contains(@class,"
                + " 'va-result-box')][1]//span[contains(@class, 'va-badge-synthetic')]"));
  }

  private List<Map<String, Object>> loadRuns() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(editorToken);
    return http.exchange(
            "/api/v1/loads",
            HttpMethod.GET,
            new HttpEntity<>(headers),
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
  }

  private double nationalEvents() {
    List<Map<String, Object>> rows;
    try {
      rows =
          http.exchange(
                  RESULTS,
                  HttpMethod.GET,
                  null,
                  new ParameterizedTypeReference<List<Map<String, Object>>>() {})
              .getBody();
    } catch (RuntimeException e) {
      return -1; // e.g. no results for a moment
    }
    return rows == null
        ? -1
        : rows.stream()
            .filter(r -> "8888".equals(String.valueOf(r.get("code"))))
            .map(r -> r.get("events"))
            .filter(Number.class::isInstance)
            .mapToDouble(e -> ((Number) e).doubleValue())
            .findFirst()
            .orElse(-1);
  }
}
