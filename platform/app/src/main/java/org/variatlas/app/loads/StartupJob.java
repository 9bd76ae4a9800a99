package org.variatlas.app.loads;

import java.util.Optional;

/**
 * A platform load that runs by itself after start when its data are absent or stale (the population
 * load). Beans of this type run in {@link #order()} before the topics' loaders.
 */
public interface StartupJob {

  /** Lower first. */
  int order();

  /** The load to run now, or empty when its data are loaded and current. */
  Optional<LoadJob> due(LoadRunRepository runs);

  /** The load, to run on an editor's request whatever its state. */
  LoadJob job();
}
