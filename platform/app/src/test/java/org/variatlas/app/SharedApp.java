package org.variatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.variatlas.app.plugins.PluginJars;
import org.variatlas.app.results.fixture.CountsFactSheet;
import org.variatlas.app.results.fixture.CountsLoader;
import org.variatlas.app.results.fixture.CountsTopic;

/**
 * Base of integration tests that share one running app (web server on a random port, embedded
 * PostgreSQL in a fresh directory, one small fixture topic plugin): Spring caches the context, so
 * the database and the loaded population are set up once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(org.variatlas.app.population.PopulationFixture.class)
public abstract class SharedApp {

  private static final Path DATABASE = directory("variatlas-it-shared-pg-");
  private static final Path PLUGINS = directory("variatlas-it-shared-plugins-");

  static {
    // One topic plugin with a small count set, for the results pipeline's tests.
    PluginJars.plugin(CountsTopic.ID)
        .classes(CountsTopic.class, CountsLoader.class, CountsFactSheet.class)
        .extensions(CountsTopic.class, CountsLoader.class, CountsFactSheet.class)
        .writeTo(PLUGINS, CountsTopic.ID + ".jar");
  }

  @DynamicPropertySource
  static void directories(DynamicPropertyRegistry registry) {
    registry.add("variatlas.database.data-dir", DATABASE::toString);
    registry.add("variatlas.database.temporary", () -> "true");
    registry.add("variatlas.plugins-dir", PLUGINS::toString);
  }

  private static Path directory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
