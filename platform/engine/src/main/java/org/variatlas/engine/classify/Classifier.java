package org.variatlas.engine.classify;

import java.util.Arrays;
import org.variatlas.engine.variation.Percentiles;

/**
 * Class breaks for maps. Helseatlas uses four classes, "fewer in some cases": here the number of
 * classes is at most the number of distinct values.
 */
public final class Classifier {

  private Classifier() {}

  /**
   * Breaks for the values (NaN left out).
   *
   * @param classes the wanted number of classes k ≥ 1
   */
  public static ClassBreaks breaks(double[] values, int classes, BreakMethod method) {
    if (classes < 1) {
      throw new IllegalArgumentException("at least one class, got " + classes);
    }
    double[] sorted = Percentiles.sortedFinite(values);
    if (sorted.length == 0) {
      return new ClassBreaks(new double[0]);
    }
    double[] distinct = Arrays.stream(sorted).distinct().toArray();
    int k = Math.min(classes, distinct.length);
    if (method == BreakMethod.QUANTILE) {
      double[] bounds = new double[k + 1];
      for (int c = 0; c <= k; c++) {
        bounds[c] = Percentiles.quantileOfSorted(sorted, (double) c / k);
      }
      return new ClassBreaks(Arrays.stream(bounds).distinct().toArray());
    }
    int[] counts = new int[distinct.length];
    for (int i = 0, d = 0; i < sorted.length; i++) {
      if (sorted[i] != distinct[d]) {
        d++;
      }
      counts[d]++;
    }
    int[] firstOfCluster = optimalPartition(distinct, counts, k);
    double[] bounds = new double[k + 1];
    bounds[0] = distinct[0];
    bounds[k] = distinct[distinct.length - 1];
    for (int c = 1; c < k; c++) {
      double maxOfCluster = distinct[firstOfCluster[c] - 1];
      double minOfNext = distinct[firstOfCluster[c]];
      bounds[c] = method == BreakMethod.KMEANS ? (maxOfCluster + minOfNext) / 2 : maxOfCluster;
    }
    return new ClassBreaks(bounds);
  }

  /**
   * The partition of sorted distinct values (with multiplicities) into k contiguous clusters with
   * the least within-cluster sum of squares (Fisher 1958, by dynamic programming; the optimal 1-D
   * k-means and Jenks' natural breaks).
   *
   * @return the index of the first value of each cluster (entry 0 is 0)
   */
  static int[] optimalPartition(double[] x, int[] weight, int k) {
    int n = x.length;
    // Centred prefix sums keep the within-cluster sums of squares accurate.
    double centre = x[n / 2];
    double[] w = new double[n + 1];
    double[] s1 = new double[n + 1];
    double[] s2 = new double[n + 1];
    for (int i = 0; i < n; i++) {
      double v = x[i] - centre;
      w[i + 1] = w[i] + weight[i];
      s1[i + 1] = s1[i] + weight[i] * v;
      s2[i + 1] = s2[i] + weight[i] * v * v;
    }
    double[][] cost = new double[k + 1][n + 1];
    int[][] start = new int[k + 1][n + 1];
    for (int j = 1; j <= n; j++) {
      cost[1][j] = withinSs(w, s1, s2, 0, j);
    }
    for (int m = 2; m <= k; m++) {
      for (int j = m; j <= n; j++) {
        double best = Double.POSITIVE_INFINITY;
        int bestStart = m - 1;
        for (int i = m - 1; i < j; i++) { // cluster m holds values i..j−1
          double c = cost[m - 1][i] + withinSs(w, s1, s2, i, j);
          if (c < best) {
            best = c;
            bestStart = i;
          }
        }
        cost[m][j] = best;
        start[m][j] = bestStart;
      }
    }
    int[] first = new int[k];
    int end = n;
    for (int m = k; m >= 2; m--) {
      first[m - 1] = start[m][end];
      end = first[m - 1];
    }
    return first;
  }

  private static double withinSs(double[] w, double[] s1, double[] s2, int from, int to) {
    double count = w[to] - w[from];
    double sum = s1[to] - s1[from];
    return Math.max(0, s2[to] - s2[from] - sum * sum / count);
  }
}
