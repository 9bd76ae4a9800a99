package org.variatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.variatlas.sdk.io.CsvWriter;

class CsvOutputTest {

  @Test
  void quotes_and_prints_as_the_projects_csv_writer() {
    Object[][] rows = {
      {"#first", "#later", "a,b", "say \"hi\"", "two\nlines", "cr\r", "Tromsø", null, ""},
      {2.0, 0.1, Double.NaN, 3, -7.25, 1e20, 0.5f, "x", null}
    };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvOutput out = new CsvOutput(bytes);
    for (Object[] row : rows) {
      out.row(row);
    }
    out.flush();
    String expected =
        CsvWriter.toText(
            CsvWriter.Lines.LF,
            csv -> {
              for (Object[] row : rows) {
                csv.row(row);
              }
            });
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
