package org.variatlas.app.results;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.variatlas.app.config.DaemonThreads;
import org.variatlas.app.loads.LoadDataDeleted;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.app.loads.StartupLoads;
import org.variatlas.app.loads.StartupLoadsFinished;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Schedules the materialisation of results, as DHIS2 schedules its analytics tables: a load marks
 * its topic dirty (a population load every topic), and each dirty topic is recomputed once however
 * often it was marked meanwhile, topics in parallel on up to {@code variatlas.results.threads}
 * workers. While the start-up loads run nothing is computed: each topic is computed once after
 * them, never on half-loaded counts. At start, topics whose stored results were computed from other
 * inputs than today's (e.g. after a crash mid-load) are recomputed. What a recomputation does is
 * {@link TopicRecomputation}'s: only the indicators whose inputs changed, one new version per
 * topic.
 */
@Service
public class ResultsPipeline {

  private static final Logger log = LoggerFactory.getLogger(ResultsPipeline.class);

  private final TopicRegistry topics;
  private final TopicRecomputation recomputation;
  private final ResultInputs inputs;
  private final ResultVersionRepository versions;
  private final StartupLoads startup;
  private final ExecutorService workers;
  private final Set<String> dirty = new LinkedHashSet<>();
  private final Set<String> running = new LinkedHashSet<>();
  private final Map<String, TopicRecomputation.Outcome> last = new ConcurrentHashMap<>();

  public ResultsPipeline(
      TopicRegistry topics,
      TopicRecomputation recomputation,
      ResultInputs inputs,
      ResultVersionRepository versions,
      StartupLoads startup,
      @Value("${variatlas.results.threads:2}") int threads) {
    this.topics = topics;
    this.recomputation = recomputation;
    this.inputs = inputs;
    this.versions = versions;
    this.startup = startup;
    this.workers =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors())),
            DaemonThreads.numbered("variatlas-results"));
  }

  /** Marks what a load changed. */
  @EventListener
  public void onLoad(LoadRunApplied event) {
    if (event.isPopulation()) {
      topics.topics().forEach(t -> schedule(t.id()));
    } else if (event.topicId() != null) {
      schedule(event.topicId());
    }
  }

  /** Recomputes a topic after an editor deleted the data of one of its runs. */
  @EventListener
  public void onDataDeleted(LoadDataDeleted event) {
    schedule(event.topicId());
  }

  /** Computes what the start-up loads marked, for the topics whose loads are over. */
  @EventListener
  public void onStartupLoadsFinished(StartupLoadsFinished event) {
    drain();
  }

  /**
   * Reconciles at start: a topic with data whose stored results were computed from other inputs
   * than today's (or that has none) is recomputed.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    for (InstalledTopic topic : topics.topics()) {
      try {
        if (stale(topic)) {
          log.info("Results of topic {} are stale or missing: recomputing", topic.id());
          schedule(topic.id());
        }
      } catch (RuntimeException e) {
        log.error("Cannot tell whether the results of topic {} are current", topic.id(), e);
      }
    }
  }

  private boolean stale(InstalledTopic topic) {
    if (!inputs.hasData(topic)) {
      return false;
    }
    Optional<Long> version = versions.current(topic.id());
    return version.isEmpty() || !versions.inputs(version.get()).equals(inputs.of(topic));
  }

  /** Marks a topic for recomputation (once, however often it is marked before it starts). */
  public void schedule(String topicId) {
    synchronized (this) {
      dirty.add(topicId);
    }
    drain();
  }

  private synchronized void drain() {
    for (String topicId : List.copyOf(dirty)) {
      if (startup.isLoading(topicId)) {
        continue; // onStartupLoadsFinished drains it when its loads are over
      }
      if (running.add(topicId)) {
        dirty.remove(topicId);
        workers.submit(() -> run(topicId));
      }
    }
  }

  private void run(String topicId) {
    try {
      compute(topicId);
    } catch (RuntimeException e) {
      log.error("Computing the results of topic {} failed", topicId, e);
    } finally {
      synchronized (this) {
        running.remove(topicId);
        notifyAll();
      }
      drain();
    }
  }

  /** Whether a recomputation of the topic is waiting or running. */
  public synchronized boolean isPending(String topicId) {
    return running.contains(topicId) || dirty.contains(topicId);
  }

  /** The topics whose recomputation is running (first) or waiting, in order. */
  public synchronized List<String> pending() {
    List<String> pending = new ArrayList<>(running);
    dirty.stream().filter(t -> !running.contains(t)).forEach(pending::add);
    return pending;
  }

  /**
   * Waits until no recomputation is waiting or running (a failed one is logged, not thrown).
   *
   * @return whether the pipeline got there within the timeout
   */
  public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!running.isEmpty() || !dirty.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /**
   * Recomputes the indicators of a topic whose inputs changed, now, on the calling thread; a
   * failure is thrown.
   */
  public void compute(String topicId) {
    compute(topicId, false);
  }

  /**
   * Recomputes a topic now, on the calling thread.
   *
   * @param all every indicator, changed or not
   * @return what was done; empty when nothing changed or the topic is not served
   */
  public Optional<TopicRecomputation.Outcome> compute(String topicId, boolean all) {
    InstalledTopic topic = topics.topic(topicId).orElse(null);
    if (topic == null) {
      return Optional.empty();
    }
    long started = System.nanoTime();
    Optional<TopicRecomputation.Outcome> outcome = recomputation.recompute(topic, all);
    outcome.ifPresent(o -> last.put(topicId, o));
    outcome.ifPresent(
        o ->
            log.info(
                "Results of topic {}: version {}, {} indicators computed ({} rows), {} copied in"
                    + " {} ms ({} cells suppressed; disclosure control {} ms)",
                topicId,
                o.version(),
                o.computed().size(),
                o.rows(),
                o.copied(),
                (System.nanoTime() - started) / 1_000_000,
                o.protection().values().stream().mapToInt(p -> p.hidden().size()).sum(),
                o.protectionNanos() / 1_000_000));
    return outcome;
  }

  /** What the latest recomputation of a topic that wrote a version did. */
  public Optional<TopicRecomputation.Outcome> lastOutcome(String topicId) {
    return Optional.ofNullable(last.get(topicId));
  }

  /** The served topics' current results versions (for tests and benchmarks). */
  public Map<String, Long> versions() {
    return versions.currentAll();
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
