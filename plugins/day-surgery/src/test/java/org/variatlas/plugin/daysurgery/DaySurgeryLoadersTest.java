package org.variatlas.plugin.daysurgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.sdk.helseatlas.InstantAtlasCsv;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;
import org.variatlas.sdk.testing.RecordingSink;

/**
 * The loaders on the real published file, with an in-memory geography that has one area per name
 * the file uses (one base unit each) and a flat population.
 */
class DaySurgeryLoadersTest {

  private static final Path DATA =
      Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"));

  private static List<InstantAtlasCsv.Row> rows;
  private static InMemoryGeography geography;
  private static InMemoryPopulation population;

  @BeforeAll
  static void readSource() {
    RecordingLoadContext plain = context(new InMemoryGeography(), new InMemoryPopulation());
    List<InstantAtlasCsv.Row> read = new java.util.ArrayList<>();
    InstantAtlasCsv.read(
        plain.resolve(DaySurgeryPublishedLoader.SOURCE), "dagkir2.csv", plain, read::add);
    rows = List.copyOf(read);
    Set<String> areas = new LinkedHashSet<>();
    rows.stream().filter(r -> !r.isNational()).forEach(r -> areas.add(r.areaName()));
    geography =
        new InMemoryGeography()
            .national("Norge")
            .areasWithOwnBaseUnit(DaySurgeryTopic.LEVEL, areas);
    population = new InMemoryPopulation();
    for (String baseUnit : geography.baseUnits()) {
      population.band(baseUnit, 2013, 2017, 0, 105, 150);
    }
  }

  private static RecordingLoadContext context(
      InMemoryGeography geography, InMemoryPopulation population) {
    return new RecordingLoadContext(DATA, geography, population);
  }

  @Test
  void every_procedure_has_a_published_value_for_every_area_and_year() {
    RecordingLoadContext context = context(geography, population);
    RecordingSink sink = new RecordingSink();

    new DaySurgeryPublishedLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    assertThat(sink.published()).hasSize(12 * 22 * 5);
    Map<String, Long> perIndicator =
        sink.published().stream()
            .collect(Collectors.groupingBy(PublishedValue::indicatorId, Collectors.counting()));
    assertThat(perIndicator.keySet())
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(DaySurgeryProcedure.values()).map(p -> p.id()).toList());
    assertThat(perIndicator.values()).allMatch(n -> n == 22 * 5);
    // Helseatlas reference: Norway 2013, shoulder surgery: 161 adjusted, 8 116 events
    PublishedValue norway =
        sink.published().stream()
            .filter(v -> v.indicatorId().equals("shoulder") && v.areaName().equals("Norge"))
            .filter(v -> v.period().equals(Period.year(2013)))
            .findFirst()
            .orElseThrow();
    assertThat(norway.value()).isEqualTo(161.0);
    assertThat(norway.numerator()).isEqualTo(8116.0);
    assertThat(norway.denominator()).isEqualTo(5_109_056.0);
    assertThat(norway.level()).isEqualTo("hf");
    assertThat(norway.where().file()).isEqualTo(DaySurgeryPublishedLoader.SOURCE);
  }

  @Test
  void synthetic_events_per_area_and_year_equal_the_published_ones() {
    RecordingLoadContext context = context(geography, population);
    RecordingSink sink = new RecordingSink();

    new DaySurgerySyntheticLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    int checked = 0;
    for (InstantAtlasCsv.Row row : rows) {
      DaySurgeryProcedure procedure = DaySurgeryPublishedLoader.procedure(row);
      if (row.isNational() || !procedure.hasSyntheticCounts()) {
        continue;
      }
      String baseUnit = geography.baseUnitOf("hf", row.areaName());
      double events =
          sink.total(
              c ->
                  c.measureId().equals(procedure.measureId())
                      && c.year() == row.year()
                      && c.baseUnit().equals(baseUnit));
      assertThat(events)
          .as("%s %s %d", procedure, row.areaName(), row.year())
          .isEqualTo(row.numerator());
      checked++;
    }
    assertThat(checked).isEqualTo(4 * 21 * 5);
    assertThat(sink.counts()).allMatch(c -> c.count() > 0 && c.category() == null);
    // cataract is an operation of old age in the profile
    assertThat(sink.counts())
        .filteredOn(c -> c.measureId().equals("cataract-procedures"))
        .allMatch(c -> c.age() >= 30);
  }

  @Test
  void synthetic_counts_are_the_same_on_every_run() {
    RecordingSink first = new RecordingSink();
    RecordingSink second = new RecordingSink();
    new DaySurgerySyntheticLoader().load(context(geography, population), first);
    new DaySurgerySyntheticLoader().load(context(geography, population), second);
    assertThat(second.counts()).isEqualTo(first.counts());
  }

  @Test
  void an_area_name_the_geography_does_not_know_is_reported_with_its_line() {
    InMemoryGeography partial =
        new InMemoryGeography().areasWithOwnBaseUnit("hf", List.of("Finnmark"));
    RecordingLoadContext context = context(partial, population);

    new DaySurgerySyntheticLoader().load(context, new RecordingSink());

    assertThat(context.problems())
        .isNotEmpty()
        .allMatch(p -> p.rule().equals("unknown-area") || p.rule().equals("no-population"));
    assertThat(context.problems().get(0).where().file())
        .isEqualTo(DaySurgeryPublishedLoader.SOURCE);
    assertThat(context.problems().get(0).where().line()).isGreaterThan(1);
  }
}
