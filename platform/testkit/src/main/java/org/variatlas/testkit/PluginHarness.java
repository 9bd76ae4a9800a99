package org.variatlas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Loads plugin jars through the platform's own {@link PluginRuntime}, from a fresh directory of
 * their own (PF4J complains about anything else it finds in a plugins directory).
 *
 * <pre>{@code
 * try (PluginHarness harness = PluginHarness.load(PluginHarness.builtPluginJar())) {
 *   assertThat(harness.status("day-surgery").state()).isEqualTo("STARTED");
 * }
 * }</pre>
 */
public final class PluginHarness implements AutoCloseable {

  /** System property naming the jar the plugin's build produced (set by the plugins parent). */
  public static final String PLUGIN_JAR_PROPERTY = "variatlas.plugin-jar";

  private final Path directory;
  private final PluginRuntime runtime;

  private PluginHarness(Path directory) {
    this.directory = directory;
    this.runtime = PluginRuntime.start(directory);
  }

  /** Copies the jars into a new temporary plugins directory and starts the runtime on it. */
  public static PluginHarness load(Path... jars) {
    try {
      Path dir = Files.createTempDirectory("variatlas-plugins-");
      for (Path jar : jars) {
        Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
      return new PluginHarness(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare a plugins directory", e);
    }
  }

  /** The jar this module's build produced, as the plugins parent tells the tests. */
  public static Path builtPluginJar() {
    String jar = System.getProperty(PLUGIN_JAR_PROPERTY);
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "System property "
              + PLUGIN_JAR_PROPERTY
              + " must name the built plugin jar (run the test with Failsafe, after package): "
              + jar);
    }
    return Path.of(jar);
  }

  public PluginRuntime runtime() {
    return runtime;
  }

  /** The status of a plugin by id (or by jar file name when it has no descriptor). */
  public PluginStatus status(String pluginId) {
    return status(runtime, pluginId);
  }

  /** A served topic by id. */
  public InstalledTopic topic(String topicId) {
    return topic(runtime, topicId);
  }

  static PluginStatus status(PluginRuntime runtime, String pluginId) {
    return runtime.plugins().stream()
        .filter(p -> p.id().equals(pluginId))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no plugin '" + pluginId + "' in " + runtime.plugins()));
  }

  static InstalledTopic topic(PluginRuntime runtime, String topicId) {
    return runtime.topics().stream()
        .filter(t -> t.id().equals(topicId))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "topic '" + topicId + "' is not served; plugins: " + runtime.plugins()));
  }

  @Override
  public void close() {
    runtime.close();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
