package org.variatlas.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.suppression.SuppressionPolicy.Part;

class SuppressionPolicyTest {

  private static GroupEstimates rates() {
    return CountRates.crude(new double[] {0, 3, 6, 40}, new double[] {100, 100, 100, 100}, 1000);
  }

  @Test
  void counts_below_the_threshold_hide_value_count_and_interval() {
    GroupEstimates r = rates();
    int hidden = SuppressionPolicy.hideAllBelow(6).apply(r);
    assertThat(hidden).isEqualTo(1);
    assertThat(r.count()[1]).isNaN();
    assertThat(r.value()[1]).isNaN();
    assertThat(r.crude()[1]).isNaN();
    assertThat(r.upper998()[1]).isNaN();
    assertThat(r.status()[1]).isEqualTo(Status.SUPPRESSED);
    assertThat(r.value()[0]).as("zero discloses nobody").isZero();
    assertThat(r.value()[2]).isEqualTo(60);
  }

  @Test
  void a_policy_may_hide_only_the_count_or_treat_zero_as_small() {
    GroupEstimates r = rates();
    new SuppressionPolicy(6, EnumSet.of(Part.COUNT), true).apply(r);
    assertThat(r.count()[0]).isNaN();
    assertThat(r.count()[1]).isNaN();
    assertThat(r.value()[1]).isEqualTo(30);
    assertThat(r.status()[1]).isEqualTo(Status.PUBLISHED);
  }
}
