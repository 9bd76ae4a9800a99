package org.variatlas.plugin.childhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
class ChildHealthLoadersTest {

  private static final Path DATA =
      Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"));

  private static InMemoryGeography geography;
  private static InMemoryPopulation population;

  @BeforeAll
  static void geographyFromTheFiles() {
    Set<String> areas = new LinkedHashSet<>();
    Set<String> counties = new LinkedHashSet<>();
    for (String file : new String[] {"innl_rb1.json", "epilepsi_rb1_tot_fylke.json"}) {
      ResultBoxFile box = read(file);
      for (ResultBoxRow row : box.dataset("datasett_1").rows()) {
        if (!row.area().equals("Norge")) {
          (file.contains("fylke") ? counties : areas).add(row.area());
        }
      }
    }
    geography =
        new InMemoryGeography()
            .national("Norge")
            .areasWithOwnBaseUnit("hf19", areas)
            .areasWithOwnBaseUnit("fylke", counties);
    population = new InMemoryPopulation();
    for (String baseUnit : geography.baseUnits()) {
      population.band(baseUnit, 2022, 2024, 0, 18, 400);
    }
  }

  private static ResultBoxFile read(String file) {
    return ResultBoxFile.read(DATA.resolve(ChildHealthCatalogue.DIRECTORY).resolve(file), file);
  }

  private static RecordingLoadContext context() {
    return new RecordingLoadContext(DATA, geography, population);
  }

  @Test
  void every_published_indicator_has_its_values_for_every_area_without_problems() {
    RecordingLoadContext context = context();
    RecordingSink sink = new RecordingSink();

    new ChildHealthPublishedLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    Map<String, Set<String>> areasPerIndicator = sink.areaNamesByIndicator();
    assertThat(areasPerIndicator).hasSize(39);
    areasPerIndicator.forEach(
        (id, areas) -> assertThat(areas).as(id).hasSize(id.contains("-county-") ? 16 : 20));
    PublishedValue finnmark =
        sink.published().stream()
            .filter(v -> v.indicatorId().equals("admissions") && v.areaName().equals("Finnmark"))
            .filter(v -> !v.period().isSingleYear())
            .findFirst()
            .orElseThrow();
    assertThat(finnmark.value()).isCloseTo(55.36, org.assertj.core.data.Offset.offset(0.01));
    assertThat(finnmark.numerator()).isCloseTo(823.33, org.assertj.core.data.Offset.offset(0.01));
    assertThat(finnmark.level()).isEqualTo("hf19");
  }

  @Test
  void synthetic_period_totals_per_area_equal_the_published_yearly_average_times_three() {
    RecordingLoadContext context = context();
    RecordingSink sink = new RecordingSink();

    new ChildHealthSyntheticLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    for (SyntheticMirror synthetic : ChildHealthTopic.SYNTHETIC) {
      for (ResultBoxRow row : read(synthetic.file()).dataset("datasett_1").rows()) {
        if (row.area().equals("Norge")) {
          continue;
        }
        String unit = geography.baseUnitOf("hf19", row.area());
        double events =
            sink.total(
                c -> c.measureId().equals(synthetic.measureId()) && c.baseUnit().equals(unit));
        assertThat(events)
            .as("%s %s", synthetic.measureId(), row.area())
            .isEqualTo(Math.round(row.requireNumber("antsnitt") * 3));
      }
    }
    assertThat(sink.counts()).allMatch(c -> c.age() <= 18 && c.year() >= 2022 && c.year() <= 2024);
  }

  @Test
  void the_synthetic_ages_follow_the_atlas_age_distribution() {
    RecordingSink sink = new RecordingSink();
    new ChildHealthSyntheticLoader().load(context(), sink);
    // innl_rb1 datasett_4: far more admitted children are infants than teenagers
    double infants = sink.total(c -> c.measureId().equals("admissions") && c.age() == 0);
    double fifteen = sink.total(c -> c.measureId().equals("admissions") && c.age() == 15);
    assertThat(infants).isGreaterThan(2 * fifteen);
    double boys = sink.total(c -> c.measureId().equals("admissions") && c.sex() == Sex.MALE);
    double girls = sink.total(c -> c.measureId().equals("admissions") && c.sex() == Sex.FEMALE);
    assertThat(boys).isGreaterThan(girls);
  }
}
