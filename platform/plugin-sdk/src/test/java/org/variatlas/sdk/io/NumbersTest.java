package org.variatlas.sdk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.variatlas.api.io.SourceProblemException;

class NumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.5d",
        "0x1p3",
        "1,234",
        "1 234",
        "NaN",
        "Infinity",
        "-",
        ".",
        "1e",
        "e5",
        "",
        "1.2.3",
        "٣"
      })
  void refuses_what_is_not_a_plain_decimal(String text) {
    assertThat(Numbers.isNumber(text)).isFalse();
    assertThatThrownBy(() -> Numbers.parse(text)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void reads_plain_decimals_with_an_optional_exponent() {
    assertThat(Numbers.parse("12")).isEqualTo(12.0);
    assertThat(Numbers.parse("-7")).isEqualTo(-7.0);
    assertThat(Numbers.parse("+3.25")).isEqualTo(3.25);
    assertThat(Numbers.parse(".5")).isEqualTo(0.5);
    assertThat(Numbers.parse("1.")).isEqualTo(1.0);
    assertThat(Numbers.parse("1.5E-3")).isEqualTo(0.0015);
    assertThat(Numbers.parse("12345678901234567890")).isEqualTo(1.2345678901234567e19);
    assertThatThrownBy(() -> Numbers.parse("1e999")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void the_csv_reader_and_writer_use_the_rule() {
    try (CsvReader csv =
        CsvReader.of(new java.io.ByteArrayInputStream("n\n\"1,234\"\n".getBytes()), "t.csv", ',')) {
      CsvRow row = csv.iterator().next();
      assertThatThrownBy(() -> row.getDouble("n"))
          .isInstanceOfSatisfying(
              SourceProblemException.class,
              e -> assertThat(e.problem().rule()).isEqualTo("not-a-number"));
    }
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.of(out, CsvWriter.Lines.LF)) {
      csv.row("a,b", 2.0, 0.1, null, Double.NaN, 3L, "say \"hi\"");
    }
    assertThat(out).hasToString("\"a,b\",2,0.1,,,3,\"say \"\"hi\"\"\"\n");
  }
}
