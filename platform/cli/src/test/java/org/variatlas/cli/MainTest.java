package org.variatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.engine.rates.CountRates;

class MainTest {

  private static final String CRUDE = "group,events,population\n";

  private static void assertRejected(Cli cli, int exitCode, String... messageParts) {
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(exitCode);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains(messageParts);
  }

  @Test
  void output_keeps_the_order_of_first_appearance_and_full_precision() {
    Cli cli = Cli.run(CRUDE + "b,3,7\na,1,3\nb,4,7\n", "crude", "--multiplier", "1");
    List<Map<String, String>> rows = cli.rows();
    assertThat(rows).extracting(r -> r.get("group")).containsExactly("b", "a");
    assertThat(rows.get(0).get("events")).isEqualTo("7");
    double expected = CountRates.crude(1, 3, 1).upper95();
    assertThat(Double.parseDouble(rows.get(1).get("upper95"))).isEqualTo(expected);
    assertThat(rows.get(1).get("value")).isEqualTo(Double.toString(1.0 / 3));
  }

  @Test
  void missing_cells_are_na_and_na_prints_as_an_empty_cell() {
    Cli cli = Cli.run(CRUDE + "a,,100\nb,10,\n", "crude", "--multiplier", "100000");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("a,,100,,,,,,\n").contains("b,10,,,,,,,Byars\n");
  }

  @Test
  void reads_the_input_file_named_by_in(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "group,value\na,1\nb,2\nc,9\n");
    Cli cli = Cli.run("", "breaks", "--classes", "2", "--method", "jenks", "--in", file.toString());
    assertThat(cli.out()).isEqualTo("class,lower,upper\n1,1,2\n2,2,9\n");
  }

  @Test
  void a_malformed_number_is_reported_with_file_line_column_value_and_rule() {
    assertRejected(
        Cli.run(CRUDE + "a,1,100\nb,1;5,100\n", "crude", "--multiplier", "10"),
        1,
        "<stdin>:3: column 'events', value '1;5': not a number");
  }

  @Test
  void a_decimal_comma_is_a_wrong_number_of_fields() {
    assertRejected(
        Cli.run(CRUDE + "a,1,5,100\n", "crude", "--multiplier", "10"),
        1,
        "<stdin>:2: the row has 4 cells, the header 3");
  }

  @Test
  void a_missing_column_is_named_with_the_header() {
    assertRejected(
        Cli.run("group,events\na,1\n", "crude", "--multiplier", "10"),
        1,
        "<stdin>:1: missing column 'population' (header: group,events)");
  }

  @Test
  void a_negative_count_is_rejected() {
    assertRejected(
        Cli.run(CRUDE + "a,-3,100\n", "crude", "--multiplier", "10"),
        1,
        "<stdin>:2: column 'events', value '-3': must be a number >= 0");
  }

  @Test
  void a_numerator_above_its_denominator_is_rejected_for_proportions() {
    assertRejected(
        Cli.run("group,numerator,denominator\na,250,220\n", "proportion", "--multiplier", "100"),
        1,
        "<stdin>:2: column 'numerator', value '250': numerator must not exceed the denominator");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    assertRejected(
        Cli.run(CRUDE, "crude", "--multiplier", "10", "--per", "5"),
        2,
        "unknown option --per for command 'crude'");
  }

  @Test
  void a_missing_multiplier_is_a_usage_error() {
    assertRejected(Cli.run(CRUDE, "dsr"), 2, "command 'dsr' requires --multiplier");
  }

  @Test
  void an_unknown_command_prints_the_usage() {
    assertRejected(Cli.run("", "rates"), 2, "unknown command 'rates'", "usage:");
  }

  @Test
  void an_invalid_option_value_is_a_usage_error() {
    assertRejected(
        Cli.run(CRUDE, "crude", "--multiplier", "per100k"),
        2,
        "option --multiplier must be a number, was 'per100k'");
    assertRejected(
        Cli.run(CRUDE, "dsr", "--multiplier", "10", "--ci", "wald"),
        2,
        "option --ci must be one of dobson|fay-feuer, was 'wald'");
  }

  @Test
  void a_repeated_stratum_without_non_independent_is_rejected() {
    String input =
        "group,stratum,events,population,standard_population\n"
            + "a,0-4,3,100,5000\na,0-4,4,100,5000\n";
    assertRejected(
        Cli.run(input, "dsr", "--multiplier", "1000"),
        1,
        "<stdin>:3: column 'stratum', value '0-4': stratum repeats in group (line 2)");
  }

  @Test
  void non_independent_rows_must_agree_on_population() {
    String input =
        "group,stratum,event_frequency,persons,population,standard_population\n"
            + "a,0-4,1,30,1000,5000\na,0-4,2,5,1001,5000\n";
    assertRejected(
        Cli.run(input, "dsr", "--multiplier", "1000", "--non-independent"),
        1,
        "<stdin>:3: column 'population', value '1001': differs from the same stratum's value on"
            + " line 2");
  }

  @Test
  void non_independent_dsr_counts_events_with_their_frequency() {
    String input =
        "group,stratum,event_frequency,persons,population,standard_population\n"
            + "a,0-4,1,30,1000,1\na,0-4,2,5,1000,1\n";
    List<Map<String, String>> rows =
        Cli.run(input, "dsr", "--multiplier", "1000", "--non-independent").rows();
    assertThat(rows.get(0).get("events")).isEqualTo("40");
    assertThat(rows.get(0).get("value")).isEqualTo("40");
  }

  @Test
  void a_dsr_below_the_minimum_prints_events_and_population_but_no_value() {
    String input =
        "group,stratum,events,population,standard_population\n" + "a,f,4,100,1\na,m,5,200,1\n";
    assertThat(Cli.run(input, "dsr", "--multiplier", "1000").out())
        .endsWith("a,9,300,,,,,,Dobson\n");
    assertThat(Cli.run(input, "dsr", "--multiplier", "1000", "--min-events", "5").out())
        .contains("a,9,300,32.5,");
  }

  @Test
  void isr_with_observed_totals_from_a_file(@TempDir Path dir) throws Exception {
    Path observed = dir.resolve("observed.csv");
    Files.writeString(observed, "group,observed\na,30\n");
    String input =
        "group,stratum,events,population,ref_events,ref_population\n"
            + "a,f,1,1000,10,1000\na,m,2,1000,10,1000\n";
    List<Map<String, String>> rows =
        Cli.run(input, "isr", "--ref-value", "1", "--observed", observed.toString()).rows();
    assertThat(rows.get(0).get("observed")).isEqualTo("30");
    assertThat(rows.get(0).get("expected")).isEqualTo("20");
    assertThat(rows.get(0).get("value")).isEqualTo("1.5");
    Files.writeString(observed, "group,observed\nb,30\n");
    assertRejected(
        Cli.run(input, "isr", "--ref-value", "1", "--observed", observed.toString()),
        1,
        "observed.csv: no observed total for group 'a'");
  }

  @Test
  void isr_needs_exactly_one_of_multiplier_and_ref_value() {
    assertRejected(
        Cli.run("", "isr", "--ref-value", "1", "--multiplier", "1000"),
        2,
        "exactly one of --multiplier and --ref-value");
  }

  @Test
  void a_crude_rate_funnel_needs_the_denominator_of_zero_event_groups() {
    assertRejected(
        Cli.run(
            "group,events,rate\na,0,0\nb,10,50\n",
            "funnel",
            "rate",
            "--multiplier",
            "1000",
            "--rate-type",
            "crude"),
        1,
        "<stdin>:2: column 'events', value '0': a crude rate with 0 events needs a denominator");
  }

  @Test
  void a_repeated_group_is_rejected_where_rows_are_points() {
    assertRejected(
        Cli.run("group,observed,expected\na,1,2\na,3,4\n", "variation"),
        1,
        "<stdin>:3: column 'group', value 'a': group appears more than once");
  }

  @Test
  void an_empty_input_and_a_missing_file_are_reported() {
    assertRejected(Cli.run("", "crude", "--multiplier", "1"), 1, "<stdin>: is empty");
    assertRejected(
        Cli.run("", "crude", "--multiplier", "1", "--in", "/no/such.csv"),
        1,
        "/no/such.csv: no such file");
  }

  @Test
  void quoted_group_names_may_hold_commas() {
    Cli cli = Cli.run(CRUDE + "\"Bergen, Haukeland\",12,1000\n", "crude", "--multiplier", "1");
    assertThat(cli.out()).contains("\"Bergen, Haukeland\",12,1000,");
  }

  @Test
  void help_goes_to_stdout_with_exit_code_zero() {
    Cli cli = Cli.run("", "--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("funnel proportion|ratio|rate");
  }
}
