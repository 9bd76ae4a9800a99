package org.variatlas.sdk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.io.SourceProblemException;

class CsvColumnsTest {

  private static CsvColumns read(String text) {
    return CsvColumns.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", ',');
  }

  @Test
  void equal_texts_share_a_code_and_numbers_are_parsed_once_per_text() {
    CsvColumns csv = read("\uFEFFunit, n\r\n0301,12\n\n 0301 ,\"1,5\"\n,\n5001,12\n");
    assertThat(csv.header()).containsExactly("unit", "n");
    assertThat(csv.rows()).isEqualTo(3);
    int unit = csv.column("unit");
    assertThat(csv.codes(unit)[0]).isEqualTo(csv.codes(unit)[1]);
    assertThat(csv.text(0, unit)).isEqualTo("0301");
    assertThat(csv.text(2, unit)).isEqualTo("5001");
    assertThat(csv.line(1)).isEqualTo(4);
    int n = csv.column("n");
    double[] numbers = csv.numbers(n);
    assertThat(numbers[csv.codes(n)[0]]).isEqualTo(12.0);
    assertThat(numbers[csv.codes(n)[1]]).isNaN();
    assertThat(csv.location(1, n)).hasToString("t.csv:4, column 'n', value '1,5'");
  }

  @Test
  void a_large_file_plain_or_gzip_read_in_two_halves_equals_the_file_read_in_one(@TempDir Path dir)
      throws IOException {
    StringBuilder text = new StringBuilder("group,stratum,n\n");
    for (int i = 0; i < 400_000; i++) {
      text.append("area").append(i % 997).append(',').append(i % 19).append(',').append(i);
      text.append(i % 1000 == 0 ? "\n\n" : "\n");
    }
    Path file = dir.resolve("big.csv");
    Files.writeString(file, text);
    Path gzip = dir.resolve("big.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(gzip)).as("a gzip file large enough for halves").isGreaterThan(1 << 19);
    CsvColumns whole = read(text.toString());
    for (CsvColumns halves :
        List.of(CsvColumns.read(file, "big.csv", ','), CsvColumns.read(gzip, "big.csv", ','))) {
      assertThat(halves.rows()).isEqualTo(whole.rows()).isEqualTo(400_000);
      for (int row : new int[] {0, 1, 199_999, 200_000, 200_001, 399_999}) {
        assertThat(halves.line(row)).isEqualTo(whole.line(row));
        for (int c = 0; c < 3; c++) {
          assertThat(halves.text(row, c)).isEqualTo(whole.text(row, c));
        }
      }
      assertThat(halves.codes(0)[5]).isEqualTo(halves.codes(0)[5 + 997]);
    }
  }

  @Test
  void a_row_with_another_cell_count_is_located() {
    assertThatThrownBy(() -> read("a,b\n1,2\n1,2,3\n"))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> {
              assertThat(e.problem().rule()).isEqualTo("wrong-cell-count");
              assertThat(e.problem().where().line()).isEqualTo(3);
            });
    assertThatThrownBy(() -> read(""))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> assertThat(e.problem().rule()).isEqualTo("empty-file"));
  }
}
