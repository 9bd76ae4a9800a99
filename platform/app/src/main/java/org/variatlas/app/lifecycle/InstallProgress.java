package org.variatlas.app.lifecycle;

import java.util.List;

/**
 * How far a newly installed plugin's install-time loaders are.
 *
 * @param total how many loaders load on install
 * @param done how many have finished
 * @param current the title of the loader running now, or null
 * @param failures the loaders that failed, with their run's message
 */
public record InstallProgress(int total, int done, String current, List<String> failures) {

  public InstallProgress {
    failures = List.copyOf(failures);
  }

  public boolean finished() {
    return done >= total;
  }

  /** From 0 to 1. */
  public double fraction() {
    return total == 0 ? 1 : (double) done / total;
  }
}
