package org.variatlas.sdk.helseatlas;

import java.util.Map;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/**
 * One row of a result-box data table ({@code {"area": "Finnmark", "ratesnitt": 55.4, ...}}). Typed
 * getters throw a {@link SourceProblemException} located at the row's line, naming the table and
 * column ({@code datasett_1.ratesnitt}) and the raw value.
 */
public final class ResultBoxRow {

  private final String file;
  private final String dataset;
  private final int index;
  private final long line;
  private final Map<String, Object> values;

  ResultBoxRow(String file, String dataset, int index, long line, Map<String, Object> values) {
    this.file = file;
    this.dataset = dataset;
    this.index = index;
    this.line = line;
    this.values = values;
  }

  /** The 0-based position of the row in its table. */
  public int index() {
    return index;
  }

  /** The raw values by column, as parsed (numbers are {@code Double}). */
  public Map<String, Object> values() {
    return values;
  }

  public boolean has(String column) {
    return values.get(column) != null;
  }

  /**
   * The area name as the source writes it (column {@code area}).
   *
   * @throws SourceProblemException ({@code missing-value}) when the row has none
   */
  public String area() {
    if (values.get("area") instanceof String area && !area.isBlank()) {
      return area;
    }
    throw problem("area", "missing-value", "the row names no area");
  }

  /**
   * A number, or null when the column is absent or JSON {@code null} (how the files write a figure
   * that is not published).
   *
   * @throws SourceProblemException ({@code not-a-number}) for text or other values
   */
  public Double number(String column) {
    Object value = values.get(column);
    if (value == null) {
      return null;
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      return d;
    }
    throw problem(column, "not-a-number", "not a number");
  }

  /**
   * A number that must be there.
   *
   * @throws SourceProblemException ({@code missing-value}, {@code not-a-number})
   */
  public double requireNumber(String column) {
    Double value = number(column);
    if (value == null) {
      throw problem(column, "missing-value", "a value is required");
    }
    return value;
  }

  /** Where the row starts in the file. */
  public SourceLocation location() {
    return new SourceLocation(file, line, dataset + "[" + index + "]", null);
  }

  /** Where one value of the row is, with the raw value. */
  public SourceLocation location(String column) {
    Object value = values.get(column);
    return new SourceLocation(
        file, line, dataset + "." + column, value == null ? null : String.valueOf(value));
  }

  /** A located problem about one value of this row. */
  public SourceProblemException problem(String column, String rule, String message) {
    String area = values.get("area") instanceof String s ? " (area '" + s + "')" : "";
    return new SourceProblemException(location(column), rule, message + area);
  }
}
