package org.variatlas.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static final double[] VALUES = {21, 1, 12, 2, 30, 3, 10, 11, 20, Double.NaN};

  @Test
  void kmeans_breaks_lie_midway_between_clusters_as_helseatlas() {
    ClassBreaks b = Classifier.breaks(VALUES, 4, BreakMethod.KMEANS);
    assertThat(b.bounds()).containsExactly(1, 6.5, 16, 25.5, 30);
    assertThat(b.classOf(12)).isEqualTo(2);
    assertThat(b.classOf(30)).isEqualTo(4);
  }

  @Test
  void jenks_breaks_are_the_upper_ends_of_the_same_clusters() {
    ClassBreaks b = Classifier.breaks(VALUES, 4, BreakMethod.JENKS);
    assertThat(b.bounds()).containsExactly(1, 3, 12, 21, 30);
  }

  @Test
  void quantile_breaks_use_r_type_7_and_merge_ties() {
    ClassBreaks b = Classifier.breaks(new double[] {1, 2, 3, 4, 5}, 4, BreakMethod.QUANTILE);
    assertThat(b.bounds()).containsExactly(1, 2, 3, 4, 5);
    ClassBreaks tied = Classifier.breaks(new double[] {1, 1, 1, 1, 5}, 4, BreakMethod.QUANTILE);
    assertThat(tied.bounds()).containsExactly(1, 5);
  }

  @Test
  void fewer_classes_when_there_are_few_distinct_values() {
    ClassBreaks b = Classifier.breaks(new double[] {2, 2, 7, 7, 7}, 4, BreakMethod.KMEANS);
    assertThat(b.classes()).isEqualTo(2);
    assertThat(b.bounds()).containsExactly(2, 4.5, 7);
    assertThat(Classifier.breaks(new double[] {Double.NaN}, 4, BreakMethod.JENKS).classes())
        .isZero();
  }

  @Test
  void the_partition_has_the_least_within_class_sum_of_squares() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      int n = 4 + random.nextInt(6);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(40) + i * 100; // sorted and distinct
      }
      int[] weight = new int[n];
      java.util.Arrays.fill(weight, 1);
      int k = 3;
      int[] first = Classifier.optimalPartition(x, weight, k);
      double best = Double.POSITIVE_INFINITY;
      for (int a = 1; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          best = Math.min(best, ss(x, 0, a) + ss(x, a, b) + ss(x, b, n));
        }
      }
      double found = ss(x, 0, first[1]) + ss(x, first[1], first[2]) + ss(x, first[2], n);
      assertThat(found).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  private static double ss(double[] x, int from, int to) {
    double mean = 0;
    for (int i = from; i < to; i++) {
      mean += x[i] / (to - from);
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      s += (x[i] - mean) * (x[i] - mean);
    }
    return s;
  }
}
