package org.variatlas.app.loads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY ... FROM STDIN} (CSV), the fastest way
 * to bulk-load: used to stage a run's rows in its temporary tables. Not thread-safe.
 */
public final class CopyStream implements AutoCloseable {

  private static final int FLUSH_AT = 1 << 18;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
  private long rows;

  private CopyStream(CopyIn copy) {
    this.copy = copy;
  }

  /** Starts a COPY into {@code table (columns)} on the run's (transaction's) connection. */
  static CopyStream open(Connection connection, String table, List<String> columns) {
    try {
      PGConnection pg = connection.unwrap(PGConnection.class);
      String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
      return new CopyStream(pg.getCopyAPI().copyIn(sql));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start COPY into " + table + ": " + e.getMessage(), e);
    }
  }

  /** One row; null is SQL NULL, everything else its {@code toString()}. */
  public void row(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append(',');
      }
      Object v = values[i];
      if (v == null) {
        continue; // an unquoted empty field is NULL in COPY's CSV format
      }
      String s = v.toString();
      if (v instanceof Number) {
        buffer.append(s);
      } else {
        buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
      }
    }
    buffer.append('\n');
    rows++;
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
  }

  public long rows() {
    return rows;
  }

  private void flush() {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("COPY failed: " + e.getMessage(), e));
    }
  }

  /** Sends what is buffered and ends the COPY. */
  @Override
  public void close() {
    flush();
    try {
      copy.endCopy();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("COPY failed: " + e.getMessage(), e));
    }
  }
}
