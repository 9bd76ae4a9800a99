package org.variatlas.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.variatlas.app.plugins.fixture.FixtureTopic;
import org.variatlas.app.plugins.fixture.OtherFixtureTopic;
import org.variatlas.app.topics.TopicRepository;

/**
 * The whole app on a real embedded PostgreSQL, with a corrupt jar and a jar that requires a future
 * plugin API beside a sound plugin: it starts, reports both faults, serves the topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PluginFaultsIT {

  @DynamicPropertySource
  static void directories(DynamicPropertyRegistry registry) throws IOException {
    Path plugins = Files.createTempDirectory("variatlas-it-plugins-");
    PluginJars.corrupt(plugins, "corrupt.jar");
    PluginJars.plugin("future")
        .set("Plugin-Requires", ">=2.0.0")
        .classes(OtherFixtureTopic.class, FixtureTopic.class)
        .extensions(OtherFixtureTopic.class)
        .writeTo(plugins, "future.jar");
    PluginJars.plugin("good")
        .classes(FixtureTopic.class)
        .extensions(FixtureTopic.class)
        .writeTo(plugins, "good.jar");
    Path database = Files.createTempDirectory("variatlas-it-pg-");
    registry.add("variatlas.plugins-dir", plugins::toString);
    registry.add("variatlas.database.data-dir", database::toString);
    registry.add("variatlas.database.temporary", () -> "true");
  }

  @Autowired TestRestTemplate http;
  @Autowired TopicRepository topics;

  @Test
  void faulty_plugins_are_reported_and_the_sound_one_serves_its_topic() {
    List<Map<String, Object>> plugins = get("/api/v1/plugins");
    assertThat(plugins)
        .extracting(p -> p.get("id"))
        .containsExactly("corrupt.jar", "future", "good");
    assertThat(plugins.get(0)).containsEntry("state", "FAILED");
    assertThat((String) plugins.get(0).get("error")).contains("not a readable jar");
    assertThat(plugins.get(1)).containsEntry("state", "DISABLED");
    assertThat((String) plugins.get(1).get("error")).contains(">=2.0.0");
    assertThat(plugins.get(2)).containsEntry("state", "STARTED").containsEntry("error", null);

    List<Map<String, Object>> served = get("/api/v1/topics");
    assertThat(served)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t).containsEntry("id", "fixture");
              assertThat(t.get("title"))
                  .isEqualTo(Map.of("nb", "Testtema", "nn", "Testtema", "en", "Test topic"));
              assertThat(t.get("plugin")).isEqualTo(Map.of("id", "good", "version", "1.2.3"));
            });
  }

  @Test
  void the_shell_answers_and_the_served_topic_is_recorded_through_jooq() {
    assertThat(http.getForEntity("/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/topic/fixture", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(topics.knownTopicIds()).containsExactly("fixture");
  }

  private List<Map<String, Object>> get(String path) {
    return http.exchange(
            path,
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
  }
}
