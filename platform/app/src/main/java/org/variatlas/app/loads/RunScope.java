package org.variatlas.app.loads;

import java.util.HashSet;
import java.util.Set;

/**
 * What a topic loader's run replaces when it is applied.
 *
 * <ul>
 *   <li>A loader without parameters delivers its whole source each time: the run replaces every row
 *       the loader stored before. A loader with parameters (e.g. the count-file loader, one file
 *       per measure) delivers a part: the run replaces the loader's rows of the measures and
 *       indicators it delivers, and keeps the others ({@link #partial}).
 *   <li>Counts of a measure come from one rank of loaders: synthetic counts ({@link
 *       org.variatlas.api.DataLoader#synthetic()}) are superseded by the counts a plugin delivers
 *       at install ({@link org.variatlas.api.DataLoader#loadOnInstall()}, no parameters), and both
 *       by any other real loader's (e.g. a registry extract uploaded by an administrator). A run
 *       removes the lower ranks' counts of the measures it delivers ({@link #superseded}), and
 *       leaves out the measures a higher rank has delivered ({@link #leftOutBelowOf}).
 * </ul>
 *
 * @param topicId the topic
 * @param loaderId the loader of the run
 * @param syntheticLoaders the ids of the topic's synthetic loaders
 * @param installLoaders the ids of the topic's real loaders that run at install without parameters
 * @param partial whether the run replaces only the measures and indicators it delivers
 */
record RunScope(
    String topicId,
    String loaderId,
    Set<String> syntheticLoaders,
    Set<String> installLoaders,
    boolean partial) {

  RunScope {
    syntheticLoaders = Set.copyOf(syntheticLoaders);
    installLoaders = Set.copyOf(installLoaders);
  }

  /** Whether the run's own loader makes synthetic counts. */
  boolean synthetic() {
    return syntheticLoaders.contains(loaderId);
  }

  /** The loaders of a lower rank, whose counts of the run's measures the run removes. */
  Set<String> superseded() {
    if (synthetic()) {
      return Set.of();
    }
    if (installLoaders.contains(loaderId)) {
      return syntheticLoaders;
    }
    Set<String> below = new HashSet<>(syntheticLoaders);
    below.addAll(installLoaders);
    return Set.copyOf(below);
  }

  /**
   * The loaders not of a higher rank than the run's (besides its own): a measure another loader,
   * not one of these, has counts of is left out of the run. Null when no rank is higher.
   */
  Set<String> leftOutBelowOf() {
    if (synthetic()) {
      return syntheticLoaders;
    }
    if (installLoaders.contains(loaderId)) {
      Set<String> same = new HashSet<>(syntheticLoaders);
      same.addAll(installLoaders);
      return Set.copyOf(same);
    }
    return null;
  }
}
