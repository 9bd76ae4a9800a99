package org.variatlas.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecondarySuppressionTest {

  /** national = A + B + C + D: one atom per area. */
  private static LinearTable row(double... areas) {
    LinearTable.Builder b = LinearTable.builder(areas.length);
    int[] all = new int[areas.length];
    for (int a = 0; a < areas.length; a++) {
      b.cell("area " + a, new int[] {a}, areas[a], 5, false);
      all[a] = a;
    }
    b.cell("national", all, java.util.Arrays.stream(areas).sum(), 5, true);
    return b.build();
  }

  private static boolean[] primary(LinearTable t, double threshold) {
    boolean[] p = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      double v = t.cell(i).value();
      p[i] = v > 0 && v < threshold;
    }
    return p;
  }

  @Test
  void a_lone_primary_cell_is_recovered_from_the_national_row() {
    LinearTable t = row(3, 40, 12, 25);
    List<DisclosureAudit.Finding> findings = DisclosureAudit.findings(t, primary(t, 5));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.label()).isEqualTo("area 0");
              assertThat(f.interval().lower())
                  .isEqualTo(3, org.assertj.core.api.Assertions.within(1e-9));
              assertThat(f.interval().upper())
                  .isEqualTo(3, org.assertj.core.api.Assertions.within(1e-9));
            });
  }

  @Test
  void the_smallest_other_area_is_suppressed_and_never_the_national_row() {
    LinearTable t = row(3, 40, 12, 25);
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 5));
    assertThat(p.suppressed()).containsExactly(true, false, true, false, false);
    assertThat(p.primary()).isEqualTo(1);
    assertThat(p.secondary()).isEqualTo(1);
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
    DisclosureAudit.Interval a = DisclosureAudit.intervals(t, p.suppressed())[0];
    assertThat(a.lower()).isZero();
    assertThat(a.upper()).isEqualTo(15, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void a_complement_too_small_to_hide_the_cell_is_joined_by_another() {
    // 2 + 1 can move by at most 3 < 5: a third cell is needed.
    LinearTable t = row(2, 1, 300, 200);
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 5));
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
    assertThat(p.suppressed()[4]).isFalse();
    assertThat(p.suppressed()[3]).as("the smaller of the two large cells").isTrue();
  }

  /**
   * Two area levels over the same base units that do not nest (kommuner and referral areas in Oslo)
   * and three years with their period: units u0..u3, years y0..y2.
   */
  @Test
  void overlapping_levels_years_and_periods_are_protected_together() {
    int units = 4;
    int years = 3;
    double[][] counts = {{3, 50, 40, 60}, {9, 45, 2, 70}, {20, 30, 35, 80}};
    LinearTable.Builder b = LinearTable.builder(units * years);
    int[][] levelA = {{0, 1}, {2, 3}}; // kommuner
    int[][] levelB = {{0, 2}, {1, 3}}; // referral areas
    for (int[][] level : List.of(levelA, levelB)) {
      for (int[] area : level) {
        int[] all = new int[area.length * years];
        double sum = 0;
        for (int y = 0; y < years; y++) {
          int[] atoms = new int[area.length];
          double v = 0;
          for (int k = 0; k < area.length; k++) {
            atoms[k] = y * units + area[k];
            all[y * area.length + k] = atoms[k];
            v += counts[y][area[k]];
          }
          b.cell(java.util.Arrays.toString(area) + " y" + y, atoms, v, 5, false);
          sum += v;
        }
        b.cell(java.util.Arrays.toString(area) + " period", all, sum, 15, false);
      }
    }
    for (int u = 0; u < units; u++) { // the base units are published too (a third level)
      int[] all = new int[years];
      double sum = 0;
      for (int y = 0; y < years; y++) {
        b.cell("unit " + u + " y" + y, new int[] {y * units + u}, counts[y][u], 5, false);
        all[y] = y * units + u;
        sum += counts[y][u];
      }
      b.cell("unit " + u + " period", all, sum, 15, false);
    }
    for (int y = 0; y < years; y++) {
      int[] atoms = new int[units];
      double v = 0;
      for (int u = 0; u < units; u++) {
        atoms[u] = y * units + u;
        v += counts[y][u];
      }
      b.cell("national y" + y, atoms, v, 5, true);
    }
    LinearTable t = b.build();
    boolean[] primary = primary(t, 5);
    assertThat(DisclosureAudit.findings(t, primary)).isNotEmpty();
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary);
    assertThat(p.unprotected()).isEmpty();
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
    for (int i = 0; i < t.size(); i++) {
      if (t.cell(i).fixed()) {
        assertThat(p.suppressed()[i]).as(t.cell(i).label()).isFalse();
      }
    }
  }

  @Test
  void parts_of_a_hidden_total_are_hidden_with_it_and_protected_too() {
    // total of an area = public + private; private of area 0 is small.
    LinearTable.Builder b = LinearTable.builder(6); // 3 areas x 2 parts
    int[] totals = new int[3];
    double[][] v = {{30, 2}, {40, 10}, {25, 8}};
    for (int a = 0; a < 3; a++) {
      totals[a] = b.cell("total " + a, new int[] {2 * a, 2 * a + 1}, v[a][0] + v[a][1], 5, false);
      int pub = b.cell("public " + a, new int[] {2 * a}, v[a][0], 5, false);
      int priv = b.cell("private " + a, new int[] {2 * a + 1}, v[a][1], 5, false);
      b.link(totals[a], pub).link(totals[a], priv);
    }
    b.cell("national", new int[] {0, 1, 2, 3, 4, 5}, 115, 5, true);
    b.cell("national public", new int[] {0, 2, 4}, 95, 5, false);
    b.cell("national private", new int[] {1, 3, 5}, 20, 5, false);
    LinearTable t = b.build();
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 5));
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
    for (int a = 0; a < 3; a++) {
      if (p.suppressed()[totals[a]]) {
        assertThat(p.suppressed()[totals[a] + 1]).isTrue();
        assertThat(p.suppressed()[totals[a] + 2]).isTrue();
      }
    }
  }

  @Test
  void random_hierarchies_are_always_protected() {
    Random random = new Random(13);
    for (int round = 0; round < 20; round++) {
      int units = 6;
      double[] counts = new double[units];
      for (int u = 0; u < units; u++) {
        counts[u] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
      }
      LinearTable.Builder b = LinearTable.builder(units);
      for (int u = 0; u < units; u++) {
        b.cell("unit " + u, new int[] {u}, counts[u], 5, false);
      }
      b.cell("left", new int[] {0, 1, 2}, counts[0] + counts[1] + counts[2], 5, false);
      b.cell("right", new int[] {3, 4, 5}, counts[3] + counts[4] + counts[5], 5, false);
      b.cell("odd", new int[] {1, 3, 5}, counts[1] + counts[3] + counts[5], 5, false);
      b.cell("all", new int[] {0, 1, 2, 3, 4, 5}, java.util.Arrays.stream(counts).sum(), 5, true);
      LinearTable t = b.build();
      SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 5));
      if (p.unprotected().isEmpty()) {
        assertThat(DisclosureAudit.findings(t, p.suppressed())).as("round %d", round).isEmpty();
      }
    }
  }

  @Test
  void two_small_cells_that_only_each_other_can_hide_are_protected_without_more() {
    // national 36 = 21 + 15 + 0 + 0, width 30: neither can move 30 up or down alone, but one
    // table with (36, 0) and one with (0, 36) are both consistent: the interval is [0, 36].
    LinearTable.Builder b = LinearTable.builder(4);
    double[] areas = {21, 15, 0, 0};
    for (int a = 0; a < 4; a++) {
      b.cell("area " + a, new int[] {a}, areas[a], 30, false);
    }
    b.cell("national", new int[] {0, 1, 2, 3}, 36, 30, true);
    LinearTable t = b.build();
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 30));
    assertThat(p.unprotected()).isEmpty();
    assertThat(p.suppressed()).containsExactly(true, true, false, false, false);
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
  }

  @Test
  void a_published_zero_is_released_when_nothing_else_can_protect_a_period() {
    // Atoms A1, A2, B1, B2 (area x year). Year 1: A 0, B 7, national 7; year 2: A 21, B 15,
    // national 36 (fixed); the period sums both. Width 30 a year. A's period (21, width 60) is
    // pinned to [0, 36] by the published zero A1 and the fixed national of year 2.
    LinearTable.Builder b = LinearTable.builder(4);
    b.cell("A y1", new int[] {0}, 0, 30, false);
    b.cell("A y2", new int[] {1}, 21, 30, false);
    b.cell("B y1", new int[] {2}, 7, 30, false);
    b.cell("B y2", new int[] {3}, 15, 30, false);
    b.cell("national y1", new int[] {0, 2}, 7, 30, false);
    b.cell("national y2", new int[] {1, 3}, 36, 30, true);
    b.cell("A y1-y2", new int[] {0, 1}, 21, 60, false);
    b.cell("B y1-y2", new int[] {2, 3}, 22, 60, false);
    b.cell("national y1-y2", new int[] {0, 1, 2, 3}, 43, 60, false);
    LinearTable t = b.build();
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 30));
    assertThat(p.unprotected()).isEmpty();
    assertThat(p.suppressed()[0]).as("the zero A y1").isTrue();
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
  }

  /** The same table with its atoms' true values: the search around each cell and witnesses. */
  private static LinearTable withValues(LinearTable t, double[] values) {
    LinearTable.Builder b = LinearTable.builder(t.atomCount()).atomValues(values);
    for (LinearTable.Cell c : t.cells()) {
      b.cell(c.label(), c.atoms(), c.value(), c.width(), c.fixed(), c.cost());
    }
    for (int i = 0; i < t.size(); i++) {
      for (int part : t.cell(i).linked()) {
        b.link(i, part);
      }
    }
    return b.build();
  }

  @Test
  void the_atoms_values_must_add_up_to_every_cell() {
    LinearTable t = row(3, 40, 12, 25);
    assertThatThrownBy(() -> withValues(t, new double[] {3, 40, 12, 26}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 3");
  }

  @Test
  void a_single_level_with_the_atoms_values_falls_back_to_the_whole_table() {
    // Every complement runs through the fixed national row: nothing is found around a cell.
    LinearTable t = row(3, 40, 12, 25, 2, 60, 9, 14);
    LinearTable v = withValues(t, new double[] {3, 40, 12, 25, 2, 60, 9, 14});
    SecondarySuppression.Protection p = SecondarySuppression.protect(v, primary(v, 5));
    assertThat(p.unprotected()).isEmpty();
    assertThat(p.suppressed()[8]).isFalse();
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
  }

  @Test
  void a_period_pinned_by_a_zero_is_protected_with_the_atoms_values_too() {
    LinearTable.Builder b = LinearTable.builder(4);
    b.cell("A y1", new int[] {0}, 0, 30, false);
    b.cell("A y2", new int[] {1}, 21, 30, false);
    b.cell("B y1", new int[] {2}, 7, 30, false);
    b.cell("B y2", new int[] {3}, 15, 30, false);
    b.cell("national y1", new int[] {0, 2}, 7, 30, false);
    b.cell("national y2", new int[] {1, 3}, 36, 30, true);
    b.cell("A y1-y2", new int[] {0, 1}, 21, 60, false);
    b.cell("B y1-y2", new int[] {2, 3}, 22, 60, false);
    b.cell("national y1-y2", new int[] {0, 1, 2, 3}, 43, 60, false);
    LinearTable t = withValues(b.build(), new double[] {0, 21, 7, 15});
    SecondarySuppression.Protection p = SecondarySuppression.protect(t, primary(t, 30));
    assertThat(p.unprotected()).isEmpty();
    assertThat(DisclosureAudit.findings(t, p.suppressed())).isEmpty();
  }

  /**
   * Kommuner (two units each) in referral areas (two kommuner) and, crossing them, fylker (two
   * kommuner shifted by one), under a fixed national row; two years and their period; each total
   * with two parts. Random counts, some small.
   */
  @Test
  void nested_and_crossing_levels_are_protected_around_each_cell() {
    Random random = new Random(2026);
    for (int round = 0; round < 3; round++) {
      int units = 16;
      int years = 2;
      double[] values = new double[units * years * 2];
      for (int a = 0; a < values.length; a++) {
        values[a] = random.nextInt(6) == 0 ? random.nextInt(2) : 2 + random.nextInt(10);
      }
      LinearTable.Builder b = LinearTable.builder(values.length);
      List<int[]> areas = new java.util.ArrayList<>();
      for (int k = 0; k < 8; k++) {
        areas.add(new int[] {2 * k, 2 * k + 1}); // kommune
      }
      for (int h = 0; h < 4; h++) {
        areas.add(new int[] {4 * h, 4 * h + 1, 4 * h + 2, 4 * h + 3}); // referral area
      }
      for (int f = 0; f < 4; f++) {
        int from = 4 * f + 2;
        areas.add(
            new int[] {from % units, (from + 1) % units, (from + 2) % units, (from + 3) % units});
      }
      int[] all = new int[units];
      java.util.Arrays.setAll(all, u -> u);
      areas.add(all);
      for (int[] area : areas) {
        boolean national = area.length == units;
        for (int[] ys : new int[][] {{0}, {1}, {0, 1}}) {
          int[][] parts = new int[2][area.length * ys.length];
          int[] total = new int[2 * area.length * ys.length];
          double[] sums = new double[2];
          int n = 0;
          for (int u : area) {
            for (int y : ys) {
              for (int p = 0; p < 2; p++) {
                int atom = (u * years + y) * 2 + p;
                parts[p][n / 2] = atom;
                total[n++] = atom;
                sums[p] += values[atom];
              }
            }
          }
          String label = java.util.Arrays.toString(area) + " " + java.util.Arrays.toString(ys);
          double w = 5 * ys.length;
          int t = b.cell(label, total, sums[0] + sums[1], w, national);
          b.link(t, b.cell(label + " public", parts[0], sums[0], w, false));
          b.link(t, b.cell(label + " private", parts[1], sums[1], w, false));
        }
      }
      LinearTable t = b.build();
      LinearTable v = withValues(t, values);
      SecondarySuppression.Protection p = SecondarySuppression.protect(v, primary(v, 5));
      assertThat(p.unprotected()).as("round %d", round).isEmpty();
      assertThat(DisclosureAudit.findings(t, p.suppressed())).as("round %d", round).isEmpty();
      for (int i = 0; i < t.size(); i++) {
        if (t.cell(i).fixed()) {
          assertThat(p.suppressed()[i]).as(t.cell(i).label()).isFalse();
        }
      }
    }
  }
}
