package org.variatlas.sdk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.variatlas.api.io.SourceProblemException;

class CsvCellsTest {

  /** Records what a read hands over as text: the header, then "line:cell|cell|...(count)". */
  private static class Record implements CsvCells.Visitor {
    final List<String> seen = new ArrayList<>();
    private final StringBuilder row = new StringBuilder();

    @Override
    public void header(List<String> names) {
      seen.add(String.join("|", names));
    }

    @Override
    public void cell(int column, char[] text, int from, int to) {
      row.append(column == 0 ? "" : "|").append(text, from, to - from);
    }

    @Override
    public void row(long line, int cells) {
      seen.add(line + ":" + row + "(" + cells + ")");
      row.setLength(0);
    }
  }

  private static final String CSV =
      "\uFEFFgroup, n\r\nTromsø ,12\n\n\"Bergen, Haukeland\",\"1\"\"5\"\n,\n a ,1,extra\n";

  @Test
  void hands_over_trimmed_cells_of_each_row_as_the_csv_reader_reads_them() {
    Record fromStream = new Record();
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    CsvCells.read(new ByteArrayInputStream(bytes), "t.csv", ',', fromStream);
    Record fromBytes = new Record();
    CsvCells.read(bytes, "t.csv", ',', fromBytes);
    assertThat(fromStream.seen)
        .containsExactly(
            "group|n", "2:Tromsø|12(2)", "4:Bergen, Haukeland|1\"5(2)", "5:|(2)", "6:a|1(3)");
    assertThat(fromBytes.seen).isEqualTo(fromStream.seen);
  }

  @Test
  void reads_a_part_of_the_bytes_under_a_given_header() {
    byte[] bytes = "g,n\na,1\nb,2\nc,3\n".getBytes(StandardCharsets.UTF_8);
    Record part = new Record();
    assertThat(CsvCells.read(bytes, 8, bytes.length, List.of("g", "n"), "t.csv", ',', part))
        .as("a quoted cell")
        .isFalse();
    assertThat(
            CsvCells.read(
                "g,n\n\"a\",1\n".getBytes(StandardCharsets.UTF_8),
                0,
                10,
                null,
                "t.csv",
                ',',
                new Record()))
        .isTrue();
    assertThat(part.seen).containsExactly("g|n", "1:b|2(2)", "2:c|3(2)");
  }

  @Test
  void reports_an_empty_file_a_repeated_column_and_what_the_visitor_throws() {
    assertThatThrownBy(() -> CsvCells.read(new byte[0], "t.csv", ',', new Record()))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> assertThat(e.problem().rule()).isEqualTo("empty-file"));
    assertThatThrownBy(
            () ->
                CsvCells.read(
                    "a,a\n1,2\n".getBytes(StandardCharsets.UTF_8), "t.csv", ',', new Record()))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> assertThat(e.problem().rule()).isEqualTo("duplicate-column"));
    CsvCells.Visitor refusing =
        new Record() {
          @Override
          public void row(long line, int cells) {
            throw new IllegalStateException("no rows here");
          }
        };
    assertThatThrownBy(
            () -> CsvCells.read("a\n1\n".getBytes(StandardCharsets.UTF_8), "t.csv", ',', refusing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no rows here");
  }
}
