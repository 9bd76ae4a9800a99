package org.variatlas.app.loads;

import static org.variatlas.app.db.Tables.MEASURE_COUNT;
import static org.variatlas.app.db.Tables.PUBLISHED_VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.variatlas.app.config.DaemonThreads;

/**
 * What a topic load run needs to know of the topic's stored counts and published values ({@link
 * TopicHoldings}), read while the plugin's loader begins: what must be known before the first row
 * on the run's thread, what is needed later on connections of their own beside the run.
 */
@Repository
public class TopicHoldingsRepository {

  /**
   * Where what a run needs later is read beside it, on connections of their own: under the topic's
   * load lock (see {@link TopicHoldings}) they read what the run's transaction would.
   */
  private static final Executor BESIDE =
      Executors.newCachedThreadPool(DaemonThreads.numbered("topic-load-reads"));

  private final DSLContext db;
  private final CountPartitionRepository partitions;

  public TopicHoldingsRepository(DSLContext db, CountPartitionRepository partitions) {
    this.db = db;
    this.partitions = partitions;
  }

  /**
   * What the topic's loaders hold now (see {@link TopicHoldings}): the other loaders' counts by
   * measure (a scan of their partitions alone, usually none or small), the loader's own measures (a
   * scan of its previous partitions, on another connection beside the run) and the indicators of
   * its published values.
   */
  TopicHoldings holdings(String topicId, String loaderId) {
    Map<Long, String> partitionLoaders = partitions.loaders(topicId);
    List<Long> own = new ArrayList<>();
    List<Long> others = new ArrayList<>();
    partitionLoaders.forEach((run, loader) -> (loader.equals(loaderId) ? own : others).add(run));
    Map<String, Map<String, Long>> rows = new HashMap<>();
    if (!others.isEmpty()) {
      db.select(MEASURE_COUNT.LOADER_ID, MEASURE_COUNT.MEASURE_ID, DSL.count())
          .from(MEASURE_COUNT)
          .where(MEASURE_COUNT.RUN_ID.in(others))
          .groupBy(MEASURE_COUNT.LOADER_ID, MEASURE_COUNT.MEASURE_ID)
          .forEach(
              r ->
                  rows.computeIfAbsent(r.value1(), l -> new HashMap<>())
                      .put(r.value2(), r.value3().longValue()));
      rows.replaceAll((loader, measures) -> Map.copyOf(measures));
    }
    // Outside the run's transaction (no transaction on that thread: a connection of its own),
    // which is as good under the topic's load lock.
    CompletableFuture<Set<String>> ownMeasures =
        own.isEmpty()
            ? CompletableFuture.completedFuture(Set.of())
            : CompletableFuture.supplyAsync(
                () ->
                    Set.copyOf(
                        db.selectDistinct(MEASURE_COUNT.MEASURE_ID)
                            .from(MEASURE_COUNT)
                            .where(MEASURE_COUNT.RUN_ID.in(own))
                            .fetch(MEASURE_COUNT.MEASURE_ID)),
                BESIDE);
    Set<String> published =
        Set.copyOf(
            db.selectDistinct(PUBLISHED_VALUE.INDICATOR_ID)
                .from(PUBLISHED_VALUE)
                .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
                .and(PUBLISHED_VALUE.LOADER_ID.eq(loaderId))
                .fetch(PUBLISHED_VALUE.INDICATOR_ID));
    return new TopicHoldings(rows, ownMeasures, published);
  }

  /**
   * The keys ({@link PublishedRow#key()}) of the topic's published values other loaders wrote, each
   * with its loader: read beside the run from now on (on a connection of its own: the run's is busy
   * with its COPY), and waited for when first asked for (a run of counts alone never asks).
   */
  Supplier<Map<String, String>> publishedByOtherLoaders(String topicId, String loaderId) {
    CompletableFuture<Map<String, String>> keys =
        CompletableFuture.supplyAsync(
            () -> {
              Map<String, String> out = new HashMap<>();
              db.selectFrom(PUBLISHED_VALUE)
                  .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
                  .and(PUBLISHED_VALUE.LOADER_ID.ne(loaderId))
                  .forEach(r -> out.put(RunDataRepository.publishedRow(r).key(), r.getLoaderId()));
              return out;
            },
            BESIDE);
    return () -> TopicHoldings.joined(keys);
  }
}
