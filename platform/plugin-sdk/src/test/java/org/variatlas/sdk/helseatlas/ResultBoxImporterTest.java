package org.variatlas.sdk.helseatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;
import org.variatlas.sdk.testing.RecordingSink;

class ResultBoxImporterTest {

  private static final String FILE =
      """
      {
        "innhold": [
          {
            "type": "barchart",
            "data": "datasett_1",
            "x": ["privratesnitt", "offratesnitt"],
            "annualVar": ["rate2022", "rate2023"],
            "errorBars": ["lo", "hi"]
          },
          {
            "type": "data",
            "label": "datasett_1",
            "national": "Norge",
            "data": [
              {
                "area": "Finnmark", "ratesnitt": 55.4, "lo": 50.1, "hi": 60.2, "antsnitt": 823.3,
                "popsnitt": 14841.3, "rate2022": 54.7, "rate2023": 56.1,
                "privratesnitt": 5.4, "offratesnitt": 50.0
              },
              {
                "area": "Norge", "ratesnitt": 44.0, "lo": null, "hi": null, "antsnitt": 51000,
                "popsnitt": 1190000, "rate2022": 45, "rate2023": 43,
                "privratesnitt": 4, "offratesnitt": 40
              },
              {
                "area": "Helse Nord", "ratesnitt": "n/a", "lo": 1, "hi": 2, "antsnitt": 3,
                "popsnitt": 4, "rate2022": 5, "rate2023": 6,
                "privratesnitt": 7, "offratesnitt": 8
              }
            ]
          }
        ]
      }
      """;

  private final RecordingLoadContext context =
      new RecordingLoadContext(Path.of("."), new InMemoryGeography(), new InMemoryPopulation());
  private final RecordingSink sink = new RecordingSink();

  private final PublishedSeries series =
      PublishedSeries.of("admissions", "datasett_1", "hf19", Period.of(2022, 2023))
          .value("ratesnitt")
          .confidence95("lo", "hi")
          .numerator("antsnitt")
          .denominator("popsnitt")
          .yearlyValue("rate{year}")
          .category("private", "privratesnitt")
          .category("public", "offratesnitt")
          .otherLevel("rhf", "Helse Nord")
          .build();

  @Test
  void the_file_gives_its_tables_and_charts_with_the_lines_rows_start_on() {
    ResultBoxFile file = ResultBoxFile.parse(FILE, "barn2025/innl.json");
    ResultBoxFile.Dataset dataset = file.dataset("datasett_1");
    assertThat(dataset.nationalName()).isEqualTo("Norge");
    assertThat(dataset.rows()).hasSize(3);
    assertThat(dataset.rows().get(1).location().line()).isEqualTo(20);
    assertThat(file.barCharts().get(0).columns())
        .containsExactly("privratesnitt", "offratesnitt", "rate2022", "rate2023", "lo", "hi");
    assertThatThrownBy(() -> file.dataset("qwerty"))
        .isInstanceOf(SourceProblemException.class)
        .hasMessageContaining("datasett_1");
  }

  @Test
  void each_row_gives_its_period_value_its_yearly_values_and_its_stacked_parts() {
    ResultBoxFile file = ResultBoxFile.parse(FILE, "barn2025/innl.json");

    int written = ResultBoxImporter.publish(file, series, context, sink);

    assertThat(written).isEqualTo(10);
    PublishedValue finnmark = sink.published().get(0);
    assertThat(finnmark.areaName()).isEqualTo("Finnmark");
    assertThat(finnmark.level()).isEqualTo("hf19");
    assertThat(finnmark.period()).isEqualTo(Period.of(2022, 2023));
    assertThat(finnmark.value()).isEqualTo(55.4);
    assertThat(finnmark.lower95()).isEqualTo(50.1);
    assertThat(finnmark.numerator()).isEqualTo(823.3);
    assertThat(finnmark.denominator()).isEqualTo(14841.3);
    assertThat(finnmark.where().toString())
        .isEqualTo("barn2025/innl.json:15, column 'datasett_1.ratesnitt', value '55.4'");
    assertThat(sink.published())
        .filteredOn(v -> v.areaName().equals("Finnmark") && v.period().isSingleYear())
        .extracting(PublishedValue::value)
        .containsExactly(54.7, 56.1);
    assertThat(sink.published())
        .filteredOn(v -> v.areaName().equals("Norge") && v.category() != null)
        .extracting(PublishedValue::category, PublishedValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("private", 4.0),
            org.assertj.core.groups.Tuple.tuple("public", 40.0));
  }

  @Test
  void a_bad_value_is_reported_with_its_line_and_its_row_is_left_out() {
    ResultBoxFile file = ResultBoxFile.parse(FILE, "barn2025/innl.json");

    ResultBoxImporter.publish(file, series, context, sink);

    assertThat(context.problems()).hasSize(1);
    assertThat(context.problems().get(0).toString())
        .isEqualTo(
            "barn2025/innl.json:25, column 'datasett_1.ratesnitt', value 'n/a': not a number"
                + " (area 'Helse Nord') [not-a-number]");
    assertThat(sink.published()).noneMatch(v -> v.areaName().equals("Helse Nord"));
  }

  @Test
  void rows_of_another_level_keep_their_own_level() {
    String good = FILE.replace("\"n/a\"", "12.5");
    ResultBoxImporter.publish(ResultBoxFile.parse(good, "f.json"), series, context, sink);
    assertThat(sink.published())
        .filteredOn(v -> v.areaName().equals("Helse Nord"))
        .allMatch(v -> v.level().equals("rhf"));
  }

  @Test
  void a_column_the_table_lacks_stops_the_file() {
    PublishedSeries wrong =
        PublishedSeries.of("x", "datasett_1", "hf19", Period.of(2022, 2024))
            .value("ratesnitt")
            .yearlyValue("rate{year}")
            .build();
    ResultBoxFile file = ResultBoxFile.parse(FILE, "f.json");
    assertThatThrownBy(() -> ResultBoxImporter.publish(file, wrong, context, sink))
        .isInstanceOf(SourceProblemException.class)
        .hasMessageContaining("rate2024")
        .hasMessageContaining("[unknown-column]");
  }
}
