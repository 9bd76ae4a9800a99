package org.variatlas.app.loads;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a topic's loaders hold before a run of one of them: the rows of counts by loader and
 * measure, and the indicators whose published values the running loader holds. Read once per run
 * ({@link MeasureDataRepository#holdings}), while its plugin's loader begins its own work, instead
 * of after it in several queries. It stays true until the run commits: every change to a topic's
 * counts and published values is made under the topic's load lock ({@link LoadLocks}: a load, the
 * deletion of a run's data, the deletion of a topic's data), which the run holds throughout.
 *
 * @param rows rows of counts by loader, then by measure
 * @param ownPublished the indicators whose published values the running loader holds
 */
record TopicHoldings(Map<String, Map<String, Long>> rows, Set<String> ownPublished) {

  TopicHoldings {
    rows = Map.copyOf(rows);
    ownPublished = Set.copyOf(ownPublished);
  }

  /** The measures a loader holds counts of. */
  Set<String> measuresOf(String loaderId) {
    return rows.getOrDefault(loaderId, Map.of()).keySet();
  }

  /** How many rows of a measure a loader holds. */
  long rows(String loaderId, String measureId) {
    return rows.getOrDefault(loaderId, Map.of()).getOrDefault(measureId, 0L);
  }

  /**
   * Of these measures, those that a loader other than {@code self} and not one of {@code except}
   * holds, each with the first such loader (by id).
   */
  SortedMap<String, String> heldByOthers(
      Collection<String> measures, String self, Collection<String> except) {
    SortedMap<String, String> held = new TreeMap<>();
    for (String loader : new TreeSet<>(rows.keySet())) {
      if (loader.equals(self) || except.contains(loader)) {
        continue;
      }
      for (String measure : measures) {
        if (rows.get(loader).containsKey(measure)) {
          held.putIfAbsent(measure, loader);
        }
      }
    }
    return held;
  }
}
