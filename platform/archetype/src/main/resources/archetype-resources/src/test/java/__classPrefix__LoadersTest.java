package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.model.Sex;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;
import org.variatlas.sdk.testing.RecordingSink;

/** The loaders on in-memory stand-ins of the platform's geography and population: fast. */
class ${classPrefix}LoadersTest {

  @TempDir Path dataDirectory;

  private InMemoryGeography geography;
  private InMemoryPopulation population;

  @BeforeEach
  void fourAreasWithOnePopulationEach() {
    geography =
        new InMemoryGeography()
            .areasWithOwnBaseUnit("hf", java.util.List.of("Finnmark", "UNN", "Nordland", "Helgeland"));
    population = new InMemoryPopulation();
    for (String baseUnit : geography.baseUnits()) {
      population.band(baseUnit, 2020, 2024, 0, 105, 200);
    }
  }

  @Test
  void the_published_rates_go_out_one_per_area_and_year() {
    RecordingLoadContext context = context();
    RecordingSink sink = new RecordingSink();

    new ${classPrefix}PublishedLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    assertThat(sink.published()).hasSize(25);
    assertThat(sink.published()).allMatch(v -> v.indicatorId().equals("operations-published"));
  }

  @Test
  void demonstration_counts_add_up_to_the_sample_totals_of_each_area_and_year() {
    RecordingLoadContext context = context();
    RecordingSink sink = new RecordingSink();

    new ${classPrefix}SampleCountsLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    for (${classPrefix}Sample.Row row : ${classPrefix}Sample.rows()) {
      if (!row.level().equals("hf")) {
        continue;
      }
      String unit = geography.baseUnitOf("hf", row.area());
      double operations =
          sink.total(
              c ->
                  c.measureId().equals(${classPrefix}Topic.OPERATIONS)
                      && c.baseUnit().equals(unit)
                      && c.year() == row.year());
      assertThat(operations).as("%s %d", row.area(), row.year()).isEqualTo(row.operations());
    }
    assertThat(sink.counts()).allMatch(c -> c.age() >= 65);
  }

  @Test
  void a_registry_extract_is_read_into_the_measure_it_names() throws Exception {
    Path extract = dataDirectory.resolve("extract.csv");
    String unit = geography.baseUnitOf("hf", "UNN");
    Files.writeString(
        extract,
        "base_unit,year,sex,age,events\n" + unit + ",2024,female,84,3\n" + unit + ",2024,male,77,1\n");
    RecordingLoadContext context =
        context()
            .parameter("file", extract.toString())
            .parameter("measure", ${classPrefix}Topic.OPERATIONS);
    RecordingSink sink = new RecordingSink();

    new ${classPrefix}CountFileLoader().load(context, sink);

    assertThat(context.problems()).isEmpty();
    assertThat(sink.total(c -> c.sex() == Sex.FEMALE)).isEqualTo(3);
    assertThat(sink.total(c -> true)).isEqualTo(4);
  }

  private RecordingLoadContext context() {
    return new RecordingLoadContext(dataDirectory, geography, population);
  }
}
