package org.variatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.engine.PeerVectors.POISSON_FUNNEL_TOLERANCE;
import static org.variatlas.engine.PeerVectors.PROPORTION_FUNNEL_TOLERANCE;
import static org.variatlas.engine.PeerVectors.RATE_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertAbsolute;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.number;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.EstimateAssertions;
import org.variatlas.engine.PeerVectors;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.Method;
import org.variatlas.engine.rates.Status;

/** Every peer vector file again, through the command line as an analyst runs it. */
class CliPeerVectorsTest {

  private static Estimate estimate(Map<String, String> row, String count, String denominator) {
    String method = row.get("method");
    return new Estimate(
        number(row, count),
        number(row, denominator),
        Double.NaN,
        number(row, "value"),
        number(row, "lower95"),
        number(row, "upper95"),
        number(row, "lower998"),
        number(row, "upper998"),
        Arrays.stream(Method.values())
            .filter(m -> m.label().equals(method))
            .findFirst()
            .orElse(null),
        Status.PUBLISHED);
  }

  private static Map<String, Map<String, String>> byGroup(Cli cli) {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    return cli.rows().stream()
        .collect(
            Collectors.toMap(
                r -> r.get("group"), r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static List<Map<String, String>> rows(String file, String sheet) {
    return PeerVectors.rows(file).stream()
        .filter(r -> r.get("source_sheet").equals(sheet))
        .toList();
  }

  @Test
  void crude_sums_rows_by_group_and_matches_the_grouped_peer_rates() {
    String input =
        Cli.csv(
            rows("crude_rate_byars_exact.csv", "ungrouped"),
            "group=area",
            "events=numerator",
            "population=denominator");
    Map<String, Map<String, String>> out =
        byGroup(Cli.run(input, "crude", "--multiplier", "100000"));
    assertThat(out.keySet()).startsWith("Area1", "Area2", "Area3");
    for (Map<String, String> expected : rows("crude_rate_byars_exact.csv", "grouped_sum")) {
      Map<String, String> actual = out.get(expected.get("area"));
      assertThat(actual.get("events")).isEqualTo(expected.get("numerator"));
      EstimateAssertions.assertMatches(
          estimate(actual, "events", "population"), expected, RATE_TOLERANCE);
    }
  }

  @Test
  void proportion_matches_the_grouped_peer_wilson_limits() {
    String input =
        Cli.csv(
            rows("proportion_wilson.csv", "ungrouped"),
            "group=area",
            "numerator=numerator",
            "denominator=denominator");
    Map<String, Map<String, String>> out =
        byGroup(Cli.run(input, "proportion", "--multiplier", "1"));
    for (Map<String, String> expected : rows("proportion_wilson.csv", "grouped_sum")) {
      EstimateAssertions.assertMatches(
          estimate(out.get(expected.get("area")), "events", "population"),
          expected,
          RATE_TOLERANCE);
    }
  }

  @Test
  void dsr_matches_the_peer_dobson_rates_and_prints_counts_of_unpublished_groups() {
    String input =
        Cli.csv(
            PeerVectors.rows("dsr_inputs.csv"),
            "group=area",
            "stratum=age_band",
            "events=count",
            "population=pop",
            "standard_population=stdpop");
    for (String multiplier : List.of("10000", "100000")) {
      Map<String, Map<String, String>> out =
          byGroup(Cli.run(input, "dsr", "--multiplier", multiplier));
      for (Map<String, String> expected : PeerVectors.rows("dsr_dobson_expected.csv")) {
        if (!expected.get("multiplier").equals(multiplier)) {
          continue;
        }
        Map<String, String> actual = out.get(expected.get("area"));
        assertThat(actual.get("events")).isEqualTo(expected.get("total_count"));
        assertThat(actual.get("population")).isEqualTo(expected.get("total_pop"));
        EstimateAssertions.assertMatches(
            estimate(actual, "events", "population"), expected, RATE_TOLERANCE);
      }
    }
  }

  @Test
  void isr_ratio_and_rate_match_the_peer_vectors() {
    String input =
        Cli.csv(
            PeerVectors.rows("isr_inputs.csv"),
            "group=area",
            "stratum=age_band",
            "events=count",
            "population=pop",
            "ref_events=ref_count",
            "ref_population=ref_pop");
    for (Map<String, String> expected : PeerVectors.rows("isr_expected.csv")) {
      boolean ratio = expected.get("statistic").equals("isr_ratio");
      String scale = expected.get("multiplier_or_refvalue");
      Cli cli =
          ratio
              ? Cli.run(input, "isr", "--ref-value", scale)
              : Cli.run(input, "isr", "--multiplier", scale, "--as", "rate");
      Map<String, String> actual = byGroup(cli).get(expected.get("area"));
      assertRelative(number(actual, "expected"), number(expected, "expected"), RATE_TOLERANCE, "E");
      EstimateAssertions.assertMatches(
          estimate(actual, "observed", "expected"), expected, RATE_TOLERANCE);
    }
  }

  @Test
  void funnel_proportion_significance_and_limits_match_phe() {
    List<Map<String, String>> inputs = PeerVectors.rows("funnel_proportion_inputs.csv");
    String input = Cli.csv(inputs, "group=area", "numerator=numerator", "denominator=denominator");
    Cli significance = Cli.run(input, "funnel", "proportion", "--multiplier", "100");
    assertThat(significance.exitCode()).as(significance.err()).isZero();
    List<Map<String, String>> out = significance.rows();
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(out.get(i).get("significance"))
          .isEqualTo(inputs.get(i).get("expected_significance"));
    }
    List<Map<String, String>> limits =
        Cli.run(input, "funnel", "proportion", "--multiplier", "100", "--limits").rows();
    List<Map<String, String>> expected = PeerVectors.rows("funnel_proportion_limits.csv");
    assertThat(limits).hasSize(expected.size());
    for (int j = 0; j < expected.size(); j++) {
      Map<String, String> e = expected.get(j);
      Map<String, String> a = limits.get(j);
      assertThat(number(a, "population")).isEqualTo(number(e, "population"));
      for (String[] c :
          new String[][] {
            {"lower95", "lower_95"},
            {"upper95", "upper_95"},
            {"lower998", "lower_998"},
            {"upper998", "upper_998"},
            {"baseline", "baseline"}
          }) {
        assertAbsolute(number(a, c[0]), number(e, c[1]), PROPORTION_FUNNEL_TOLERANCE, c[0]);
      }
    }
  }

  @Test
  void funnel_ratio_significance_and_limits_match_phe() {
    List<Map<String, String>> inputs = PeerVectors.rows("funnel_ratio_inputs.csv");
    StringBuilder input = new StringBuilder("group,observed,expected\n");
    for (int i = 0; i < inputs.size(); i++) {
      input
          .append("p")
          .append(i)
          .append(',')
          .append(inputs.get(i).get("observed"))
          .append(',')
          .append(inputs.get(i).get("expected"))
          .append('\n');
    }
    List<Map<String, String>> out = Cli.run(input.toString(), "funnel", "ratio").rows();
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(out.get(i).get("significance"))
          .as("row " + (i + 1))
          .isEqualTo(inputs.get(i).get("expected_significance"));
    }
    List<Map<String, String>> limits =
        Cli.run(input.toString(), "funnel", "ratio", "--limits").rows();
    List<Map<String, String>> expected = PeerVectors.rows("funnel_ratio_limits.csv");
    assertThat(limits).hasSize(expected.size());
    for (int j = 0; j < expected.size(); j++) {
      Map<String, String> e = expected.get(j);
      Map<String, String> a = limits.get(j);
      assertThat(number(a, "observed")).isEqualTo(number(e, "observed_events"));
      for (String[] c :
          new String[][] {
            {"lower95_expected", "lower_2s_exp_events"},
            {"upper95_expected", "upper_2s_exp_events"},
            {"lower998_expected", "lower_3s_exp_events"},
            {"upper998_expected", "upper_3s_exp_events"}
          }) {
        assertRelative(number(a, c[0]), number(e, c[1]), POISSON_FUNNEL_TOLERANCE, c[0]);
      }
    }
  }

  @Test
  void variation_reports_every_statistic_for_the_turp_areas() {
    String input =
        Cli.csv(
            PeerVectors.rows("scv_eb_turp_inputs.csv"),
            "group=hsa",
            "observed=observed",
            "expected=expected",
            "population=population");
    Cli cli = Cli.run(input, "variation");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.rows().stream().map(r -> r.get("statistic")))
        .containsExactly(
            "ft1",
            "ft2",
            "ft3",
            "eq_95_5",
            "eq_80_20",
            "cv",
            "cv_weighted",
            "scv",
            "scv_log",
            "eb_alpha");
    assertThat(cli.rows()).allSatisfy(r -> assertThat(r.get("value")).isNotEmpty());
    List<Map<String, String>> perGroup = Cli.run(input, "variation", "--per-group").rows();
    assertThat(perGroup).hasSize(61);
    assertThat(perGroup.get(0).keySet()).containsExactly("group", "ratio", "eb_ratio");
  }
}
