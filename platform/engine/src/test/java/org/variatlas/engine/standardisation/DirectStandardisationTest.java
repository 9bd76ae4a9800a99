package org.variatlas.engine.standardisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.variatlas.engine.PeerVectors.RATE_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.EstimateAssertions;
import org.variatlas.engine.PeerVectors;
import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.ci.PoissonLimits;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Method;
import org.variatlas.engine.rates.Status;

class DirectStandardisationTest {

  /** The peer DSR inputs, one Strata group per area in file order. */
  record PeerDsr(List<String> areas, Strata strata) {

    static PeerDsr load() {
      Map<String, List<Map<String, String>>> byArea = new LinkedHashMap<>();
      for (Map<String, String> row : PeerVectors.rows("dsr_inputs.csv")) {
        byArea.computeIfAbsent(row.get("area"), a -> new ArrayList<>()).add(row);
      }
      int rows = byArea.values().stream().mapToInt(List::size).sum();
      int[] offsets = new int[byArea.size() + 1];
      double[] events = new double[rows];
      double[] population = new double[rows];
      double[] weight = new double[rows];
      int i = 0;
      int g = 0;
      for (List<Map<String, String>> area : byArea.values()) {
        for (Map<String, String> row : area) {
          events[i] = number(row, "count"); // empty = missing = 0
          population[i] = number(row, "pop");
          weight[i] = number(row, "stdpop");
          i++;
        }
        offsets[++g] = i;
      }
      return new PeerDsr(
          new ArrayList<>(byArea.keySet()), Strata.of(offsets, null, events, population, weight));
    }
  }

  private static final Pattern NOTE_VALUES = Pattern.compile("= ([0-9.]+) / ([0-9.]+)");

  @Test
  void dsr_with_dobson_limits_matches_the_peer_vectors() {
    PeerDsr peer = PeerDsr.load();
    for (Map<String, String> row : PeerVectors.rows("dsr_dobson_expected.csv")) {
      GroupEstimates all =
          DirectStandardisation.compute(peer.strata(), DsrOptions.phe(number(row, "multiplier")));
      Estimate e = all.get(peer.areas().indexOf(row.get("area")));
      String id = row.get("case_id");
      assertRelative(e.count(), number(row, "total_count"), RATE_TOLERANCE, id + " count");
      assertRelative(e.denominator(), number(row, "total_pop"), RATE_TOLERANCE, id + " pop");
      EstimateAssertions.assertMatches(e, row, RATE_TOLERANCE);
      // The 1976 rows give the correct 99.8 % limits in the note only.
      Matcher note = NOTE_VALUES.matcher(row.get("note"));
      if (note.find()) {
        assertRelative(e.lower998(), Double.parseDouble(note.group(1)), RATE_TOLERANCE, id);
        assertRelative(e.upper998(), Double.parseDouble(note.group(2)), RATE_TOLERANCE, id);
      }
    }
  }

  @Test
  void esp2013_matches_the_peer_weights() {
    List<Map<String, String>> rows = PeerVectors.rows("esp2013_weights.csv");
    assertThat(StandardWeights.ESP2013.size()).isEqualTo(rows.size());
    for (int s = 0; s < rows.size(); s++) {
      assertThat(StandardWeights.ESP2013.strata().get(s)).isEqualTo(rows.get(s).get("age_band"));
      assertThat(StandardWeights.ESP2013.weight(s)).isEqualTo(number(rows.get(s), "weight"));
    }
  }

  // One group of two strata with equal weights.
  private static Strata twoStrata(double[] events, double[] population) {
    return Strata.of(new int[] {0, 2}, null, events, population, new double[] {1, 1});
  }

  @Test
  void dsr_is_not_published_below_ten_events() {
    Strata nine = twoStrata(new double[] {4, 5}, new double[] {100, 200});
    Estimate e = DirectStandardisation.compute(nine, DsrOptions.phe(1000)).get(0);
    assertThat(e.status()).isEqualTo(Status.BELOW_MINIMUM_EVENTS);
    assertThat(e.value()).isNaN();
    assertThat(e.lower95()).isNaN();
    assertThat(e.count()).isEqualTo(9);
    assertThat(e.denominator()).isEqualTo(300);
    assertThat(e.crude()).isEqualTo(30);
    assertThat(e.method()).isEqualTo(Method.DOBSON);
  }

  @Test
  void minimum_events_is_configurable() {
    Strata nine = twoStrata(new double[] {4, 5}, new double[] {100, 200});
    Estimate e =
        DirectStandardisation.compute(nine, new DsrOptions(1000, DsrInterval.DOBSON, 5)).get(0);
    assertThat(e.status()).isEqualTo(Status.PUBLISHED);
    // (4/100 + 5/200) / 2 × 1000
    assertThat(e.value()).isCloseTo(32.5, within(1e-12));
  }

  @Test
  void non_independent_events_with_every_frequency_one_equal_independent_events() {
    PeerDsr peer = PeerDsr.load();
    Strata s = peer.strata();
    Strata same =
        Strata.nonIndependent(
            s.groupOffsets(), null, s.events(), s.events().clone(), s.population(), s.weight());
    GroupEstimates a = DirectStandardisation.compute(s, DsrOptions.phe(100_000));
    GroupEstimates b = DirectStandardisation.compute(same, DsrOptions.phe(100_000));
    for (int g = 0; g < a.size(); g++) {
      assertThat(b.get(g)).isEqualTo(a.get(g));
    }
  }

  @Test
  void non_independent_events_widen_the_interval_by_the_frequency_squared_variance() {
    // One stratum, 10 persons with 2 events each: O = 20, var = 4·10·(w/n)²/w² = 40/n².
    double n = 1000;
    Strata s =
        Strata.nonIndependent(
            new int[] {0, 1},
            null,
            new double[] {20},
            new double[] {40},
            new double[] {n},
            new double[] {1});
    Estimate e = DirectStandardisation.compute(s, DsrOptions.phe(1)).get(0);
    double o = 20;
    double scale = Math.sqrt(40 / (n * n) / o);
    assertThat(e.value()).isCloseTo(0.02, within(1e-15));
    assertThat(e.lower95())
        .isCloseTo(
            0.02 + scale * (PoissonLimits.byarLower(o, ConfidenceLevel.P95) - o), within(1e-15));
    assertThat(e.upper998())
        .isCloseTo(
            0.02 + scale * (PoissonLimits.byarUpper(o, ConfidenceLevel.P998) - o), within(1e-15));
  }

  @Test
  void fay_feuer_matches_an_independent_high_precision_computation() {
    // Down's syndrome, Michigan 1950-64 (Fay & Feuer 1997; sava vignette), per 10 000; expected
    // values computed with mpmath at 50 digits from the published formula.
    double[] events = {0, 8, 63, 112, 262, 295};
    double[] population = {327, 30666, 123419, 149919, 104088, 34392};
    double[] shares = {0.1133, 0.3296, 0.2784, 0.1728, 0.0842, 0.0217};
    Strata s = Strata.of(new int[] {0, 6}, null, events, population, shares);
    Estimate e =
        DirectStandardisation.compute(s, new DsrOptions(10_000, DsrInterval.FAY_FEUER, 10)).get(0);
    assertRelative(e.value(), 7.5526250883766313338, 1e-12, "dsr");
    assertRelative(e.lower95(), 6.7700039710781081958, 1e-10, "lower95");
    assertRelative(e.upper95(), 18.835610995620536185, 1e-10, "upper95");
    assertRelative(e.lower998(), 6.3482878802173638059, 1e-10, "lower998");
    assertRelative(e.upper998(), 24.987255660968415175, 1e-10, "upper998");
    assertThat(e.method()).isEqualTo(Method.FAY_FEUER);
  }

  @Test
  void fay_feuer_lower_limit_of_zero_events_is_zero() {
    Strata s = twoStrata(new double[] {0, 0}, new double[] {100, 300});
    Estimate e =
        DirectStandardisation.compute(s, new DsrOptions(1, DsrInterval.FAY_FEUER, 0)).get(0);
    assertThat(e.value()).isZero();
    assertThat(e.lower95()).isZero();
    // w_M = (1/2)/100: U = w_M/2 · χ²_{0.975}(2) = w_M · (−ln 0.025)
    assertThat(e.upper95()).isCloseTo(0.005 * -Math.log(0.025), within(1e-15));
  }

  @Test
  void helseatlas_period_average_equals_standardising_the_averaged_rows() {
    // Two years summed; the average rows are the sums divided by 2.
    double[] events = {30, 50, 12};
    double[] population = {4000, 5000, 1000};
    double[] shares = {0.3, 0.5, 0.2};
    Strata summed = Strata.of(new int[] {0, 3}, null, events, population, shares);
    Estimate average = DirectStandardisation.periodAverage(summed, 2, DsrOptions.phe(1000)).get(0);
    double byAverages = (15.0 / 2000 * 0.3 + 25.0 / 2500 * 0.5 + 6.0 / 500 * 0.2) * 1000;
    assertThat(average.value()).isCloseTo(byAverages, within(1e-12));
    assertThat(average.count()).isEqualTo(46);
    assertThat(average.denominator()).isEqualTo(5000);
    // Limits come from the 92 events of the whole period.
    Estimate period = DirectStandardisation.compute(summed, DsrOptions.phe(1000)).get(0);
    assertThat(average.lower95()).isEqualTo(period.lower95());
  }

  @Test
  void reference_population_shares_give_the_same_rates_as_its_counts() {
    double[] reference = {120_000, 80_000, 50_000};
    StandardWeights shares =
        StandardWeights.fromReferencePopulation(List.of("m", "f", "x"), reference);
    assertThat(shares.weight(0)).isCloseTo(0.48, within(1e-15));
    double[] events = {12, 30, 9};
    double[] population = {1000, 2000, 800};
    int[] stratum = {0, 1, 2};
    GroupEstimates a =
        DirectStandardisation.compute(
            Strata.of(new int[] {0, 3}, stratum, events, population, shares.perRow(stratum)),
            DsrOptions.phe(1000));
    GroupEstimates b =
        DirectStandardisation.compute(
            Strata.of(new int[] {0, 3}, stratum, events, population, reference),
            DsrOptions.phe(1000));
    assertThat(a.value()[0]).isCloseTo(b.value()[0], within(1e-12));
    assertThat(a.upper998()[0]).isCloseTo(b.upper998()[0], within(1e-12));
  }

  @Test
  void an_empty_stratum_counts_as_rate_zero_and_events_without_population_are_invalid() {
    Strata empty =
        Strata.of(
            new int[] {0, 2, 4},
            null,
            new double[] {20, 0, 20, 5},
            new double[] {1000, 0, 1000, 0},
            new double[] {1, 1, 1, 1});
    GroupEstimates e = DirectStandardisation.compute(empty, DsrOptions.phe(1000));
    assertThat(e.value()[0]).isCloseTo(10, within(1e-12)); // (20/1000·1 + 0·1)/2 × 1000
    assertThat(e.status()[0]).isEqualTo(Status.PUBLISHED);
    assertThat(e.status()[1]).isEqualTo(Status.INVALID_STRATUM);
    assertThat(e.value()[1]).isNaN();
    assertThat(e.count()[1]).isEqualTo(25);
  }
}
