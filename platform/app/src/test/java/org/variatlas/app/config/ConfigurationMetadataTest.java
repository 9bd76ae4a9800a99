package org.variatlas.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Every {@code variatlas.*} setting the shipped configuration files use is declared in a
 * {@code @ConfigurationProperties} record, so the configuration processor documents it (IDE
 * completion, {@code META-INF/spring-configuration-metadata.json}) with a description.
 */
class ConfigurationMetadataTest {

  @Test
  void every_variatlas_setting_in_the_shipped_configuration_is_declared_and_described()
      throws IOException {
    Map<String, String> described = metadata();
    Set<String> used = new TreeSet<>();
    used.addAll(keys(new ClassPathResource("application.yml")));
    Path config = repositoryRoot().resolve("config/application.yml");
    used.addAll(keys(new FileSystemResource(config)));
    used.removeIf(k -> !k.startsWith("variatlas."));

    assertThat(used).isNotEmpty();
    assertThat(described.keySet()).containsAll(used);
    for (String key : used) {
      assertThat(described.get(key)).as("description of " + key).isNotBlank();
    }
  }

  private static Map<String, String> metadata() throws IOException {
    try (InputStream in =
        ConfigurationMetadataTest.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor's metadata").isNotNull();
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, String> described = new TreeMap<>();
      for (JsonNode p : root.path("properties")) {
        described.put(p.path("name").asText(), p.path("description").asText(""));
      }
      return described;
    }
  }

  private static Set<String> keys(Resource yaml) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (PropertySource<?> source : new YamlPropertySourceLoader().load("yaml", yaml)) {
      keys.addAll(Set.of(((EnumerablePropertySource<?>) source).getPropertyNames()));
    }
    return keys;
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("config/geography"))) {
        return d;
      }
    }
    throw new IllegalStateException("no config/geography above " + Path.of("").toAbsolutePath());
  }
}
