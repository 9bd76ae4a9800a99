package org.variatlas.engine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An input CSV file held in memory: a header row, then data rows; fields separated by commas,
 * optionally in double quotes ({@code ""} escapes a quote); {@code .} as decimal mark. An empty
 * cell (or R's {@code NA}) is missing. Extra columns are ignored. Every error names the source,
 * line, column, value and rule.
 */
final class CsvTable {

  /** Rules a numeric cell must meet. */
  enum Rule {
    ANY("must be a number"),
    NON_NEGATIVE("must be a number >= 0"),
    POSITIVE("must be a number > 0");

    private final String text;

    Rule(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }

    boolean accepts(double v) {
      return switch (this) {
        case ANY -> true;
        case NON_NEGATIVE -> v >= 0;
        case POSITIVE -> v > 0;
      };
    }
  }

  // Plain decimals with an optional exponent; Double.parseDouble alone would also take "NaN",
  // "Infinity", hex floats and a trailing "d".
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> columnIndex;
  private final List<String[]> rows;
  private final List<Integer> lines;

  private CsvTable(String source, List<String> header, List<String[]> rows, List<Integer> lines)
      throws CliException {
    this.source = source;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
    this.columnIndex = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (columnIndex.putIfAbsent(header.get(i), i) != null) {
        throw CliException.line(source, 1, "column '" + header.get(i) + "' appears twice");
      }
    }
  }

  /** Reads a whole CSV. */
  static CsvTable read(Reader reader, String source) throws CliException {
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      int lineNumber = 0;
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        int startLine = lineNumber;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        // A quoted field may span lines: keep reading until the quotes balance.
        while (quotesOpen(line)) {
          String next = in.readLine();
          if (next == null) {
            throw CliException.line(source, startLine, "a quoted field is never closed");
          }
          lineNumber++;
          line = line + "\n" + next;
        }
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = split(line);
        if (header == null) {
          header = fields.stream().map(String::trim).toList();
          continue;
        }
        if (fields.size() != header.size()) {
          throw CliException.line(
              source,
              startLine,
              "has " + fields.size() + " fields but the header has " + header.size());
        }
        rows.add(fields.toArray(new String[0]));
        lines.add(startLine);
      }
    } catch (IOException e) {
      throw CliException.file(source, "cannot be read: " + e.getMessage());
    }
    if (header == null) {
      throw CliException.file(source, "is empty: a header row is required");
    }
    return new CsvTable(source, header, rows, lines);
  }

  private static boolean quotesOpen(String line) {
    boolean open = false;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        open = !open;
      }
    }
    return open;
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  String source() {
    return source;
  }

  int size() {
    return rows.size();
  }

  /** The 1-based line of data row {@code row}. */
  int line(int row) {
    return lines.get(row);
  }

  /** The index of a required column. */
  int column(String name) throws CliException {
    Integer i = columnIndex.get(name);
    if (i == null) {
      throw CliException.line(
          source, 1, "missing column '" + name + "' (header: " + String.join(",", header) + ")");
    }
    return i;
  }

  /** The index of an optional column, or −1. */
  int optionalColumn(String name) {
    return columnIndex.getOrDefault(name, -1);
  }

  /** The trimmed text of a cell. */
  String text(int row, int column) {
    return rows.get(row)[column].trim();
  }

  /** A non-empty text cell. */
  String requiredText(int row, int column) throws CliException {
    String text = text(row, column);
    if (text.isEmpty()) {
      throw cellError(row, column, text, "a value is required");
    }
    return text;
  }

  /** A numeric cell that may be missing (NaN). */
  double number(int row, int column, Rule rule) throws CliException {
    String text = text(row, column);
    if (text.isEmpty() || text.equals("NA")) {
      return Double.NaN;
    }
    if (!NUMBER.matcher(text).matches()) {
      throw cellError(row, column, text, "not a number (use '.' as decimal mark)");
    }
    double v = Double.parseDouble(text);
    if (Double.isInfinite(v)) {
      throw cellError(row, column, text, "number out of range");
    }
    if (!rule.accepts(v)) {
      throw cellError(row, column, text, rule.text());
    }
    return v;
  }

  /** A numeric cell that must be present. */
  double requiredNumber(int row, int column, Rule rule) throws CliException {
    double v = number(row, column, rule);
    if (Double.isNaN(v)) {
      throw cellError(row, column, text(row, column), "a number is required");
    }
    return v;
  }

  /** An error located at a cell. */
  CliException cellError(int row, int column, String value, String rule) {
    return CliException.cell(source, line(row), header.get(column), value, rule);
  }
}
