package org.variatlas.app.loads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.variatlas.api.DataLoader;
import org.variatlas.api.Geography;
import org.variatlas.api.Population;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final InstalledTopic topic;
  private final DataLoader loader;
  private final Map<String, String> parameters;
  private final Map<String, String> recorded;
  private final GeographyPack pack;
  private final Geography geography;
  private final Population population;
  private final MeasureDataRepository repository;
  private final TopicHoldingsRepository holdingsRepository;
  private final List<PublishedRow> published = new ArrayList<>();
  private java.util.Set<String> staged = java.util.Set.of();
  private TopicHoldings holdings;
  private long checksReadyNanos;

  TopicLoad(
      InstalledTopic topic,
      DataLoader loader,
      Map<String, String> parameters,
      java.util.function.UnaryOperator<String> shown,
      GeographyPack pack,
      Geography geography,
      Population population,
      MeasureDataRepository repository,
      TopicHoldingsRepository holdingsRepository) {
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
    this.holdingsRepository = holdingsRepository;
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
    return topic.title().get(LocalizedText.ENGLISH)
        + ": "
        + loader.title().get(LocalizedText.ENGLISH);
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
    RunScope scope = scope();
    CountStream<BinaryCopy> stream =
        new CountStream<>(() -> repository.openCounts(run.id(), scope), BinaryCopy::encoded);
    StagedCounts counts =
        new StagedCounts(topic.measures().size(), pack.baseUnits().size(), categoryCount(), stream);
    Map<String, PublishedRow> byKey = new LinkedHashMap<>();
    QueuedSink queue = new QueuedSink();
    long before = run.elapsedNanos();
    long cpu = THREADS.getCurrentThreadCpuTime();
    BinaryCopy copy;
    try {
      // What the checks need from the database is read while the loader begins (its first rows
      // wait in the queue meanwhile), on the run's thread and in its transaction.
      LoaderThread.run(
          "topic-load-" + run.id(),
          () ->
              loader.load(
                  new TopicContext(run, parameters, geography, population, queue::problem), queue),
          queue,
          () -> checksReady(run, scope, counts, byKey));
      copy = stream.finish();
    } catch (LoaderThread.Failed e) {
      cancel(stream);
      throw loaderFailure(e.getCause());
    } catch (RuntimeException | InterruptedException e) {
      cancel(stream);
      throw e;
    }
    read(
        run,
        counts,
        before,
        queue.nanos(),
        queue.waitedNanos(),
        THREADS.getCurrentThreadCpuTime() - cpu);
    published.clear();
    published.addAll(byKey.values());
    staged = repository.stage(run, scope, counts, copy, holdings);
  }

  /**
   * Reads what the run's checks need from the database (what the topic's loaders hold, the
   * population's years; the keys of other loaders' published values beside the run, waited for when
   * a published value comes) and answers the handler of what the loader queues; on the run's
   * thread, in its transaction, while the loader begins.
   */
  private Consumer<Object> checksReady(
      LoadRun run, RunScope scope, StagedCounts counts, Map<String, PublishedRow> byKey) {
    long started = System.nanoTime();
    holdings = holdingsRepository.holdings(topic.id(), loader.id());
    counts.leaveOut(
        holdings.higherRanks(scope, topic.measures().stream().map(MeasureDefinition::id).toList()));
    TopicSink sink =
        new TopicSink(
            topic,
            loader.id(),
            pack,
            run,
            counts,
            byKey,
            holdingsRepository.publishedByOtherLoaders(topic.id(), loader.id()),
            populationYears());
    checksReadyNanos = System.nanoTime() - started;
    return event -> handle(event, sink, run);
  }

  /** What the loader queued, checked and staged on the run's thread (in the loader's order). */
  private static void handle(Object event, TopicSink sink, LoadRun run) {
    if (event instanceof QueuedSink.Count c) {
      sink.count(
          c.measureId(),
          c.baseUnit(),
          c.year(),
          c.sex(),
          c.age(),
          c.category(),
          c.count(),
          c.where());
    } else if (event instanceof PublishedValue v) {
      sink.published(v);
    } else {
      run.problem((LoadProblem) event);
    }
  }

  private static void cancel(CountStream<BinaryCopy> stream) {
    if (stream.target() != null) {
      stream.target().cancel();
    }
  }

  /**
   * Says what the platform's share of the reading was: before the loader started and in its sink's
   * callbacks (queueing, and waiting when the run's thread was behind), which DataPathBenchmark
   * counts as the platform's, and the CPU time the run's thread spent meanwhile on the other core
   * (checks, staging, encoding, the COPY's writes).
   */
  private void read(
      LoadRun run, StagedCounts counts, long before, long inSink, long waited, long runCpu) {
    run.progress(
        "read "
            + counts.size()
            + " counts, of which the platform "
            + (before + inSink) / 1_000_000
            + " ms (before the loader "
            + before / 1_000_000
            + " ms, in its sink "
            + inSink / 1_000_000
            + " ms, of which waiting for the run's thread "
            + waited / 1_000_000
            + " ms; meanwhile the run's thread read what the checks need in "
            + checksReadyNanos / 1_000_000
            + " ms, then checked and copied, with "
            + runCpu / 1_000_000
            + " ms CPU in all)");
  }

  /** What the run's thread throws for a loader's failure (as if the loader ran on it). */
  private static Exception loaderFailure(Throwable cause) {
    if (cause instanceof SourceProblemException problem) {
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
                .map(Category::id)
                .distinct()
                .count();
  }

  @Override
  public void apply(LoadRun run) {
    repository.apply(run, scope(), staged, published, holdings);
    run.progress("applied");
  }

  /** The years with population, or null before any is loaded (then no year is refused for it). */
  private Period populationYears() {
    int first = population.firstYear();
    int last = population.lastYear();
    return last >= first ? Period.of(first, last) : null;
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
