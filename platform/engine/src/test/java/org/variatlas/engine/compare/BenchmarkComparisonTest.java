package org.variatlas.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkComparisonTest {

  @Test
  void an_interval_containing_the_benchmark_is_similar() {
    assertThat(BenchmarkComparison.compare(8, 12, 10, Judgement.HIGH_IS_GOOD))
        .isEqualTo(BenchmarkOutcome.SIMILAR);
  }

  @Test
  void polarity_turns_higher_and_lower_into_better_and_worse() {
    assertThat(BenchmarkComparison.compare(11, 14, 10, Judgement.HIGH_IS_GOOD))
        .isEqualTo(BenchmarkOutcome.BETTER);
    assertThat(BenchmarkComparison.compare(11, 14, 10, Judgement.LOW_IS_GOOD))
        .isEqualTo(BenchmarkOutcome.WORSE);
    assertThat(BenchmarkComparison.compare(11, 14, 10, Judgement.NO_JUDGEMENT))
        .isEqualTo(BenchmarkOutcome.HIGHER);
    assertThat(BenchmarkComparison.compare(5, 9, 10, Judgement.NO_JUDGEMENT).label())
        .isEqualTo("Lower");
  }

  @Test
  void a_missing_interval_is_not_compared() {
    assertThat(BenchmarkComparison.compare(Double.NaN, Double.NaN, 10, Judgement.NO_JUDGEMENT))
        .isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    // Without a lower limit there is no evidence of being higher.
    assertThat(BenchmarkComparison.compare(Double.NaN, 14, 10, Judgement.NO_JUDGEMENT))
        .isEqualTo(BenchmarkOutcome.SIMILAR);
  }
}
