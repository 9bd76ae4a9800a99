package org.variatlas.app.loads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.variatlas.api.DataLoader;
import org.variatlas.api.Population;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The loaders of the served topics: which there are, whether their data are due for a (re)load, and
 * running one through the {@link LoadRunner}.
 */
@Service
public class TopicLoads {

  /** A served topic's loader with its latest run. */
  public record Loader(InstalledTopic topic, DataLoader loader, Optional<LoadRunRecord> lastRun) {}

  private final TopicRegistry topics;
  private final LoadRunner runner;
  private final LoadRunRepository runs;
  private final GeographyService geography;
  private final Population population;
  private final MeasureDataRepository data;
  private final TopicHoldingsRepository holdings;
  private final Uploads uploads;

  public TopicLoads(
      TopicRegistry topics,
      LoadRunner runner,
      LoadRunRepository runs,
      GeographyService geography,
      Population population,
      MeasureDataRepository data,
      TopicHoldingsRepository holdings,
      Uploads uploads) {
    this.uploads = uploads;
    this.topics = topics;
    this.runner = runner;
    this.runs = runs;
    this.geography = geography;
    this.population = population;
    this.data = data;
    this.holdings = holdings;
  }

  /** Every loader of every served topic, with its latest run. */
  public List<Loader> loaders() {
    List<Loader> out = new ArrayList<>();
    for (InstalledTopic topic : topics.topics()) {
      for (DataLoader loader : topic.loaders()) {
        out.add(new Loader(topic, loader, runs.last(topic.id(), loader.id())));
      }
    }
    return out;
  }

  /**
   * Runs a topic's loader now (on the calling thread) and returns the run.
   *
   * @throws IllegalArgumentException when no served topic has that loader
   */
  public LoadRunRecord run(String topicId, String loaderId, Map<String, String> parameters) {
    return run(topicId, loaderId, parameters, null, null);
  }

  /**
   * Runs a topic's loader now for a user (null: the platform), or the run {@code queuedId} that
   * {@link #queue} recorded.
   */
  public LoadRunRecord run(
      String topicId,
      String loaderId,
      Map<String, String> parameters,
      String startedBy,
      Long queuedId) {
    Target t = target(topicId, loaderId);
    return runner.run(job(t.topic(), t.loader(), parameters), startedBy, queuedId);
  }

  /**
   * Records a run of a topic's loader as queued and returns its id (then {@link #run(String,
   * String, Map, String, Long)} with it).
   *
   * @throws IllegalArgumentException when no served topic has that loader
   */
  public long queue(
      String topicId, String loaderId, Map<String, String> parameters, String startedBy) {
    Target t = target(topicId, loaderId);
    return runner.queue(job(t.topic(), t.loader(), parameters), startedBy);
  }

  /** Records a queued run that will not run after all as failed, with the reason. */
  public void refuse(long runId, String message) {
    runs.refuse(runId, message);
  }

  private record Target(InstalledTopic topic, DataLoader loader) {}

  private Target target(String topicId, String loaderId) {
    InstalledTopic topic =
        topics
            .topic(topicId)
            .orElseThrow(() -> new IllegalArgumentException("no served topic '" + topicId + "'"));
    DataLoader loader =
        topic.loaders().stream()
            .filter(l -> l.id().equals(loaderId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "topic " + topicId + " has no loader '" + loaderId + "'"));
    return new Target(topic, loader);
  }

  /**
   * Whether a loader that loads on install should run: it never ran, or its plugin version or its
   * sources changed since its last run (a run that failed on unchanged sources is not repeated).
   */
  public boolean due(InstalledTopic topic, DataLoader loader) {
    if (!loader.loadOnInstall()) {
      return false;
    }
    Optional<LoadRunRecord> last = runs.last(topic.id(), loader.id());
    if (last.isEmpty() || !topic.pluginVersion().equals(last.get().pluginVersion())) {
      return true;
    }
    List<String> sources =
        last.get().sources().isBlank() ? List.of() : List.of(last.get().sources().split("\n"));
    String now =
        LoadRun.fingerprint(
            geography.dataDirectory(),
            sources,
            TopicLoad.fingerprintExtra(topic, loader, Map.of(), geography.pack()) + "\n");
    return !now.equals(last.get().fingerprint());
  }

  LoadJob job(InstalledTopic topic, DataLoader loader, Map<String, String> parameters) {
    return new TopicLoad(
        topic,
        loader,
        parameters,
        uploads::shown,
        geography.pack(),
        geography.geography(null),
        population,
        data,
        holdings);
  }
}
