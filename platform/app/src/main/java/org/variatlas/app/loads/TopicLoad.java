package org.variatlas.app.loads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.variatlas.api.DataLoader;
import org.variatlas.api.Geography;
import org.variatlas.api.Population;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Runs one plugin {@link DataLoader} as a load run: gives it a {@link TopicContext} and a {@link
 * TopicSink} (which checks every row), stages the accepted counts ({@link StagedCounts}, checked
 * for duplicate keys in memory and streamed into a temporary table) and the published values,
 * checks them against other loaders' rows, and replaces the loader's previous rows when nothing was
 * wrong ({@link RunScope}: all of them, or the measures a run with parameters delivers; real counts
 * replace synthetic ones). Reading is the loader's, checking the sink's and the repository's,
 * applying the repository's.
 */
final class TopicLoad implements LoadJob {

  private final InstalledTopic topic;
  private final DataLoader loader;
  private final Map<String, String> parameters;
  private final Map<String, String> recorded;
  private final GeographyPack pack;
  private final Geography geography;
  private final Population population;
  private final MeasureDataRepository repository;
  private final List<PublishedRow> published = new ArrayList<>();
  private java.util.Set<String> staged = java.util.Set.of();

  TopicLoad(
      InstalledTopic topic,
      DataLoader loader,
      Map<String, String> parameters,
      java.util.function.UnaryOperator<String> shown,
      GeographyPack pack,
      Geography geography,
      Population population,
      MeasureDataRepository repository) {
    this.topic = topic;
    this.loader = loader;
    this.parameters = Map.copyOf(parameters);
    // The run's record names an uploaded file by its original name, not its temporary path.
    Map<String, String> recorded = new java.util.HashMap<>();
    parameters.forEach((k, v) -> recorded.put(k, shown.apply(v)));
    this.recorded = Map.copyOf(recorded);
    this.pack = pack;
    this.geography = geography;
    this.population = population;
    this.repository = repository;
  }

  @Override
  public String topicId() {
    return topic.id();
  }

  @Override
  public String loaderId() {
    return loader.id();
  }

  @Override
  public String title() {
    return topic.title().get(org.variatlas.api.model.LocalizedText.ENGLISH)
        + ": "
        + loader.title().get(org.variatlas.api.model.LocalizedText.ENGLISH);
  }

  @Override
  public String pluginVersion() {
    return topic.pluginVersion();
  }

  @Override
  public String parameters() {
    return parameters(recorded);
  }

  static String parameters(Map<String, String> parameters) {
    return new java.util.TreeMap<>(parameters)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
  }

  /** What besides the sources' content a run's fingerprint covers. */
  static String fingerprintExtra(
      InstalledTopic topic, DataLoader loader, Map<String, String> parameters, GeographyPack pack) {
    return String.join(
        "\n",
        topic.pluginId(),
        topic.pluginVersion(),
        loader.id(),
        parameters(parameters),
        pack.fingerprint());
  }

  @Override
  public void stage(LoadRun run) throws Exception {
    run.fingerprintAlso(fingerprintExtra(topic, loader, recorded, pack));
    CountStream stream = new CountStream();
    StagedCounts counts =
        new StagedCounts(topic.measures().size(), pack.baseUnits().size(), categoryCount(), stream);
    Map<String, PublishedRow> byKey = new LinkedHashMap<>();
    Map<String, String> others = repository.publishedByOtherLoaders(topic.id(), loader.id());
    TimedSink sink =
        new TimedSink(
            new TopicSink(topic, loader.id(), pack, run, counts, byKey, others, populationYears()));
    RunScope scope = scope();
    long before = run.elapsedNanos();
    BinaryCopy copy;
    try {
      copy =
          LoaderThread.run(
              "topic-load-" + run.id(),
              () -> loader.load(new TopicContext(run, parameters, geography, population), sink),
              stream,
              () -> repository.openCounts(run.id(), scope));
    } catch (LoaderThread.Failed e) {
      throw loaderFailure(e.getCause());
    }
    // The platform's share of the reading: what it did before the loader started and in the
    // sink's callbacks (checks, staging, encoding for COPY); DataPathBenchmark adds it to what
    // follows the reading.
    long inSink = sink.nanos() / 1_000_000;
    long start = before / 1_000_000;
    run.progress(
        "read "
            + counts.size()
            + " counts, of which the platform "
            + (start + inSink)
            + " ms (before the loader "
            + start
            + " ms, in its sink "
            + inSink
            + " ms, of which waiting for the database "
            + stream.waitedNanos() / 1_000_000
            + " ms)");
    published.clear();
    published.addAll(byKey.values());
    staged = repository.stage(run, scope, counts, copy);
  }

  /** What the run's thread throws for a loader's failure (as if the loader ran on it). */
  private static Exception loaderFailure(Throwable cause) {
    if (cause instanceof org.variatlas.api.io.SourceProblemException problem) {
      return problem;
    }
    if (cause instanceof Exception || cause instanceof LinkageError) {
      return new LoaderFailedException(cause);
    }
    throw (Error) cause;
  }

  /** How many distinct categories the topic's counts may have, the empty one included. */
  private int categoryCount() {
    return 1
        + (int)
            topic.measures().stream()
                .flatMap(m -> m.categories().stream())
                .map(org.variatlas.api.model.Category::id)
                .distinct()
                .count();
  }

  @Override
  public void apply(LoadRun run) {
    repository.apply(run, scope(), staged, published);
    run.progress("applied");
  }

  /** The years with population, or null before any is loaded (then no year is refused for it). */
  private org.variatlas.api.model.Period populationYears() {
    int first = population.firstYear();
    int last = population.lastYear();
    return last >= first ? org.variatlas.api.model.Period.of(first, last) : null;
  }

  /** What the run replaces: see {@link RunScope}. */
  private RunScope scope() {
    return new RunScope(
        topic.id(),
        loader.id(),
        topic.syntheticLoaderIds(),
        topic.installLoaderIds(),
        !loader.parameters().isEmpty());
  }
}
