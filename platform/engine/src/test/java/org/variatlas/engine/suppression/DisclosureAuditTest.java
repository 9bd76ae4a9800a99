package org.variatlas.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The audit's intervals equal what enumerating every table consistent with the published cells
 * gives, on nested tables (whose LP optimum is integral), so the LP solver is trusted by a check
 * that needs none.
 */
class DisclosureAuditTest {

  @Test
  void intervals_equal_brute_force_enumeration_on_nested_tables() {
    Random random = new Random(2026);
    for (int round = 0; round < 40; round++) {
      int[] x = new int[4];
      for (int a = 0; a < 4; a++) {
        x[a] = random.nextInt(7);
      }
      int[][] cells = {{0}, {1}, {2}, {3}, {0, 1}, {2, 3}, {0, 1, 2, 3}};
      LinearTable.Builder b = LinearTable.builder(4);
      for (int[] c : cells) {
        b.cell(java.util.Arrays.toString(c), c, sum(x, c), 3, false);
      }
      LinearTable t = b.build();
      boolean[] suppressed = new boolean[cells.length];
      for (int i = 0; i < cells.length - 1; i++) {
        suppressed[i] = random.nextBoolean();
      }
      DisclosureAudit.Interval[] intervals = DisclosureAudit.intervals(t, suppressed);
      double[][] brute = enumerate(cells, x, suppressed);
      for (int i = 0; i < cells.length; i++) {
        if (!suppressed[i]) {
          assertThat(intervals[i]).isNull();
          continue;
        }
        assertThat(intervals[i].lower())
            .as("round %d cell %d", round, i)
            .isCloseTo(brute[i][0], within(1e-6));
        assertThat(intervals[i].upper())
            .as("round %d cell %d", round, i)
            .isCloseTo(brute[i][1], within(1e-6));
      }
    }
  }

  @Test
  void a_cell_nothing_bounds_is_unbounded_above() {
    LinearTable.Builder b = LinearTable.builder(2);
    b.cell("a", new int[] {0}, 3, 5, false);
    b.cell("b", new int[] {1}, 8, 5, false);
    DisclosureAudit.Interval[] iv =
        DisclosureAudit.intervals(b.build(), new boolean[] {true, false});
    assertThat(iv[0].lower()).isZero();
    assertThat(iv[0].upper()).isInfinite();
  }

  private static int sum(int[] x, int[] cell) {
    int s = 0;
    for (int a : cell) {
      s += x[a];
    }
    return s;
  }

  /** Min and max of every cell over all integer tables (atoms 0..24) matching the published. */
  private static double[][] enumerate(int[][] cells, int[] truth, boolean[] suppressed) {
    double[][] bounds = new double[cells.length][];
    for (int i = 0; i < cells.length; i++) {
      bounds[i] = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }
    int[] y = new int[4];
    for (y[0] = 0; y[0] <= 24; y[0]++) {
      for (y[1] = 0; y[1] <= 24; y[1]++) {
        for (y[2] = 0; y[2] <= 24; y[2]++) {
          for (y[3] = 0; y[3] <= 24; y[3]++) {
            boolean ok = true;
            for (int i = 0; i < cells.length && ok; i++) {
              ok = suppressed[i] || sum(y, cells[i]) == sum(truth, cells[i]);
            }
            if (ok) {
              for (int i = 0; i < cells.length; i++) {
                bounds[i][0] = Math.min(bounds[i][0], sum(y, cells[i]));
                bounds[i][1] = Math.max(bounds[i][1], sum(y, cells[i]));
              }
            }
          }
        }
      }
    }
    return bounds;
  }
}
