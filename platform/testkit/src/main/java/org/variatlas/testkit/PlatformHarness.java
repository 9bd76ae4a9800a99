package org.variatlas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.variatlas.api.DataLoader;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.Period;
import org.variatlas.app.VariatlasApplication;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.LoadRunRepository;
import org.variatlas.app.loads.LoadRunner;
import org.variatlas.app.loads.PublishedRow;
import org.variatlas.app.loads.RunDataRepository;
import org.variatlas.app.loads.StartupJob;
import org.variatlas.app.loads.TopicLoads;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.results.ResultRow;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.results.ResultsService;
import org.variatlas.app.results.TopicRecomputation;
import org.variatlas.app.topics.InstalledTopic;

/**
 * The whole platform for a plugin's tests: the app's Spring context (web server on a free port) on
 * a real embedded PostgreSQL in a fresh directory, the geography pack, the plugin jars of a
 * directory loaded as the app loads them, and the load-run machinery, so that a contract test can
 * run the plugin's loaders on the shared data exactly as the platform does and look at what they
 * loaded.
 *
 * <pre>{@code
 * try (PlatformHarness platform = PlatformHarness.start(PluginHarness.builtPluginJar())) {
 *   platform.loadPopulation();                               // ~30 s; only if loaders need it
 *   for (LoadRunRecord run : platform.runLoadersOnInstall("day-surgery")) {
 *     assertThat(run.status()).as("%s: %s", run.loaderId(), platform.problems(run)).isEqualTo("APPLIED");
 *   }
 *   assertThat(platform.countRows("day-surgery")).isPositive();
 *   platform.computeResults("day-surgery");                  // as the pipeline does after a load
 *   IndicatorResults shoulder = platform.results("day-surgery", "shoulder", "hf", Period.year(2017));
 * }
 * }</pre>
 *
 * <p>The data directory is the platform's setting: the system property {@code variatlas.data-dir}
 * or the environment variable {@code VARIATLAS_DATA_DIR}; the geography pack the Norway pack built
 * into the platform (or {@code variatlas.geography.pack}), so a test runs from any directory.
 * Start-up loads are off: a test runs what it needs. Starting takes a few seconds (PostgreSQL,
 * Flyway, the pack); share one harness per test class.
 */
public final class PlatformHarness implements AutoCloseable {

  private static final Duration RESULTS_TIMEOUT = Duration.ofMinutes(30);

  private final ConfigurableApplicationContext context;
  private final List<Path> temporary;

  private PlatformHarness(ConfigurableApplicationContext context, List<Path> temporary) {
    this.context = context;
    this.temporary = temporary;
  }

  /** Starts the platform on copies of these plugin jars (in a directory of their own). */
  public static PlatformHarness start(Path... pluginJars) {
    return start(List.of(), pluginJars);
  }

  /**
   * Starts the platform on copies of these plugin jars with further settings, e.g. {@code
   * --variatlas.disclosure.secondary-suppression=false}.
   */
  public static PlatformHarness start(List<String> settings, Path... pluginJars) {
    Path plugins = temporaryDirectory("variatlas-harness-plugins-");
    for (Path jar : pluginJars) {
      try {
        Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot copy plugin jar " + jar, e);
      }
    }
    return start(plugins, dataDirectory(), List.of(plugins), settings);
  }

  /**
   * Starts the platform on a plugins directory (every jar in it) and a data directory.
   *
   * @param pluginsDir the directory of plugin jars, as {@code variatlas.plugins-dir}
   * @param dataDir the data directory, as {@code variatlas.data-dir}
   */
  public static PlatformHarness start(Path pluginsDir, Path dataDir) {
    return start(pluginsDir, dataDir, List.of(), List.of());
  }

  private static PlatformHarness start(
      Path pluginsDir, Path dataDir, List<Path> owned, List<String> settings) {
    Path database = temporaryDirectory("variatlas-harness-pg-");
    List<Path> temporary = new ArrayList<>(owned);
    temporary.add(database);
    // Command-line arguments: they outrank the app's application.yml (default properties do not).
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VariatlasApplication.class)
            // Vaadin's auto-configuration needs a web application context: a server on a free port.
            .web(WebApplicationType.SERVLET)
            .run(
                Stream.concat(
                        Stream.of(
                            "--server.port=0",
                            "--variatlas.plugins-dir=" + pluginsDir.toAbsolutePath(),
                            "--variatlas.data-dir=" + dataDir.toAbsolutePath(),
                            "--variatlas.database.data-dir=" + database,
                            "--variatlas.database.temporary=true",
                            "--variatlas.loads.on-start=false",
                            "--spring.main.banner-mode=off"),
                        settings.stream())
                    .toArray(String[]::new));
    return new PlatformHarness(context, temporary);
  }

  /**
   * The data directory, as the platform's setting: the system property {@code variatlas.data-dir},
   * else the environment variable {@code VARIATLAS_DATA_DIR}.
   */
  public static Path dataDirectory() {
    String dir = System.getProperty("variatlas.data-dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("VARIATLAS_DATA_DIR");
    }
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "No data directory: set VARIATLAS_DATA_DIR (or the system property variatlas.data-dir)"
              + " to the directory with the geography and population files the platform reads");
    }
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException(
          "The data directory "
              + path
              + " (VARIATLAS_DATA_DIR / variatlas.data-dir) does not exist");
    }
    return path;
  }

  /** The plugin runtime the platform loaded the jars with. */
  public PluginRuntime runtime() {
    return bean(PluginRuntime.class);
  }

  /** The status of a plugin by id (state STARTED, or the error it failed with). */
  public PluginStatus status(String pluginId) {
    return PluginHarness.status(runtime(), pluginId);
  }

  /** A served topic by id. */
  public InstalledTopic topic(String topicId) {
    return PluginHarness.topic(runtime(), topicId);
  }

  /** The geography (pack, {@link org.variatlas.api.Geography}, polygons). */
  public GeographyService geography() {
    return bean(GeographyService.class);
  }

  /** Runs the platform's population load (SSB files of the geography pack) and returns the run. */
  public LoadRunRecord loadPopulation() {
    StartupJob job =
        context.getBeansOfType(StartupJob.class).values().stream()
            .filter(j -> LoadRunApplied.POPULATION.equals(j.job().loaderId()))
            .findFirst()
            .orElseThrow();
    return bean(LoadRunner.class).run(job.job());
  }

  /** Runs one loader of a topic, with the editor's parameters, and returns the run. */
  public LoadRunRecord run(String topicId, String loaderId, Map<String, String> parameters) {
    return bean(TopicLoads.class).run(topicId, loaderId, parameters);
  }

  public LoadRunRecord run(String topicId, String loaderId) {
    return run(topicId, loaderId, Map.of());
  }

  /** Runs every {@code loadOnInstall()} loader of a topic, as the platform does after install. */
  public List<LoadRunRecord> runLoadersOnInstall(String topicId) {
    List<LoadRunRecord> runs = new ArrayList<>();
    for (DataLoader loader : topic(topicId).loaders()) {
      if (loader.loadOnInstall()) {
        runs.add(run(topicId, loader.id()));
      }
    }
    return runs;
  }

  /** The problems a run recorded (file, line, column, value, rule, message), in the order found. */
  public List<LoadProblem> problems(LoadRunRecord run) {
    return bean(LoadRunRepository.class).problems(run.id());
  }

  /** Count rows a topic's loaders applied. */
  public int countRows(String topicId) {
    return bean(RunDataRepository.class).countRows(topicId);
  }

  /** The sum of a measure's counts. */
  public long sum(String topicId, String measureId) {
    return bean(RunDataRepository.class).sum(topicId, measureId);
  }

  /** Published values a topic's loaders applied. */
  public int publishedRows(String topicId) {
    return bean(RunDataRepository.class).publishedRows(topicId);
  }

  /** The published values of an indicator, with their areas matched to the pack's codes. */
  public List<PublishedRow> published(String topicId, String indicatorId) {
    return bean(RunDataRepository.class).published(topicId, indicatorId);
  }

  /**
   * Computes every indicator of a topic now (changed inputs or not, as a benchmark needs), on the
   * calling thread, once every recomputation the loads queued has finished; a failure fails the
   * caller.
   *
   * @return what the recomputation stored, hid and cost
   */
  public TopicRecomputation.Outcome computeResults(String topicId) {
    ResultsPipeline pipeline = bean(ResultsPipeline.class);
    // Each applied load queued a recomputation on the pipeline's single worker, which logs a
    // failure instead of throwing it: wait behind those, then compute here, alone.
    try {
      if (!pipeline.awaitIdle(RESULTS_TIMEOUT)) {
        throw new IllegalStateException(
            "The results pipeline did not finish within " + RESULTS_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted waiting for the results pipeline", e);
    }
    return pipeline
        .compute(topicId, true)
        .orElseThrow(() -> new IllegalArgumentException("no served topic '" + topicId + "'"));
  }

  /**
   * The stored results of an indicator on a level and period as views and the API get them (area
   * names in English).
   *
   * @throws AssertionError when nothing is stored for them
   */
  public IndicatorResults results(String topicId, String indicatorId, String level, Period period) {
    return bean(ResultsService.class)
        .results(topicId, indicatorId, level, period, Locale.ENGLISH)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no results of "
                        + topicId
                        + "/"
                        + indicatorId
                        + " on level "
                        + level
                        + " for "
                        + period
                        + "; periods with results: "
                        + bean(ResultsService.class).periods(topicId, indicatorId, level)));
  }

  /**
   * The stored result rows of an indicator on a level and period, national row included, with the
   * engine's status of each (why a value is missing).
   */
  public List<ResultRow> resultRows(
      String topicId, String indicatorId, String level, Period period) {
    return bean(ResultsService.class).rows(topicId, indicatorId, level, period);
  }

  /**
   * The port the platform's web server listens on (for the HTTP API, e.g. {@code /api/v1/loads}).
   */
  public int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
  }

  /** Any bean of the platform, for checks the methods above do not cover. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
    for (Path dir : temporary) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary directory; the system cleans it eventually
      }
    }
  }

  private static Path temporaryDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary directory", e);
    }
  }
}
