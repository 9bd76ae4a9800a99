package org.variatlas.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows assigned to groups in order of first appearance, with the rows of each group in input order:
 * the compressed layout (offsets + row order) the engine's batch calculations take.
 */
final class RowGroups {

  private final List<String> names;
  private final int[] groupOfRow;
  private final int[] offsets;
  private final int[] rowOrder;

  private RowGroups(List<String> names, int[] groupOfRow) {
    this.names = names;
    this.groupOfRow = groupOfRow;
    this.offsets = new int[names.size() + 1];
    for (int g : groupOfRow) {
      offsets[g + 1]++;
    }
    for (int g = 0; g < names.size(); g++) {
      offsets[g + 1] += offsets[g];
    }
    int[] next = offsets.clone();
    this.rowOrder = new int[groupOfRow.length];
    for (int row = 0; row < groupOfRow.length; row++) {
      rowOrder[next[groupOfRow[row]]++] = row;
    }
  }

  /** Groups the rows of {@code table} by the text of {@code column}. */
  static RowGroups of(CsvTable table, int column) throws CliException {
    // Equal texts have equal codes: group by code, numbering groups in order of first appearance.
    int[] codes = table.codes(column);
    int[] groupOfCode = new int[table.distinct(column)];
    java.util.Arrays.fill(groupOfCode, -1);
    List<String> names = new ArrayList<>();
    int[] groupOfRow = new int[table.size()];
    for (int row = 0; row < table.size(); row++) {
      int code = codes[row];
      if (groupOfCode[code] < 0) {
        names.add(table.requiredText(row, column));
        groupOfCode[code] = names.size() - 1;
      }
      groupOfRow[row] = groupOfCode[code];
    }
    return new RowGroups(names, groupOfRow);
  }

  /** Groups named by {@code names}, each row's group given by its index. */
  static RowGroups of(List<String> names, int[] groupOfRow) {
    return new RowGroups(names, groupOfRow);
  }

  /** Groups with one row each; a repeated group is an error. */
  static RowGroups unique(CsvTable table, int column) throws CliException {
    RowGroups groups = of(table, column);
    for (int row = 0; row < table.size(); row++) {
      int g = groups.groupOfRow[row];
      if (groups.rowOrder[groups.offsets[g]] != row) {
        throw table.cellError(row, column, groups.names.get(g), "group appears more than once");
      }
    }
    return groups;
  }

  List<String> names() {
    return names;
  }

  int size() {
    return names.size();
  }

  /** Group offsets into {@link #rowOrder()}, length groups + 1. */
  int[] offsets() {
    return offsets;
  }

  /** Row indices sorted by group, stable. */
  int[] rowOrder() {
    return rowOrder;
  }

  int groupOfRow(int row) {
    return groupOfRow[row];
  }

  /** Sums a per-row column per group (NaN propagates, as R's sum). */
  double[] sum(double[] perRow) {
    double[] out = new double[size()];
    for (int row = 0; row < perRow.length; row++) {
      out[groupOfRow[row]] += perRow[row];
    }
    return out;
  }

  /** A per-row column in group order (to pair with {@link #offsets()}). */
  double[] reorder(double[] perRow) {
    double[] out = new double[rowOrder.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = perRow[rowOrder[i]];
    }
    return out;
  }
}
