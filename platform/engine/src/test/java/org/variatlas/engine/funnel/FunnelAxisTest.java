package org.variatlas.engine.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FunnelAxisTest {

  @Test
  void axis_ends_round_to_the_leading_digits_as_phe() {
    assertThat(FunnelAxis.signifFloor(23_684)).isEqualTo(20_000); // 0.95x = 22 499.8
    assertThat(FunnelAxis.signifCeiling(93_122)).isEqualTo(98_000); // 1.05x = 97 778.1
    assertThat(FunnelAxis.signifCeiling(4)).isCloseTo(4.2, within(1e-12));
    assertThat(FunnelAxis.axisMinimum(10, 25)).isZero();
    assertThat(FunnelAxis.axisMinimum(10, 15)).isEqualTo(9);
  }

  @Test
  void grid_rounds_half_to_even_and_always_advances() {
    double[] grid = FunnelAxis.grid(0, 200, 0);
    assertThat(grid).hasSize(100);
    assertThat(grid[0]).isEqualTo(1);
    assertThat(grid[99]).isEqualTo(200);
    for (int j = 1; j < 100; j++) {
      assertThat(grid[j]).isGreaterThan(grid[j - 1]);
    }
    assertThat(Math.rint(2.5)).isEqualTo(2); // R's round(2.5) == 2
  }
}
