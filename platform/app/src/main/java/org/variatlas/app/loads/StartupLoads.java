package org.variatlas.app.loads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.config.DaemonThreads;

/**
 * After the app is ready, in one background thread (so that the first page answers at once): runs
 * the platform's loads whose data are absent or stale (the population), then every served topic's
 * {@code loadOnInstall()} loader whose data are absent or whose plugin version or sources changed,
 * each topic's loaders in order and up to {@code variatlas.loads.threads} topics at once (their
 * rows are disjoint; by default one per two cores: a load itself keeps two busy, its plugin's
 * loader and the thread that checks and COPYs its rows); then builds the area polygons. Off with
 * {@code variatlas.loads.on-start=false}.
 */
@Component
public class StartupLoads {

  /** Where the start-up loads are: a client can wait for {@link #DONE} before reading figures. */
  public enum Phase {
    /** {@code variatlas.loads.on-start=false}: nothing is loaded at start. */
    OFF,
    /** Enabled, not yet begun (the app is not ready yet). */
    WAITING,
    RUNNING,
    DONE,
    /** Stopped on an unexpected error (logged); a load's own problems are recorded in its run. */
    FAILED
  }

  private static final Logger log = LoggerFactory.getLogger(StartupLoads.class);

  private final boolean enabled;
  private final LoadRunner runner;
  private final LoadRunRepository runs;
  private final List<StartupJob> platformJobs;
  private final TopicLoads topicLoads;
  private final GeographyService geography;
  private final ApplicationEventPublisher events;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(DaemonThreads.named("startup-loads"));
  private final ExecutorService topicExecutor;
  private final Set<String> loadingTopics = ConcurrentHashMap.newKeySet();
  private final boolean sharedDatabase;
  private volatile boolean platformDone;
  private volatile Phase phase;

  StartupLoads(
      @Value("${variatlas.loads.on-start:true}") boolean enabled,
      LoadRunner runner,
      LoadRunRepository runs,
      List<StartupJob> platformJobs,
      TopicLoads topicLoads,
      GeographyService geography,
      ApplicationEventPublisher events,
      @Value("${variatlas.loads.threads:0}") int threads,
      @Value("${spring.datasource.url:}") String externalDatabase) {
    this.sharedDatabase = !externalDatabase.isBlank();
    this.enabled = enabled;
    this.runner = runner;
    this.runs = runs;
    this.platformJobs = platformJobs;
    this.topicLoads = topicLoads;
    this.geography = geography;
    this.events = events;
    int topicsAtOnce = threads > 0 ? threads : Runtime.getRuntime().availableProcessors() / 2;
    this.topicExecutor =
        Executors.newFixedThreadPool(
            Math.max(1, topicsAtOnce), DaemonThreads.numbered("startup-loads"));
    this.phase = enabled ? Phase.WAITING : Phase.OFF;
  }

  /** The start-up loads' phase now. */
  public Phase phase() {
    return phase;
  }

  /** Whether the start-up loads are still to come or running (figures may be missing). */
  public boolean isLoading() {
    Phase now = phase;
    return now == Phase.WAITING || now == Phase.RUNNING;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    // The embedded database is this instance's alone: every run left open was ours and died with
    // the last stop. A shared database may hold other instances' live runs: only stale ones go.
    int interrupted =
        sharedDatabase ? runs.failStale(runner.heartbeatTimeout()) : runs.failInterrupted();
    if (interrupted > 0) {
      log.warn("{} load run(s) were interrupted by the last stop; recorded as failed", interrupted);
    }
    if (enabled) {
      executor.submit(this::runDue);
    } else {
      geography.preparePolygons();
    }
  }

  void runDue() {
    phase = Phase.RUNNING;
    try {
      platformJobs.stream()
          .sorted(Comparator.comparingInt(StartupJob::order))
          .forEach(job -> job.due(runs).ifPresent(runner::run));
      // Each topic's due loaders in order, topics side by side: their rows are disjoint.
      Map<String, List<TopicLoads.Loader>> due = new LinkedHashMap<>();
      for (TopicLoads.Loader l : topicLoads.loaders()) {
        if (topicLoads.due(l.topic(), l.loader())) {
          due.computeIfAbsent(l.topic().id(), t -> new ArrayList<>()).add(l);
        }
      }
      loadingTopics.addAll(due.keySet());
      platformDone = true;
      List<Future<?>> topics = new ArrayList<>();
      for (var topic : due.entrySet()) {
        topics.add(topicExecutor.submit(() -> loadTopic(topic.getKey(), topic.getValue())));
      }
      for (Future<?> f : topics) {
        f.get();
      }
      phase = Phase.DONE;
    } catch (RuntimeException | ExecutionException e) {
      phase = Phase.FAILED;
      log.error("Start-up loads stopped", e);
    } catch (InterruptedException e) {
      phase = Phase.FAILED;
      Thread.currentThread().interrupt();
    } finally {
      loadingTopics.clear();
      events.publishEvent(new StartupLoadsFinished(null, phase));
      // The map's polygons after the loads, not beside them on a machine's few cores: until the
      // figures are loaded there is nothing to map (a map asked for meanwhile builds them).
      geography.preparePolygons();
    }
  }

  private void loadTopic(String topicId, List<TopicLoads.Loader> loaders) {
    try {
      for (TopicLoads.Loader l : loaders) {
        topicLoads.run(topicId, l.loader().id(), Map.of());
      }
    } finally {
      loadingTopics.remove(topicId);
      events.publishEvent(new StartupLoadsFinished(topicId, phase));
    }
  }

  /**
   * Whether a topic's start-up loads are still to come or running: the population (or another
   * platform load) first, then the topic's own due loaders.
   */
  public boolean isLoading(String topicId) {
    Phase now = phase;
    if (now == Phase.WAITING) {
      return true;
    }
    return now == Phase.RUNNING && (!platformDone || loadingTopics.contains(topicId));
  }
}
