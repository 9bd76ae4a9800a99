package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * Issue 2's end-to-end check: the shell lists the three topics, a topic link opens its page with
 * its title, and the language switch changes the visible title and the header (nb, en, nn).
 */
class ShellIT extends BrowserIT {

  private static final List<String> TOPICS =
      List.of("day-surgery", "psychiatric-care", "child-health");

  @Autowired TestRestTemplate http;

  @Test
  void the_shell_shows_the_three_topics_and_switches_topic_and_language() {
    Map<String, Map<String, String>> titles = titles();
    assertThat(titles.keySet()).containsExactlyInAnyOrderElementsOf(TOPICS);

    open("");
    List<String> links =
        findAll(By.cssSelector("a.va-topic-link")).stream().map(WebElement::getText).toList();
    assertThat(links)
        .containsExactlyInAnyOrderElementsOf(
            TOPICS.stream().map(t -> titles.get(t).get("nb")).toList());
    assertThat(findAll(By.cssSelector("a.va-card[data-topic]"))).hasSize(3);
    screenshot("shell-home-nb");

    find(By.cssSelector("a.va-topic-link[data-topic='day-surgery']")).click();
    waitUntil(d -> d.getCurrentUrl().contains("/topic/day-surgery"));
    waitForVaadin();
    assertThat(text(By.cssSelector("h1.va-topic-title")))
        .isEqualTo(titles.get("day-surgery").get("nb"));
    String headerNb = header();

    language("en");
    assertThat(text(By.cssSelector("h1.va-topic-title")))
        .isEqualTo(titles.get("day-surgery").get("en"));
    String headerEn = header();
    assertThat(headerEn).isNotEqualTo(headerNb);
    assertThat(find(By.cssSelector(".va-shell")).getAttribute("lang")).isEqualTo("en");
    screenshot("shell-topic-en");

    language("nn");
    assertThat(text(By.cssSelector("h1.va-topic-title")))
        .isEqualTo(titles.get("day-surgery").get("nn"));
    assertThat(header()).isNotEqualTo(headerEn);
    assertThat(find(By.cssSelector(".va-shell")).getAttribute("lang")).isEqualTo("nn");
    screenshot("shell-topic-nn");

    find(By.cssSelector("a.va-topic-link[data-topic='child-health']")).click();
    waitUntil(d -> d.getCurrentUrl().contains("/topic/child-health"));
    waitForVaadin();
    assertThat(text(By.cssSelector("h1.va-topic-title")))
        .isEqualTo(titles.get("child-health").get("nn"));
  }

  /** Clicks the language button and waits for the reload in that language. */
  private void language(String code) {
    find(By.cssSelector("vaadin-button[data-lang='" + code + "']")).click();
    waitUntil(d -> code.equals(find(By.cssSelector(".va-shell")).getAttribute("lang")));
    waitForVaadin();
  }

  /** The header's own strings: tagline and tool links (not the topic names). */
  private String header() {
    return text(By.cssSelector(".va-brand-tagline"))
        + " | "
        + text(By.cssSelector(".va-tool-links"));
  }

  private Map<String, Map<String, String>> titles() {
    List<Map<String, Object>> topics =
        http.exchange(
                "/api/v1/topics",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    Map<String, Map<String, String>> titles = new java.util.LinkedHashMap<>();
    for (Map<String, Object> t : topics) {
      @SuppressWarnings("unchecked")
      Map<String, String> title = (Map<String, String>) t.get("title");
      titles.put((String) t.get("id"), title);
    }
    return titles;
  }
}
