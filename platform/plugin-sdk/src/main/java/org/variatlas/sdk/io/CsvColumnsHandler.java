package org.variatlas.sdk.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/** Collects the records FastCSV tokenises straight into dictionary codes. */
final class CsvColumnsHandler extends TrimmedCellsHandler {
  final String name;
  String[] header;
  Map<String, Integer> index;
  CsvDictionary[] dictionaries;
  int[][] codes;
  long[] lines = new long[1 << 12];
  int rows;
  private final List<String> headerCells = new ArrayList<>();
  private int[] row = new int[16];

  CsvColumnsHandler(String name) {
    this.name = name;
  }

  @Override
  void cell(char[] buf, int from, int to, boolean quoted) {
    if (header == null) {
      addHeaderCell(headerCells, buf, from, to);
    } else if (fields < dictionaries.length) {
      row[fields] = dictionaries[fields].code(buf, from, to - from);
    }
  }

  @Override
  protected Boolean buildRecord() {
    if (empty) {
      return Boolean.FALSE;
    }
    if (header == null) {
      header(headerCells.toArray(String[]::new));
      return Boolean.TRUE;
    }
    boolean allEmpty = true;
    for (int c = 0; c < Math.min(fields, dictionaries.length); c++) {
      allEmpty &= dictionaries[c].isEmpty(row[c]);
    }
    if (allEmpty) {
      return Boolean.FALSE;
    }
    if (fields != header.length) {
      throw new CsvParseException(
          "wrong cell count",
          new SourceProblemException(
              SourceLocation.line(name, line),
              "wrong-cell-count",
              "the row has " + fields + " cells, the header " + header.length));
    }
    if (rows == lines.length) {
      lines = Arrays.copyOf(lines, rows * 2);
      for (int c = 0; c < codes.length; c++) {
        codes[c] = Arrays.copyOf(codes[c], rows * 2);
      }
    }
    lines[rows] = line;
    for (int c = 0; c < codes.length; c++) {
      codes[c][rows] = row[c];
    }
    rows++;
    return Boolean.TRUE;
  }

  /** Appends the rows another handler read with the same header (codes mapped to this one's). */
  void append(CsvColumnsHandler other) {
    int[][] remap = new int[codes.length][];
    for (int c = 0; c < codes.length; c++) {
      CsvDictionary theirs = other.dictionaries[c];
      remap[c] = new int[theirs.size()];
      for (int code = 0; code < remap[c].length; code++) {
        char[] text = theirs.chars(code);
        remap[c][code] = dictionaries[c].code(text, 0, text.length);
      }
    }
    int total = rows + other.rows;
    lines = Arrays.copyOf(lines, Math.max(total, 1));
    System.arraycopy(other.lines, 0, lines, rows, other.rows);
    for (int c = 0; c < codes.length; c++) {
      codes[c] = Arrays.copyOf(codes[c], Math.max(total, 1));
      for (int r = 0; r < other.rows; r++) {
        codes[c][rows + r] = remap[c][other.codes[c][r]];
      }
    }
    rows = total;
  }

  void header(String[] cells) {
    header = cells;
    index = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      if (index.putIfAbsent(cells[i], i) != null) {
        throw new CsvParseException(
            "duplicate column",
            new SourceProblemException(
                SourceLocation.line(name, 1).at(cells[i], null),
                "duplicate-column",
                "the header names column '" + cells[i] + "' twice"));
      }
    }
    dictionaries = new CsvDictionary[cells.length];
    codes = new int[cells.length][lines.length];
    for (int c = 0; c < cells.length; c++) {
      dictionaries[c] = new CsvDictionary();
    }
    row = new int[Math.max(cells.length, 1)];
  }
}
