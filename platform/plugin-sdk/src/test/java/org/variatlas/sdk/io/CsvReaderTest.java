package org.variatlas.sdk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Sex;

class CsvReaderTest {

  @TempDir Path dir;

  private static CsvReader csv(String text, char delimiter) {
    return CsvReader.of(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", delimiter);
  }

  @Test
  void bytes_that_are_not_utf8_stop_the_reading_with_their_line() {
    byte[] latin1 = "a,b\n1,ok\n2,Tr\u00f8ndelag\n3,x\n".getBytes(StandardCharsets.ISO_8859_1);
    CsvReader reader = CsvReader.of(new ByteArrayInputStream(latin1), "extract.csv", ',');
    assertThatThrownBy(() -> reader.forEach(row -> row.get("b")))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> {
              assertThat(e.problem().rule()).isEqualTo("not-utf8");
              assertThat(e.problem().where().line()).isEqualTo(3);
              assertThat(e.problem().where().file()).isEqualTo("extract.csv");
            });
  }

  @Test
  void reads_typed_values_with_their_lines() {
    try (CsvReader csv =
        csv("kommune,year,sex,age,n\r\n0301,2024,female,3,12\r\n\r\n5001,2023,m,4,7\r\n", ',')) {
      csv.requireColumns("kommune", "year", "sex", "age", "n");
      List<String> seen = new ArrayList<>();
      for (CsvRow row : csv) {
        seen.add(
            row.line()
                + ":"
                + row.require("kommune")
                + ":"
                + row.getInt("year")
                + ":"
                + row.getSex("sex")
                + ":"
                + row.getDouble("n"));
      }
      assertThat(seen).containsExactly("2:0301:2024:FEMALE:12.0", "4:5001:2023:MALE:7.0");
    }
  }

  @Test
  void strips_a_byte_order_mark_and_handles_quotes_and_semicolons() {
    try (CsvReader csv = csv("\uFEFFname;note\n\"St. Olav\";\"a \"\"quoted\"\"; value\"\n", ';')) {
      CsvRow row = csv.iterator().next();
      assertThat(csv.header()).containsExactly("name", "note");
      assertThat(row.get("name")).isEqualTo("St. Olav");
      assertThat(row.get("note")).isEqualTo("a \"quoted\"; value");
    }
  }

  @Test
  void a_line_break_inside_quotes_belongs_to_the_value_and_lines_stay_right() {
    try (CsvReader csv = csv("a,b\n\"two\nlines\",x\n1,y\n", ',')) {
      var it = csv.iterator();
      assertThat(it.next().get("a")).isEqualTo("two\nlines");
      CsvRow next = it.next();
      assertThat(next.line()).isEqualTo(4);
      assertThat(next.get("b")).isEqualTo("y");
    }
  }

  @Test
  void a_missing_column_is_reported_on_the_header_line() {
    try (CsvReader csv = csv("kommune,year\n0301,2024\n", ',')) {
      assertThatThrownBy(() -> csv.requireColumns("kommune", "year", "events"))
          .isInstanceOfSatisfying(
              SourceProblemException.class,
              e -> {
                assertThat(e.problem().rule()).isEqualTo("wrong-columns");
                assertThat(e.problem().where().line()).isEqualTo(1);
                assertThat(e.getMessage()).contains("[events]");
              });
    }
  }

  @Test
  void an_unexpected_column_is_reported() {
    try (CsvReader csv = csv("a,b,c\n", ',')) {
      assertThatThrownBy(() -> csv.requireExactColumns(List.of("a", "b"), List.of()))
          .hasMessageContaining("unexpected column(s) [c]");
    }
  }

  @Test
  void a_malformed_number_names_file_line_column_and_value() {
    try (CsvReader csv = csv("year,n\n2024,12\n2024,1x2\n", ',')) {
      var it = csv.iterator();
      it.next();
      CsvRow bad = it.next();
      assertThatThrownBy(() -> bad.getDouble("n"))
          .isInstanceOfSatisfying(
              SourceProblemException.class,
              e -> {
                assertThat(e.problem().rule()).isEqualTo("not-a-number");
                assertThat(e.problem().where().toString())
                    .isEqualTo("t.csv:3, column 'n', value '1x2'");
              });
    }
  }

  @Test
  void a_row_with_the_wrong_number_of_cells_is_a_located_problem() {
    try (CsvReader csv = csv("a,b\n1,2,3\n", ',')) {
      assertThatThrownBy(() -> csv.iterator().next())
          .isInstanceOfSatisfying(
              SourceProblemException.class,
              e -> assertThat(e.problem().where().line()).isEqualTo(2));
    }
  }

  @Test
  void reads_gzip_files_and_reports_unreadable_ones() throws IOException {
    Path gz = dir.resolve("p.csv.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write("x\n1\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());
    try (CsvReader csv = CsvReader.open(gz, "p.csv.gz", ',')) {
      assertThat(csv.iterator().next().getInt("x")).isEqualTo(1);
    }
    assertThatThrownBy(() -> CsvReader.open(dir.resolve("absent.csv"), "absent.csv", ','))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> assertThat(e.problem().rule()).isEqualTo("unreadable-file"));
  }

  @Test
  void sex_codes_of_the_sources_are_understood_and_others_refused() {
    assertThat(Sex.parse("K")).isEqualTo(Sex.FEMALE);
    assertThat(Sex.parse("2")).isEqualTo(Sex.FEMALE);
    assertThat(Sex.parse("male")).isEqualTo(Sex.MALE);
    try (CsvReader csv = csv("sex\nx\n", ',')) {
      assertThatThrownBy(() -> csv.iterator().next().getSex("sex"))
          .hasMessageContaining("value 'x'");
    }
  }
}
