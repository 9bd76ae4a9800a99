package org.variatlas.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.SharedApp;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.TopicLoads;
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.results.fixture.CountsTopic;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.UserAccounts;
import org.variatlas.cli.Main;

/**
 * The results pipeline computes nothing of its own: a small count set is loaded through the
 * platform, the pipeline materialises the results, and every figure equals what the engine's
 * command line prints for the same strata, written out here straight from the database.
 */
class ResultsPipelineIT extends SharedApp {

  private static final Period PERIOD = Period.of(2022, 2024);
  private static final double TOLERANCE = 1e-9;

  @Autowired PopulationFixture population;
  @Autowired TopicLoads loads;
  @Autowired ResultsPipeline pipeline;
  @Autowired ResultsService results;
  @Autowired GeographyPack pack;
  @Autowired JdbcTemplate sql;
  @Autowired UserAccounts accounts;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void loadAndCompute() {
    population.ensureLoaded();
    LoadRunRecord run = loads.run(CountsTopic.ID, "small-counts", Map.of());
    assertThat(run.applied()).as(run.message()).isTrue();
    pipeline.compute(CountsTopic.ID);
  }

  @Test
  void directly_standardised_rates_equal_the_engine_cli_for_the_same_strata() {
    IndicatorResults stored = stored(CountsTopic.DSR, "hf");
    Map<String, Map<String, String>> cli =
        cli(
            "dsr --multiplier 100000",
            "group,stratum,events,population,standard_population",
            strata("hf", false));
    assertThat(stored.areas()).hasSize(21);
    for (AreaResult a : stored.areas()) {
      Map<String, String> expected = cli.get(a.area().code());
      assertThat(expected).as("CLI row of %s", a.area().code()).isNotNull();
      assertSame(a, expected, PERIOD.years());
    }
    Map<String, String> national =
        cli(
                "dsr --multiplier 100000",
                "group,stratum,events,population,standard_population",
                strata("hf", true))
            .get("8888");
    assertSame(stored.national(), national, PERIOD.years());
  }

  @Test
  void crude_rates_equal_the_engine_cli_on_another_level() {
    IndicatorResults stored = stored(CountsTopic.CRUDE, "rhf");
    StringBuilder rows = new StringBuilder();
    Map<String, double[]> totals = new HashMap<>();
    for (String line : strata("rhf", false).split("\n")) {
      String[] c = line.split(",");
      double[] t = totals.computeIfAbsent(c[0], k -> new double[2]);
      t[0] += Double.parseDouble(c[2]);
      t[1] += Double.parseDouble(c[3]);
    }
    totals.forEach(
        (area, t) ->
            rows.append(area).append(',').append(t[0]).append(',').append(t[1]).append('\n'));
    Map<String, Map<String, String>> cli =
        cli("crude --multiplier 100000", "group,events,population", rows.toString());
    assertThat(stored.areas()).hasSize(4);
    for (AreaResult a : stored.areas()) {
      assertSame(a, cli.get(a.area().code()), PERIOD.years());
    }
  }

  @Test
  void a_single_year_is_computed_from_that_year_alone_and_a_period_holds_its_yearly_values() {
    IndicatorResults period = stored(CountsTopic.DSR, "hf");
    IndicatorResults year =
        results
            .results(CountsTopic.ID, CountsTopic.DSR, "hf", Period.year(2023), Locale.ENGLISH)
            .orElseThrow();
    AreaResult oslo =
        period.areas().stream().filter(a -> a.area().code().equals("17")).findFirst().orElseThrow();
    AreaResult osloYear =
        year.areas().stream().filter(a -> a.area().code().equals("17")).findFirst().orElseThrow();
    assertThat(oslo.yearlyValues()).containsOnlyKeys(2022, 2023, 2024);
    assertThat(oslo.yearlyValues().get(2023)).isEqualTo(osloYear.value());
    assertThat(period.variation()).isNotNull();
    assertThat(period.variation().ft1()).isGreaterThan(1);
    assertThat(period.classBreaks()).isNotEmpty().isSorted();
  }

  @Test
  void a_load_recomputes_only_its_measures_indicators_into_one_new_version_readers_switch_to()
      throws InterruptedException {
    assertThat(pipeline.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
    long before = results.version(CountsTopic.ID).orElseThrow();
    assertThat(pipeline.compute(CountsTopic.ID, false)).as("nothing changed").isEmpty();

    LoadRunRecord run = loads.run(CountsTopic.ID, "small-counts", Map.of());
    assertThat(run.applied()).as(run.message()).isTrue();
    assertThat(pipeline.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();

    TopicRecomputation.Outcome outcome = pipeline.lastOutcome(CountsTopic.ID).orElseThrow();
    assertThat(outcome.computed()).containsExactlyInAnyOrder(CountsTopic.DSR, CountsTopic.CRUDE);
    assertThat(outcome.copied()).isEqualTo(1);
    assertThat(results.version(CountsTopic.ID)).contains(outcome.version());
    assertThat(outcome.version()).isGreaterThan(before);
    assertThat(stored(CountsTopic.DSR, "hf").areas()).hasSize(21);
  }

  @Test
  void results_responses_carry_the_version_as_etag_and_a_repeat_with_it_is_not_modified()
      throws Exception {
    assertThat(pipeline.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
    var http = java.net.http.HttpClient.newHttpClient();
    var uri =
        java.net.URI.create(
            "http://localhost:" + port + "/api/v1/results/fixture-counts/visits-dsr?level=hf");
    var first =
        http.send(
            java.net.http.HttpRequest.newBuilder(uri).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    String etag = "\"fixture-counts." + results.version(CountsTopic.ID).orElseThrow() + "\"";
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).contains(etag);
    assertThat(first.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-cache").contains("public"));
    var repeat =
        http.send(
            java.net.http.HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(repeat.statusCode()).isEqualTo(304);
  }

  @Test
  void an_editor_recomputes_every_indicator_on_request_and_an_anonymous_caller_may_not()
      throws Exception {
    assertThat(pipeline.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
    long before = results.version(CountsTopic.ID).orElseThrow();
    var http = java.net.http.HttpClient.newHttpClient();
    var uri =
        java.net.URI.create(
            "http://localhost:" + port + "/api/v1/topics/fixture-counts/recomputation?all=true");
    var post = java.net.http.HttpRequest.BodyPublishers.noBody();
    var anonymous =
        http.send(
            java.net.http.HttpRequest.newBuilder(uri).POST(post).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isIn(401, 403);
    assertThat(results.version(CountsTopic.ID)).contains(before);

    var editor =
        accounts
            .user("pipeline-editor")
            .orElseGet(
                () ->
                    accounts.create(
                        "pipeline-editor",
                        "Pipeline editor",
                        "pipeline-editor-password",
                        java.util.Set.of(Role.EDITOR),
                        null));
    String token =
        accounts.issueToken(editor.id(), "recomputation", java.time.Duration.ofMinutes(5)).secret();
    var answer =
        http.send(
            java.net.http.HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .POST(post)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    long version = results.version(CountsTopic.ID).orElseThrow();
    assertThat(version).isGreaterThan(before);
    assertThat(answer.body())
        .contains("\"version\":" + version)
        .contains(CountsTopic.DSR, CountsTopic.CRUDE, CountsTopic.OTHER)
        .contains("\"copied\":0");
  }

  private IndicatorResults stored(String indicator, String level) {
    return results.results(CountsTopic.ID, indicator, level, PERIOD, Locale.ENGLISH).orElseThrow();
  }

  /**
   * The strata of the period for a level, straight from the tables: events and residents per area x
   * sex x five-year band summed over the years, and Norway's residents in 2022 as the standard.
   * With {@code pooled}, all areas form one group, the national total.
   */
  private String strata(String level, boolean pooled) {
    String mapping = pack.defaultVersion().id();
    List<Map<String, Object>> rows =
        sql.queryForList(
            """
            with ev as (
              select m.area_code as area, c.sex, (c.age / 5) * 5 as band, sum(c.count) as events
              from measure_count c
              join area_mapping m on m.base_unit = c.base_unit and m.mapping = ? and m.level = ?
                and c.year between m.valid_from and m.valid_to
              where c.topic_id = ? and c.measure_id = ? and c.year between ? and ?
                and c.age between 0 and 89
              group by 1, 2, 3),
            pop as (
              select m.area_code as area, p.sex, (p.age / 5) * 5 as band, sum(p.persons) as persons
              from population p
              join area_mapping m on m.base_unit = p.base_unit and m.mapping = ? and m.level = ?
                and p.year between m.valid_from and m.valid_to
              where p.year between ? and ? and p.age between 0 and 89
              group by 1, 2, 3),
            std as (
              select sex, (age / 5) * 5 as band, sum(persons) as persons
              from population_national where year = 2022 and age between 0 and 89 group by 1, 2)
            select pop.area, pop.sex || '-' || pop.band as stratum,
                   coalesce(ev.events, 0) as events, pop.persons, std.persons as standard
            from pop left join ev using (area, sex, band) join std using (sex, band)
            order by pop.area, pop.sex, pop.band
            """,
            mapping,
            level,
            CountsTopic.ID,
            CountsTopic.MEASURE,
            PERIOD.from(),
            PERIOD.to(),
            mapping,
            level,
            PERIOD.from(),
            PERIOD.to());
    StringBuilder csv = new StringBuilder();
    for (Map<String, Object> r : rows) {
      csv.append(pooled ? "8888" : r.get("area"))
          .append(',')
          .append(r.get("stratum"))
          .append(',')
          .append(r.get("events"))
          .append(',')
          .append(r.get("persons"))
          .append(',')
          .append(r.get("standard"))
          .append('\n');
    }
    if (pooled) {
      return pool(csv.toString());
    }
    return csv.toString();
  }

  /** Sums the rows of each stratum into one group (the CLI allows a stratum once per group). */
  private static String pool(String csv) {
    Map<String, double[]> byStratum = new java.util.LinkedHashMap<>();
    for (String line : csv.split("\n")) {
      String[] c = line.split(",");
      double[] s =
          byStratum.computeIfAbsent(c[1], k -> new double[] {0, 0, Double.parseDouble(c[4])});
      s[0] += Double.parseDouble(c[2]);
      s[1] += Double.parseDouble(c[3]);
    }
    StringBuilder out = new StringBuilder();
    byStratum.forEach(
        (stratum, s) ->
            out.append("8888,")
                .append(stratum)
                .append(',')
                .append(s[0])
                .append(',')
                .append(s[1])
                .append(',')
                .append(s[2])
                .append('\n'));
    return out.toString();
  }

  /** Runs the engine's command line in-process; its output rows by group. */
  private static Map<String, Map<String, String>> cli(String command, String header, String rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            command.split(" "),
            new ByteArrayInputStream((header + "\n" + rows).getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\r?\n");
    String[] columns = lines[0].split(",");
    Map<String, Map<String, String>> byGroup = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < columns.length; c++) {
        row.put(columns[c], cells[c]);
      }
      byGroup.put(cells[0], row);
    }
    return byGroup;
  }

  /** The stored figures equal the CLI's; counts are stored as yearly averages. */
  private static void assertSame(AreaResult stored, Map<String, String> cli, int years) {
    String area = stored.area().code();
    assertThat(stored.events() * years)
        .as("events of %s", area)
        .isCloseTo(Double.parseDouble(cli.get("events")), within(1e-6));
    assertThat(stored.population() * years)
        .as("population of %s", area)
        .isCloseTo(Double.parseDouble(cli.get("population")), within(1e-6));
    close(stored.value(), cli.get("value"), "value of " + area);
    close(stored.lower95(), cli.get("lower95"), "lower95 of " + area);
    close(stored.upper95(), cli.get("upper95"), "upper95 of " + area);
    close(stored.lower998(), cli.get("lower998"), "lower998 of " + area);
    close(stored.upper998(), cli.get("upper998"), "upper998 of " + area);
  }

  private static void close(Double stored, String cli, String what) {
    if (cli.isEmpty()) {
      assertThat(stored).as(what).isNull();
      return;
    }
    double expected = Double.parseDouble(cli);
    assertThat(stored).as(what).isNotNull();
    assertThat(Math.abs(stored - expected))
        .as(what)
        .isLessThanOrEqualTo(TOLERANCE * Math.abs(expected));
  }
}
