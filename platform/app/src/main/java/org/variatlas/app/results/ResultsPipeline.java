package org.variatlas.app.results;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.app.population.PopulationService;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Materialises results after each load, as DHIS2 materialises its analytics tables: a load of a
 * topic recomputes that topic, a population load recomputes every topic. The work runs on one
 * background thread, one topic at a time; each indicator's results are replaced in one transaction,
 * so a reader sees the old or the new results of an indicator, never a mix.
 */
@Service
public class ResultsPipeline {

  private static final Logger log = LoggerFactory.getLogger(ResultsPipeline.class);

  private final TopicRegistry topics;
  private final ResultsCalculator calculator;
  private final ResultRepository repository;
  private final PopulationService population;
  private final TransactionTemplate transactions;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "variatlas-results");
            t.setDaemon(true);
            return t;
          });
  private final Set<String> queued = new LinkedHashSet<>();
  private String running;

  public ResultsPipeline(
      TopicRegistry topics,
      ResultsCalculator calculator,
      ResultRepository repository,
      PopulationService population,
      TransactionTemplate transactions) {
    this.topics = topics;
    this.calculator = calculator;
    this.repository = repository;
    this.population = population;
    this.transactions = transactions;
  }

  /** Recomputes what a load changed. */
  @EventListener
  public void onLoad(LoadRunApplied event) {
    if (event.isPopulation()) {
      topics.topics().forEach(t -> schedule(t.id()));
    } else if (event.topicId() != null) {
      schedule(event.topicId());
    }
  }

  /**
   * At start-up, computes the topics that have data but no results yet (e.g. a new indicator in an
   * updated plugin), once the population is there.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    if (population.years() == null) {
      return; // the population load's event will schedule everything
    }
    for (InstalledTopic topic : topics.topics()) {
      if (topic.indicators().stream().anyMatch(i -> !repository.hasResults(topic.id(), i.id()))) {
        schedule(topic.id());
      }
    }
  }

  /** Queues a topic for recomputation (once, however often it is asked for while queued). */
  public Future<?> schedule(String topicId) {
    synchronized (queued) {
      if (!queued.add(topicId)) {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
      }
    }
    return worker.submit(
        () -> {
          synchronized (queued) {
            queued.remove(topicId);
            running = topicId;
          }
          try {
            compute(topicId);
          } catch (RuntimeException e) {
            log.error("Computing the results of topic {} failed", topicId, e);
          } finally {
            synchronized (queued) {
              running = null;
            }
          }
        });
  }

  /** Whether a recomputation of the topic is waiting or running. */
  public boolean isPending(String topicId) {
    synchronized (queued) {
      return topicId.equals(running) || queued.contains(topicId);
    }
  }

  /** The topics whose recomputation is running (first) or waiting, in order. */
  public List<String> pending() {
    synchronized (queued) {
      List<String> pending = new ArrayList<>();
      if (running != null) {
        pending.add(running);
      }
      queued.stream().filter(t -> !t.equals(running)).forEach(pending::add);
      return pending;
    }
  }

  /**
   * Waits until every recomputation queued before this call has finished (a failed one is logged,
   * not thrown).
   *
   * @return whether the pipeline got there within the timeout
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    try {
      worker.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the results worker failed", e.getCause());
    }
  }

  /** Computes every indicator of a topic now, on the calling thread. */
  public void compute(String topicId) {
    InstalledTopic topic = topics.topic(topicId).orElse(null);
    if (topic == null) {
      return;
    }
    long started = System.nanoTime();
    int rows = 0;
    for (IndicatorDefinition indicator : topic.indicators()) {
      ResultsCalculator.Computed computed = calculator.compute(topic, indicator);
      transactions.executeWithoutResult(
          status ->
              repository.replace(
                  topic.id(),
                  indicator.id(),
                  computed.rows(),
                  computed.categories(),
                  computed.summaries()));
      rows += computed.rows().size();
    }
    log.info(
        "Results of topic {}: {} indicators, {} rows in {} ms",
        topicId,
        topic.indicators().size(),
        rows,
        (System.nanoTime() - started) / 1_000_000);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
