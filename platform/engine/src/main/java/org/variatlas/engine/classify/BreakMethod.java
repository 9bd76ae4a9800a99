package org.variatlas.engine.classify;

/** How map class breaks are placed. */
public enum BreakMethod {
  /**
   * Helseatlas (SKDE {@code %jenks} in {@code meta2json.sas}): k-means on the area values, break =
   * (max of a cluster + min of the next)/2. The clusters are the optimal 1-D k-means partition
   * (Fisher 1958), which {@code PROC FASTCLUS} approximates.
   */
  KMEANS,
  /**
   * Jenks natural breaks (Jenks 1967; Fisher's exact algorithm, as R classInt "jenks"): the same
   * optimal partition, break = max of a cluster.
   */
  JENKS,
  /** Quantile classes: breaks at the i/k quantiles (R type 7); equal quantiles merge classes. */
  QUANTILE
}
