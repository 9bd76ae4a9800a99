package org.variatlas.sdk.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void parts_sum_exactly_to_the_total_and_follow_the_weights() {
    long[] parts = Apportionment.largestRemainder(100, new double[] {1, 2, 3, 4});
    assertThat(parts).containsExactly(10, 20, 30, 40);
    long[] uneven = Apportionment.largestRemainder(10, new double[] {1, 1, 1});
    assertThat(Arrays.stream(uneven).sum()).isEqualTo(10);
    assertThat(uneven).containsExactly(4, 3, 3);
  }

  @Test
  void leftover_units_go_to_the_largest_remainders_and_ties_to_the_lower_index() {
    // quotas 2.5, 1.75, 0.75: floors 2, 1, 0; two units left for remainders .75 (index 1, 2)
    assertThat(Apportionment.largestRemainder(5, new double[] {10, 7, 3})).containsExactly(2, 2, 1);
    assertThat(Apportionment.largestRemainder(1, new double[] {1, 1})).containsExactly(1, 0);
  }

  @Test
  void the_same_input_gives_the_same_parts() {
    double[] weights = {0.3, 1e-6, 17, 4.2, 0, 9.9};
    assertThat(Apportionment.largestRemainder(12_345, weights))
        .containsExactly(Apportionment.largestRemainder(12_345, weights));
  }

  @Test
  void zero_weight_gets_nothing_and_zero_total_needs_no_weight() {
    assertThat(Apportionment.largestRemainder(7, new double[] {0, 1, 0})).containsExactly(0, 7, 0);
    assertThat(Apportionment.largestRemainder(0, new double[] {0, 0})).containsExactly(0, 0);
  }

  @Test
  void a_total_over_nothing_or_a_negative_weight_is_refused() {
    assertThatThrownBy(() -> Apportionment.largestRemainder(3, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero weight");
    assertThatThrownBy(() -> Apportionment.largestRemainder(3, new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Apportionment.largestRemainder(-1, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void large_totals_are_split_exactly() {
    double[] weights = new double[10_000];
    Arrays.setAll(weights, i -> 1 + (i % 97) * 0.37);
    long[] parts = Apportionment.largestRemainder(35_000_017L, weights);
    assertThat(Arrays.stream(parts).sum()).isEqualTo(35_000_017L);
  }
}
