package org.variatlas.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.atlas.IndicatorSpec;
import org.variatlas.engine.atlas.Standardisation;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.compare.Judgement;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.suppression.SuppressionPolicy;

class ProportionResultsTest {

  private static IndicatorSpec percent(int years) {
    return new IndicatorSpec(
        Standardisation.NONE,
        100,
        DsrInterval.DOBSON,
        0,
        Judgement.HIGH_IS_GOOD,
        4,
        BreakMethod.KMEANS,
        SuppressionPolicy.hideAllBelow(5),
        years);
  }

  @Test
  void theReferenceIsThePooledProportionOfTheAreasAndSmallNumeratorsAreSuppressed() {
    double[] x = {80, 180, 3, 90};
    double[] d = {100, 200, 10, 150};

    AreaLevelResult r = ProportionResults.analyse(x, d, percent(1));

    // Σx / Σd over the areas given (the covered ones): 353 / 460
    assertThat(r.national().value()).isCloseTo(100.0 * 353 / 460, within(1e-9));
    assertThat(r.groups().value()[0]).isCloseTo(80.0, within(1e-9));
    assertThat(r.groups().lower95()[0]).isLessThan(80).isGreaterThan(70);
    assertThat(r.groups().status()[2]).isEqualTo(Status.SUPPRESSED);
    assertThat(r.versusNational95()[3]).isEqualTo(BenchmarkOutcome.WORSE);
    assertThat(r.funnel()).hasSize(4);
  }

  @Test
  void countsOfAPeriodAreYearlyAveragesAndANumeratorAboveItsDenominatorHasNoValue() {
    double[] x = {40, 120};
    double[] d = {100, 100};

    AreaLevelResult r = ProportionResults.analyse(x, d, percent(2));

    assertThat(r.groups().count()[0]).isEqualTo(20);
    assertThat(r.groups().value()[0]).isCloseTo(40.0, within(1e-9));
    assertThat(r.groups().status()[1]).isNotEqualTo(Status.PUBLISHED);
    assertThat(r.national().value()).isCloseTo(40.0, within(1e-9));
  }
}
