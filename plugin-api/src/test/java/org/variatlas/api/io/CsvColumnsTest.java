package org.variatlas.api.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
