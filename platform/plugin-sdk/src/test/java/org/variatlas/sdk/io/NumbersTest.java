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
    assertThat(Numbers.value(("x" + text + "y").toCharArray(), 1, text.length() + 1)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12",
        "-7",
        "+3.25",
        ".5",
        "1.",
        "-0",
        "0.1",
        "0.30000000000000004",
        "123456789012345",
        "1234567890123456",
        "99999.99999999999",
        "000012.50",
        "1.5E-3",
        "12345678901234567890",
        "4.9e-324"
      })
  void reads_from_characters_exactly_as_from_a_string(String text) {
    char[] chars = (" " + text + ",").toCharArray();
    double fromChars = Numbers.value(chars, 1, text.length() + 1);
    assertThat(Double.doubleToRawLongBits(fromChars))
        .as(text)
        .isEqualTo(Double.doubleToRawLongBits(Numbers.parse(text)));
  }

  @Test
  void reads_random_decimals_from_characters_exactly_as_java_does() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 100_000; i++) {
      String text =
          java.math.BigDecimal.valueOf(
                  random.nextLong() % 1_000_000_000_000_000L, random.nextInt(20))
              .toPlainString();
      assertThat(Numbers.value(text.toCharArray(), 0, text.length()))
          .as(text)
          .isEqualTo(Double.parseDouble(text));
    }
    assertThat(Numbers.value("1e999".toCharArray(), 0, 5)).isNaN();
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
