package org.variatlas.app.loads;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.postgresql.PGConnection;

/**
 * Rows for a (staging) table, loaded with PostgreSQL's {@code COPY ... FROM STDIN} (CSV), the
 * fastest way to bulk-load. Rows are spooled to a temporary file and copied when the stream is
 * closed: a COPY in progress locks its connection, and a loader may query the population (on the
 * same transaction) while it writes. Not thread-safe.
 */
public final class CopyStream implements AutoCloseable {

  private final Supplier<Connection> connection;
  private final String sql;
  private final Path spool;
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(128);
  private long rows;
  private boolean closed;

  private CopyStream(Supplier<Connection> connection, String sql, Path spool) throws IOException {
    this.connection = connection;
    this.sql = sql;
    this.spool = spool;
    this.out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
  }

  /** A stream into {@code table (columns)}, copied on the run's (transaction's) connection. */
  static CopyStream open(Supplier<Connection> connection, String table, List<String> columns) {
    try {
      Path spool = Files.createTempFile("variatlas-copy-" + table + "-", ".csv");
      spool.toFile().deleteOnExit();
      return new CopyStream(
          connection,
          "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)",
          spool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spool file for " + table, e);
    }
  }

  /** One row; null is SQL NULL, everything else its {@code toString()}. */
  public void row(Object... values) {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      Object v = values[i];
      if (v == null) {
        continue; // an unquoted empty field is NULL in COPY's CSV format
      }
      String s = v.toString();
      if (v instanceof Number) {
        line.append(s);
      } else {
        line.append('"').append(s.replace("\"", "\"\"")).append('"');
      }
    }
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool rows to " + spool, e);
    }
    rows++;
  }

  public long rows() {
    return rows;
  }

  /** Copies the spooled rows into the table and deletes the spool file. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
      PGConnection pg = connection.get().unwrap(PGConnection.class);
      try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        pg.getCopyAPI().copyIn(sql, in, 1 << 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + spool, e);
    } catch (SQLException e) {
      throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException e) {
        // a temporary file the JVM deletes on exit anyway
      }
    }
  }
}
