package org.variatlas.sdk.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Sex;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;
import org.variatlas.sdk.testing.RecordingSink;

class CountFileTest {

  private static final List<MeasureDefinition> MEASURES =
      List.of(
          MeasureDefinition.events("shoulder-procedures", LocalizedText.of("Shoulder")),
          MeasureDefinition.events("cataract-procedures", LocalizedText.of("Cataract")));

  @TempDir Path dir;

  private RecordingLoadContext context() {
    return new RecordingLoadContext(dir, new InMemoryGeography(), new InMemoryPopulation());
  }

  @Test
  void rows_go_to_the_measure_the_parameter_names() throws IOException {
    Files.writeString(
        dir.resolve("extract.csv"),
        "base_unit,year,sex,age,events\n0301,2017,female,54,3\n030105,2017,m,7,1\n");
    RecordingLoadContext context =
        context().parameter("file", "extract.csv").parameter("measure", "cataract-procedures");
    RecordingSink sink = new RecordingSink();

    long rows = CountFile.load(context, sink, MEASURES);

    assertThat(rows).isEqualTo(2);
    assertThat(sink.counts())
        .extracting(
            c -> c.measureId(), c -> c.baseUnit(), c -> c.sex(), c -> c.age(), c -> c.count())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cataract-procedures", "0301", Sex.FEMALE, 54, 3.0),
            org.assertj.core.groups.Tuple.tuple("cataract-procedures", "030105", Sex.MALE, 7, 1.0));
    assertThat(sink.counts().get(0).where().toString())
        .isEqualTo("extract.csv:2, column 'events', value '3'");
    assertThat(context.problems()).isEmpty();
  }

  @Test
  void without_a_measure_parameter_the_file_name_names_the_measure() throws IOException {
    Files.writeString(
        dir.resolve("shoulder-procedures.csv"),
        "base_unit,year,sex,age,events,category\n5001,2016,male,50,2,public\n");
    RecordingSink sink = new RecordingSink();

    CountFile.load(context().parameter("file", "shoulder-procedures.csv"), sink, MEASURES);

    assertThat(sink.counts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.measureId()).isEqualTo("shoulder-procedures");
              assertThat(c.category()).isEqualTo("public");
            });
  }

  @Test
  void every_bad_value_is_reported_with_line_and_column_and_the_good_rows_still_read()
      throws IOException {
    Files.writeString(
        dir.resolve("bad.csv"),
        "base_unit,year,sex,age,events\n"
            + "301,2017,female,54,3\n"
            + "0301,2017,x,54,3\n"
            + "0301,2017,male,106,3\n"
            + "0301,twenty,male,6,3\n"
            + "0301,2017,male,6,2\n");
    RecordingLoadContext context =
        context().parameter("file", "bad.csv").parameter("measure", "shoulder-procedures");
    RecordingSink sink = new RecordingSink();

    CountFile.load(context, sink, MEASURES);

    assertThat(context.problems())
        .extracting(LoadProblem::toString)
        .containsExactly(
            "bad.csv:2, column 'base_unit', value '301': a base unit is a 4-digit kommune or"
                + " 6-digit bydel number with its leading zeros [bad-base-unit]",
            "bad.csv:3, column 'sex', value 'x': not a sex: 'x' (expected female/male, f/m, k/m"
                + " or 2/1) [bad-sex]",
            "bad.csv:4, column 'age', value '106': age must be 0-105 (105 = 105 or older)"
                + " [age-out-of-range]",
            "bad.csv:5, column 'year', value 'twenty': not a whole number [not-an-integer]");
    assertThat(sink.counts()).singleElement().satisfies(c -> assertThat(c.age()).isEqualTo(6));
  }

  @Test
  void wrong_columns_a_missing_file_parameter_or_an_unknown_measure_stop_the_run()
      throws IOException {
    Files.writeString(dir.resolve("x.csv"), "kommune,year,sex,age,events\n");
    RecordingSink sink = new RecordingSink();
    assertThatThrownBy(() -> CountFile.load(context(), sink, MEASURES))
        .isInstanceOf(SourceProblemException.class)
        .hasMessageContaining("[missing-parameter]");
    assertThatThrownBy(() -> CountFile.load(context().parameter("file", "x.csv"), sink, MEASURES))
        .isInstanceOf(SourceProblemException.class)
        .hasMessageContaining("'x' is not a measure of this topic")
        .hasMessageContaining("shoulder-procedures, cataract-procedures");
    assertThatThrownBy(
            () ->
                CountFile.load(
                    context()
                        .parameter("file", "x.csv")
                        .parameter("measure", "shoulder-procedures"),
                    sink,
                    MEASURES))
        .isInstanceOf(SourceProblemException.class)
        .hasMessageContaining("[wrong-columns]")
        .hasMessageContaining("base_unit");
  }
}
