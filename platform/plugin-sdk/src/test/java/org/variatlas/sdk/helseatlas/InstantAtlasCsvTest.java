package org.variatlas.sdk.helseatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.sdk.testing.InMemoryGeography;
import org.variatlas.sdk.testing.InMemoryPopulation;
import org.variatlas.sdk.testing.RecordingLoadContext;

class InstantAtlasCsvTest {

  @TempDir Path dir;

  @Test
  void rows_are_read_with_year_area_and_figures_and_bad_values_are_located() throws IOException {
    Path file = dir.resolve("dagkir2.csv");
    Files.writeString(
        file,
        "\uFEFFlevel2_name;area;level1;level1_name;area_name;atlas;atlas_name;value;numerator;"
            + "denominator;type;numerator_name;denominator_name;period\r\n"
            + "2013;6;1;Skulderkirurgi (Acromion);St. Olavs;1;Dagkirurgi;238.1;181;75207;rate;"
            + "antall;innbyggere;2013-2017\r\n"
            + "2014;8888;1;Skulderkirurgi (Acromion);Norge;1;Dagkirurgi;x;181;75207;rate;"
            + "antall;innbyggere;2013-2017\r\n");
    RecordingLoadContext context =
        new RecordingLoadContext(dir, new InMemoryGeography(), new InMemoryPopulation());
    List<InstantAtlasCsv.Row> rows = new ArrayList<>();

    InstantAtlasCsv.read(file, "legacy/dagkir2.csv", context, rows::add);

    assertThat(rows).hasSize(1);
    InstantAtlasCsv.Row row = rows.get(0);
    assertThat(row.year()).isEqualTo(2013);
    assertThat(row.areaName()).isEqualTo("St. Olavs");
    assertThat(row.isNational()).isFalse();
    assertThat(row.value()).isEqualTo(238.1);
    assertThat(row.numerator()).isEqualTo(181.0);
    assertThat(row.denominator()).isEqualTo(75207.0);
    assertThat(row.lower()).isNull();
    assertThat(context.problems())
        .singleElement()
        .hasToString(
            "legacy/dagkir2.csv:3, column 'value', value 'x': not a number (use '.' as decimal mark) [not-a-number]");
  }
}
