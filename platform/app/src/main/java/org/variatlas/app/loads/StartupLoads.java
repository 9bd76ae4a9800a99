package org.variatlas.app.loads;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.variatlas.app.areas.GeographyService;

/**
 * After the app is ready, in one background thread (so that the first page answers at once): builds
 * the area polygons, runs the platform's loads whose data are absent or stale (the population),
 * then every served topic's {@code loadOnInstall()} loader whose data are absent or whose plugin
 * version or sources changed. Off with {@code variatlas.loads.on-start=false}.
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
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "startup-loads");
            t.setDaemon(true);
            return t;
          });
  private volatile Phase phase;

  StartupLoads(
      @Value("${variatlas.loads.on-start:true}") boolean enabled,
      LoadRunner runner,
      LoadRunRepository runs,
      List<StartupJob> platformJobs,
      TopicLoads topicLoads,
      GeographyService geography) {
    this.enabled = enabled;
    this.runner = runner;
    this.runs = runs;
    this.platformJobs = platformJobs;
    this.topicLoads = topicLoads;
    this.geography = geography;
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
    int interrupted = runs.failInterrupted();
    if (interrupted > 0) {
      log.warn("{} load run(s) were interrupted by the last stop; recorded as failed", interrupted);
    }
    geography.preparePolygons();
    if (enabled) {
      executor.submit(this::runDue);
    }
  }

  void runDue() {
    phase = Phase.RUNNING;
    try {
      platformJobs.stream()
          .sorted(Comparator.comparingInt(StartupJob::order))
          .forEach(job -> job.due(runs).ifPresent(runner::run));
      for (TopicLoads.Loader l : topicLoads.loaders()) {
        if (topicLoads.due(l.topic(), l.loader())) {
          topicLoads.run(l.topic().id(), l.loader().id(), java.util.Map.of());
        }
      }
      phase = Phase.DONE;
    } catch (RuntimeException e) {
      phase = Phase.FAILED;
      log.error("Start-up loads stopped", e);
    }
  }
}
