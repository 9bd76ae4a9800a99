package org.variatlas.plugin.psychiatriccare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.sdk.helseatlas.ResultBoxFile;
import org.variatlas.sdk.helseatlas.ResultBoxRow;
import org.variatlas.sdk.helseatlas.SyntheticMirror;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;
import org.variatlas.sdk.testing.RecordingSink;

/** The loaders on the real published files, with one in-memory area per name the files use. */
class PsychiatricCareLoadersTest {

  private static final Path DATA =
      Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"));
  private static final List<String> RHF =
      List.of("Helse Nord", "Helse Midt", "Helse Vest", "Helse Sør-Øst");

  private static InMemoryGeography geography;
  private static InMemoryPopulation population;

  @BeforeAll
  static void geographyFromTheFiles() {
    Set<String> areas = names("polyklinikk_18.json");
    Set<String> dps = names("poliklinikk_dps_18.json");
    dps.removeAll(RHF);
    geography =
        new InMemoryGeography()
            .national("Noreg")
            .areasWithOwnBaseUnit("hf", areas)
            .areasWithOwnBaseUnit("dps", dps)
            .areasWithOwnBaseUnit("rhf", RHF);
    population = new InMemoryPopulation();
    for (String baseUnit : geography.baseUnits()) {
      population.band(baseUnit, 2020, 2024, 18, 64, 300);
    }
  }

  private static Set<String> names(String file) {
    Set<String> names = new LinkedHashSet<>();
    for (ResultBoxRow row : read(file).dataset("qwerty").rows()) {
      if (!row.area().equals("Noreg")) {
        names.add(row.area());
      }
    }
    return names;
  }

  private static ResultBoxFile read(String file) {
    return ResultBoxFile.read(DATA.resolve(PsychiatricCareCatalogue.DIRECTORY).resolve(file), file);
  }

  private static RecordingLoadContext context() {
    return new RecordingLoadContext(DATA, geography, population);
  }

  @Test
  void every_published_indicator_has_its_values_for_every_area_without_problems() {
    RecordingLoadContext context = context();
    RecordingSink sink = new RecordingSink();

    new PsychiatricCarePublishedLoader().load(context, sink);
    new PsychiatricCareDpsLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    Map<String, Set<String>> areasPerIndicator = sink.areaNamesByIndicator();
    assertThat(areasPerIndicator).hasSize(34);
    areasPerIndicator.forEach(
        (id, names) -> assertThat(names).as(id).hasSize(id.endsWith("-dps") ? 74 : 22));
    assertThat(sink.published())
        .filteredOn(v -> v.areaName().equals("Helse Vest"))
        .isNotEmpty()
        .allMatch(v -> v.level().equals("rhf"));
    PublishedValue akershus =
        sink.published().stream()
            .filter(v -> v.indicatorId().equals("outpatient-patients"))
            .filter(v -> v.areaName().equals("Akershus") && !v.period().isSingleYear())
            .findFirst()
            .orElseThrow();
    assertThat(akershus.value()).isEqualTo(526.0);
    assertThat(akershus.lower95()).isEqualTo(523.0);
    assertThat(akershus.upper95()).isEqualTo(530.0);
    assertThat(akershus.numerator()).isEqualTo(19185.0);
    assertThat(sink.published())
        .filteredOn(v -> v.indicatorId().equals("outpatient-contact-days"))
        .filteredOn(v -> v.areaName().equals("Akershus") && v.category() != null)
        .extracting(PublishedValue::category, PublishedValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mental-health-services", 4718.0),
            org.assertj.core.groups.Tuple.tuple("private-specialists", 1860.0));
  }

  @Test
  void without_dps_areas_the_dps_loader_stops_with_one_problem_and_the_other_loads() {
    InMemoryGeography noDps =
        new InMemoryGeography()
            .national("Noreg")
            .areasWithOwnBaseUnit("hf", names("polyklinikk_18.json"))
            .areasWithOwnBaseUnit("rhf", RHF);
    RecordingLoadContext context = new RecordingLoadContext(DATA, noDps, population);
    RecordingSink sink = new RecordingSink();

    new PsychiatricCarePublishedLoader().load(context, sink);

    assertThat(sink.published()).hasSizeGreaterThan(1_000);
    assertThatThrownBy(() -> new PsychiatricCareDpsLoader().load(context, new RecordingSink()))
        .isInstanceOf(SourceProblemException.class)
        .hasMessageContaining("no area level [dps]")
        .hasMessageContaining("inpatient-stays-dps")
        .hasMessageContaining("[unknown-level]");
  }

  @Test
  void synthetic_period_totals_per_area_equal_the_published_yearly_average_times_five() {
    RecordingLoadContext context = context();
    RecordingSink sink = new RecordingSink();

    new PsychiatricCareSyntheticLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    for (SyntheticMirror synthetic : PsychiatricCareTopic.SYNTHETIC) {
      int areas = 0;
      for (ResultBoxRow row : read(synthetic.file()).dataset("qwerty").rows()) {
        if (row.area().equals("Noreg")) {
          continue;
        }
        String unit = geography.baseUnitOf("hf", row.area());
        double events =
            sink.total(
                c -> c.measureId().equals(synthetic.measureId()) && c.baseUnit().equals(unit));
        assertThat(events)
            .as("%s %s", synthetic.measureId(), row.area())
            .isEqualTo(Math.round(row.requireNumber(synthetic.averageColumn()) * 5));
        areas++;
      }
      assertThat(areas).isEqualTo(21);
    }
    assertThat(sink.counts()).allMatch(c -> c.age() >= 18 && c.age() <= 64);
    double women =
        sink.total(c -> c.measureId().equals("outpatient-patients") && c.sex() == Sex.FEMALE);
    double men =
        sink.total(c -> c.measureId().equals("outpatient-patients") && c.sex() == Sex.MALE);
    assertThat(women / (women + men)).isBetween(0.55, 0.65);
  }
}
