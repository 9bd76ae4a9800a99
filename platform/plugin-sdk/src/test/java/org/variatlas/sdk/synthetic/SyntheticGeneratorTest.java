package org.variatlas.sdk.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;
import org.variatlas.sdk.testing.RecordingSink;

class SyntheticGeneratorTest {

  private static final SourceLocation WHERE = SourceLocation.line("published.csv", 7);

  private final InMemoryGeography geography =
      new InMemoryGeography()
          .national("Norge", "Noreg")
          .area("hf", "1", "Finnmark")
          .area("hf", "7", "St. Olav", "St. Olavs")
          .baseUnit("5601", "hf", "1")
          .baseUnit("5603", "hf", "1")
          .baseUnit("5001", "hf", "7");

  private final InMemoryPopulation population =
      new InMemoryPopulation()
          .band("5601", 2020, 2022, 0, 105, 100)
          .band("5603", 2020, 2022, 0, 105, 50)
          .band("5001", 2020, 2022, 0, 105, 300);

  private final RecordingLoadContext context =
      new RecordingLoadContext(Path.of("."), geography, population);
  private final RecordingSink sink = new RecordingSink();

  private final AgeSexProfile elderly =
      AgeSexProfile.builder().band(60, 79, 2, 1).band(80, 105, 3, 3).build();

  @Test
  void yearly_counts_of_an_area_add_up_to_the_total_and_follow_the_profile() {
    SyntheticGenerator generator =
        new SyntheticGenerator(context, "hf", Period.of(2020, 2022), PopulationFilter.everyone());
    AreaRef finnmark = generator.area("Finnmark", WHERE).orElseThrow();

    long written = generator.yearly("cataract", finnmark, 2021, 12_340, elderly, WHERE, sink);

    assertThat(written).isEqualTo(12_340);
    assertThat(sink.total(c -> c.year() == 2021)).isEqualTo(12_340);
    assertThat(sink.counts()).allMatch(c -> c.age() >= 60 && c.measureId().equals("cataract"));
    assertThat(sink.counts()).allMatch(c -> c.baseUnit().startsWith("560"));
    // twice the weight for women 60-79, twice the persons in 5601
    double women = sink.total(c -> c.sex() == Sex.FEMALE && c.age() < 80);
    double men = sink.total(c -> c.sex() == Sex.MALE && c.age() < 80);
    assertThat(women / men).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
    double big = sink.total(c -> c.baseUnit().equals("5601"));
    double small = sink.total(c -> c.baseUnit().equals("5603"));
    assertThat(big / small).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
    assertThat(context.problems()).isEmpty();
  }

  @Test
  void a_period_average_is_reproduced_exactly_and_split_over_the_years_by_rate() {
    SyntheticGenerator generator =
        new SyntheticGenerator(context, "hf", Period.of(2020, 2022), PopulationFilter.everyone());

    long written =
        generator.periodAverage(
            "admissions",
            "St. Olavs",
            823.333333,
            Map.of(2020, 1.0, 2021, 2.0, 2022, 1.0),
            elderly,
            WHERE,
            sink);

    assertThat(written).isEqualTo(2_470);
    assertThat(sink.total(c -> c.year() == 2021)).isEqualTo(1_235);
    assertThat(sink.total(c -> c.year() == 2020) + sink.total(c -> c.year() == 2022))
        .isEqualTo(1_235);
    assertThat(sink.counts()).allMatch(c -> c.baseUnit().equals("5001"));
  }

  @Test
  void a_small_total_is_spread_over_sex_and_five_year_bands_before_cells() {
    SyntheticGenerator generator =
        new SyntheticGenerator(context, "hf", Period.of(2020, 2022), PopulationFilter.everyone());
    AgeSexProfile flat = AgeSexProfile.builder().band(20, 69, 1, 1).build();
    AreaRef finnmark = generator.area("Finnmark", WHERE).orElseThrow();

    generator.yearly("m", finnmark, 2020, 20, flat, WHERE, sink);

    // ten bands of five years for each sex, equal weight: one event in each
    for (Sex sex : Sex.values()) {
      for (int band = 20; band < 70; band += 5) {
        int from = band;
        assertThat(sink.total(c -> c.sex() == sex && c.age() >= from && c.age() < from + 5))
            .as("%s %d-%d", sex, from, from + 4)
            .isEqualTo(1);
      }
    }
  }

  @Test
  void the_same_inputs_give_the_same_counts() {
    SyntheticGenerator generator =
        new SyntheticGenerator(context, "hf", Period.of(2020, 2022), PopulationFilter.everyone());
    AreaRef olav = generator.area("St. Olav", WHERE).orElseThrow();
    RecordingSink again = new RecordingSink();
    generator.yearly("m", olav, 2020, 999, elderly, WHERE, sink);
    generator.yearly("m", olav, 2020, 999, elderly, WHERE, again);
    assertThat(again.counts()).isEqualTo(sink.counts());
  }

  @Test
  void an_unknown_area_or_an_area_without_residents_is_reported_where_its_total_came_from() {
    SyntheticGenerator generator =
        new SyntheticGenerator(context, "hf", Period.of(2020, 2022), PopulationFilter.ages(0, 18));

    generator.periodAverage("m", "Atlantis", 10, Map.of(), elderly, WHERE, sink);
    AreaRef finnmark = generator.area("Finnmark", WHERE).orElseThrow();
    generator.yearly("m", finnmark, 2021, 5, elderly, WHERE, sink);

    assertThat(context.problems())
        .extracting(p -> p.rule())
        .containsExactly("unknown-area", "no-population");
    assertThat(context.problems()).allMatch(p -> p.where().equals(WHERE));
    assertThat(sink.counts()).isEmpty();
  }

  @Test
  void a_profile_from_an_age_distribution_reproduces_it_on_the_population() {
    SyntheticGenerator generator =
        new SyntheticGenerator(context, "hf", Period.of(2020, 2022), PopulationFilter.ages(0, 18));
    double[][] patients = new double[2][19];
    patients[Sex.FEMALE.ordinal()][0] = 30;
    patients[Sex.MALE.ordinal()][0] = 60;
    patients[Sex.MALE.ordinal()][10] = 30;
    AgeSexProfile profile = generator.profileFromCounts(patients);

    AreaRef olav = generator.area("St. Olav", WHERE).orElseThrow();
    generator.yearly("m", olav, 2022, 600, profile, WHERE, sink);

    assertThat(sink.total(c -> c.sex() == Sex.FEMALE && c.age() == 0)).isEqualTo(150);
    assertThat(sink.total(c -> c.sex() == Sex.MALE && c.age() == 0)).isEqualTo(300);
    assertThat(sink.total(c -> c.sex() == Sex.MALE && c.age() == 10)).isEqualTo(150);
  }
}
