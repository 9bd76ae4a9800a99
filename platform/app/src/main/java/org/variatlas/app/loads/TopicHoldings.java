package org.variatlas.app.loads;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What a topic's loaders hold before a run of one of them: the other loaders' rows of counts by
 * loader and measure, the measures the running loader holds counts of, and the indicators whose
 * published values it holds. Read once per run ({@link TopicHoldingsRepository#holdings}), while
 * its plugin's loader begins its own work, instead of after it in several queries. It stays true
 * until the run commits: every change to a topic's counts and published values is made under the
 * topic's load lock ({@link LoadLocks}: a load, the deletion of a run's data, the deletion of a
 * topic's data), which the run holds throughout.
 *
 * @param others rows of counts of the other loaders, by loader, then by measure
 * @param own the measures the running loader holds counts of: read beside the run (only its apply
 *     needs them), as they take a scan of its previous rows
 * @param ownPublished the indicators whose published values the running loader holds
 */
record TopicHoldings(
    Map<String, Map<String, Long>> others,
    CompletableFuture<Set<String>> own,
    Set<String> ownPublished) {

  TopicHoldings {
    others = Map.copyOf(others);
    ownPublished = Set.copyOf(ownPublished);
  }

  /** The measures the running loader holds counts of (waits for them if need be). */
  Set<String> ownMeasures() {
    return joined(own);
  }

  /** What a read beside the run answered (waiting for it), or what it threw. */
  static <T> T joined(CompletableFuture<T> read) {
    try {
      return read.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * The measures a loader of a higher rank than the run's has delivered (real counts over synthetic
   * ones, an extract's over those delivered at install), each with that loader (the first by id):
   * the run leaves their rows out ({@link StagedCounts#leaveOut}).
   */
  Map<String, String> higherRanks(RunScope scope, Collection<String> measures) {
    return scope.leftOutBelowOf() == null
        ? Map.of()
        : heldByOthers(measures, scope.leftOutBelowOf());
  }

  /** How many rows of a measure another loader holds. */
  long rows(String loaderId, String measureId) {
    return others.getOrDefault(loaderId, Map.of()).getOrDefault(measureId, 0L);
  }

  /**
   * Of these measures, those that a loader other than the running one and not one of {@code except}
   * holds, each with the first such loader (by id).
   */
  SortedMap<String, String> heldByOthers(Collection<String> measures, Collection<String> except) {
    SortedMap<String, String> held = new TreeMap<>();
    for (String loader : new TreeSet<>(others.keySet())) {
      if (except.contains(loader)) {
        continue;
      }
      for (String measure : measures) {
        if (others.get(loader).containsKey(measure)) {
          held.putIfAbsent(measure, loader);
        }
      }
    }
    return held;
  }
}
