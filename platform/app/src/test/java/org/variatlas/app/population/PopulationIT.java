package org.variatlas.app.population;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.app.SharedApp;
import org.variatlas.app.areas.Packs;
import org.variatlas.sdk.io.Json;

/**
 * The population load on the real SSB files, and the roll-ups checked against what SKDE published:
 * Helseatlas barn 2025's {@code popsnitt} (children 0-18, average of 2022-2024) for all 19 areas of
 * level hf19.
 */
class PopulationIT extends SharedApp {

  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Period BARN = Period.of(2022, 2024);
  private static final PopulationFilter CHILDREN = PopulationFilter.ages(0, 18);

  @Autowired PopulationFixture fixture;
  @Autowired PopulationService population;
  @Autowired TestRestTemplate http;
  @Autowired DatabasePopulation plugins;
  @Autowired DSLContext db;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void loaded() {
    fixture.ensureLoaded();
  }

  @Test
  void the_load_stores_every_base_unit_with_the_residual_of_split_cities() {
    assertThat(fixture.loadMillis()).as("population load time, ms").isPositive();
    // 353 kommuner + 38 bydeler + 4 residual units, 2005-2026, 2 sexes, 106 ages; csdata has no
    // 2005 figures for 1576 Aure and 1160 Vindafjord.
    assertThat(fixture.repository().rowCount()).isEqualTo(395L * 22 * 2 * 106 - 2 * 2 * 106);
    assertThat(population.years()).isEqualTo(Period.of(2005, 2026));
    // Oslo as a whole = its bydeler + unknown bydel = SSB's kommune figure
    var oslo =
        population.averages("kommune", Period.year(2024), PopulationFilter.everyone(), null, NB);
    assertThat(
            oslo.stream()
                .filter(a -> a.code().equals("0301"))
                .findFirst()
                .orElseThrow()
                .population())
        .isEqualTo(717_710);
  }

  @Test
  void hf19_reproduces_barn2025_popsnitt_with_the_mapping_skde_used_then() {
    Map<String, Double> published = popsnitt();
    assertThat(published).hasSize(20); // 19 areas + Norge
    for (String mapping : List.of("by-year", "skde-2024-03-15")) {
      Map<String, Double> ours = byName(population.averages("hf19", BARN, CHILDREN, mapping, NB));
      assertThat(ours.keySet()).as(mapping).containsExactlyInAnyOrderElementsOf(published.keySet());
      // popsnitt is a 3-year average printed with 12 digits: compare the persons it sums.
      published.forEach(
          (area, value) ->
              assertThat(Math.round(ours.get(area) * 3))
                  .as("%s %s", mapping, area)
                  .isEqualTo(Math.round(value * 3) + csdataRounding(area)));
    }
  }

  @Test
  void the_2025_mapping_moves_gulen_and_eidfjord_and_misses_barn2025() {
    Map<String, Double> published = popsnitt();
    Map<String, Double> ours =
        byName(population.averages("hf19", BARN, CHILDREN, "skde-2025-08-19", NB));
    assertThat(ours.get("Førde")).isLessThan(published.get("Førde") - 400);
    assertThat(ours.get("Fonna")).isLessThan(published.get("Fonna") - 150);
    assertThat(ours.get("Bergen")).isGreaterThan(published.get("Bergen") + 600);
    assertThat(Math.round(ours.get("OUS") * 3)).isEqualTo(Math.round(published.get("OUS") * 3));
  }

  @Test
  void dps_areas_reproduce_the_population_psyk2_published() {
    // psyk2's DPS tables give "Innbyggarar": residents 18-64, average of 2020-2024.
    Map<String, Double> published = published("psyk2/poliklinikk_dps_18.json", "Innbyggarar");
    Map<String, Double> ours =
        byName(
            population.averages(
                "dps", Period.of(2020, 2024), PopulationFilter.ages(18, 64), null, NB));
    int compared = 0;
    for (var e : published.entrySet()) {
      if (ours.containsKey(e.getKey()) && !e.getKey().equals("Norge")) {
        // Sunnmøre holds Ålesund and Haram, whose 2020-2023 figures csdata rounded (+16 persons).
        double tolerance = e.getKey().equals("Sunnmøre") ? 3.3 : 0.5;
        assertThat(ours.get(e.getKey()))
            .as("DPS %s", e.getKey())
            .isCloseTo(e.getValue(), within(tolerance));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(69);
  }

  @Test
  void the_national_row_is_ssbs_national_figure() {
    Map<String, Double> ours = byName(population.averages("hf19", BARN, CHILDREN, null, NB));
    assertThat(Math.round(ours.get("Norge") * 3))
        .isEqualTo(Math.round(popsnitt().get("Norge") * 3));
  }

  @Test
  void the_http_api_gives_yearly_averages_with_a_national_row() {
    List<Map<String, Object>> rows =
        http.exchange(
                "/api/v1/population?level=hf19&from=2022&to=2024&ageFrom=0&ageTo=18",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(rows).hasSize(20);
    assertThat(rows.get(rows.size() - 1))
        .containsEntry("area", "Norge")
        .containsEntry("code", "8888");
    assertThat(((Number) rows.get(rows.size() - 1).get("population")).doubleValue())
        .isCloseTo(1_175_934.6667, within(1e-3));
    List<Map<String, Object>> girls =
        http.exchange(
                "/api/v1/population?level=hf&from=2024&to=2024&ageFrom=0&ageTo=18&sex=female&lang=en",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(girls).hasSize(22);
    assertThat(girls.get(girls.size() - 1)).containsEntry("area", "Norway");
    assertThat(
            http.getForEntity("/api/v1/population?level=nowhere&from=2024&to=2024", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(400);
  }

  @Test
  void the_levels_rolled_up_in_memory_equal_the_roll_up_in_sql() {
    // Every level of both mapping versions, a period across the re-based years, two filters.
    for (String mapping : List.of("by-year", "skde-2024-03-15")) {
      for (String level : List.of("kommune", "bydel", "hf", "hf19", "rhf", "dps", "fylke")) {
        for (PopulationFilter filter : List.of(CHILDREN, PopulationFilter.ages(0, 105))) {
          Period period = Period.of(2019, 2024);
          assertThat(population.strata(level, period, filter, 5, mapping))
              .as(mapping + " " + level)
              .isNotEmpty()
              .containsExactlyElementsOf(
                  fixture.repository().strata(mapping, level, period, filter, 5));
        }
      }
    }
  }

  @Test
  void the_cells_plugins_read_from_memory_equal_the_table_in_its_key_order() {
    for (PopulationFilter filter :
        List.of(PopulationFilter.ages(3, 17).only(Sex.FEMALE), PopulationFilter.everyone())) {
      List<String> fromMemory = new ArrayList<>();
      plugins.forEach(
          2023,
          2030,
          filter,
          (unit, year, sex, age, persons) ->
              fromMemory.add(unit + " " + year + " " + sex.code() + " " + age + " " + persons));
      List<String> fromTable =
          db.fetch(
                  "select base_unit, year, sex, age, persons from population where year between"
                      + " 2023 and 2030 and age between ? and ? and sex = any(?)"
                      + " order by base_unit, year, sex, age",
                  filter.ageFrom(),
                  filter.ageTo(),
                  filter.sexes().stream().map(Sex::code).toArray(String[]::new))
              .map(r -> r.intoList().stream().map(String::valueOf).collect(joining(" ")));
      assertThat(fromMemory).isNotEmpty().containsExactlyElementsOf(fromTable);
    }
  }

  @Test
  void an_age_without_a_figure_stays_apart_from_a_figure_of_zero() {
    long before = fixture.repository().rowCount();
    PopulationCells cells = new PopulationCells(2, new int[] {2024});
    int file = cells.file("kommune.csv");
    cells.put(cells.cell(0, 2024, Sex.FEMALE.ordinal(), 0), 5, file, 2);
    cells.put(cells.cell(0, 2024, Sex.FEMALE.ordinal(), 3), 0, file, 3);
    cells.put(cells.cell(0, 2024, Sex.FEMALE.ordinal(), 105), 7, file, 4);
    cells.put(cells.cell(1, 2024, Sex.MALE.ordinal(), 0), 4, file, 5); // a split city: left out
    PopulationCells national = new PopulationCells(1, new int[] {2024});
    national.put(national.cell(0, 2024, Sex.MALE.ordinal(), 1), 9, national.file("n.csv"), 2);
    // Applied in a transaction rolled back at the end: the shared population stays.
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            tx -> {
              fixture.repository().replace(cells, national, List.of("3401", "0301"), Set.of(1));
              assertThat(
                      db.fetch("select * from population order by base_unit, year, sex, age")
                          .map(r -> r.intoList().stream().map(String::valueOf).toList()))
                  .containsExactly(
                      List.of("3401", "2024", "female", "0", "5"),
                      List.of("3401", "2024", "female", "3", "0"),
                      List.of("3401", "2024", "female", "105", "7"));
              assertThat(fixture.repository().rowCount()).isEqualTo(3);
              assertThat(db.fetch("select * from population_national").map(r -> r.intoList()))
                  .containsExactly(List.of(2024, "male", 1, 9));
              tx.setRollbackOnly();
            });
    assertThat(fixture.repository().rowCount()).isEqualTo(before);
  }

  @Test
  void strata_and_reference_shares_add_up() {
    List<PopulationStratum> strata = population.strata("hf", BARN, CHILDREN, 5, null);
    assertThat(strata).extracting(PopulationStratum::ageFrom).containsOnly(0, 5, 10, 15);
    assertThat(
            strata.stream().filter(s -> s.ageFrom() == 15).map(PopulationStratum::ageTo).distinct())
        .containsExactly(18);
    assertThat(strata).extracting(PopulationStratum::area).hasSize(21 * 3 * 2 * 4);
    long persons = strata.stream().mapToLong(PopulationStratum::persons).sum();
    assertThat(persons)
        .isEqualTo(
            Math.round(
                3
                    * byName(population.averages("hf", BARN, CHILDREN, null, NB))
                        .entrySet()
                        .stream()
                        .filter(e -> !e.getKey().equals("Norge"))
                        .mapToDouble(Map.Entry::getValue)
                        .sum()));
    var shares = population.referenceShares(2022, PopulationFilter.ages(0, 105), 5);
    assertThat(shares).hasSize(2 * 22);
    assertThat(shares.stream().mapToDouble(ReferenceShare::share).sum())
        .isCloseTo(1.0, within(1e-12));
  }

  /**
   * csdata re-based 2022 and 2023 to the 2024 kommuner, splitting Ålesund and Haram by share and
   * rounding: its kommune sums of ages 0-18 exceed SSB's national figure by 7 (2022) and fall 1
   * short (2023), all inside Møre og Romsdal. SKDE counted the real kommuner of each year. In
   * persons over the three years: +7 - 1 + 0.
   */
  private static long csdataRounding(String area) {
    return area.equals("Møre og Romsdal") ? 7 - 1 + 0 : 0;
  }

  private static Map<String, Double> popsnitt() {
    return published("barn2025/innl_rb1.json", "popsnitt");
  }

  /** A column of the first data table of a Helseatlas result box, by area name. */
  private static Map<String, Double> published(String box, String column) {
    Path file = Packs.dataDirectory().resolve("helseatlas/atlas_v2/data/" + box);
    Map<String, Object> root = Json.object(Json.parse(file, box), "file", box);
    Map<String, Double> out = new LinkedHashMap<>();
    for (Object item : Json.array(root.get("innhold"), "innhold", box)) {
      Map<String, Object> table = Json.object(item, "item", box);
      if ("data".equals(table.get("type"))) {
        for (Object row : Json.array(table.get("data"), "data", box)) {
          Map<String, Object> r = Json.object(row, "row", box);
          out.put((String) r.get("area"), ((Number) r.get(column)).doubleValue());
        }
        return out;
      }
    }
    throw new AssertionError("no data in " + box);
  }

  private static Map<String, Double> byName(List<AreaPopulation> rows) {
    Map<String, Double> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put(r.name(), r.population()));
    return out;
  }
}
