package org.variatlas.app.loads;

import java.util.Set;

/**
 * What a topic loader's run replaces when it is applied.
 *
 * <ul>
 *   <li>A loader without parameters delivers its whole source each time: the run replaces every row
 *       the loader stored before. A loader with parameters (e.g. the count-file loader, one file
 *       per measure) delivers a part: the run replaces the loader's rows of the measures and
 *       indicators it delivers, and keeps the others ({@link #partial}).
 *   <li>Real counts supersede synthetic ones ({@link org.variatlas.api.DataLoader#synthetic()}): a
 *       real run removes the synthetic loaders' counts of the measures it delivers; a synthetic run
 *       leaves out the measures that have real counts.
 * </ul>
 *
 * @param topicId the topic
 * @param loaderId the loader of the run
 * @param syntheticLoaders the ids of the topic's synthetic loaders
 * @param partial whether the run replaces only the measures and indicators it delivers
 */
record RunScope(String topicId, String loaderId, Set<String> syntheticLoaders, boolean partial) {

  RunScope {
    syntheticLoaders = Set.copyOf(syntheticLoaders);
  }

  /** Whether the run's own loader makes synthetic counts. */
  boolean synthetic() {
    return syntheticLoaders.contains(loaderId);
  }
}
