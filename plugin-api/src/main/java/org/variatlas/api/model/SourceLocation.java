package org.variatlas.api.model;

/**
 * Where in a source a value came from: file (relative to the data directory where possible),
 * 1-based line (0 when not line-oriented), column name, and the raw value. Any part but the file
 * may be {@code null}.
 */
public record SourceLocation(String file, long line, String column, String value) {

  public SourceLocation {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("a source location needs a file");
    }
  }

  public static SourceLocation file(String file) {
    return new SourceLocation(file, 0, null, null);
  }

  public static SourceLocation line(String file, long line) {
    return new SourceLocation(file, line, null, null);
  }

  public SourceLocation at(String column, String value) {
    return new SourceLocation(file, line, column, value);
  }

  /** {@code file:line, column 'col', value 'v'}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (column != null) {
      s.append(", column '").append(column).append('\'');
    }
    if (value != null) {
      s.append(", value '").append(value).append('\'');
    }
    return s.toString();
  }
}
