package org.variatlas.app.loads;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with PostgreSQL's binary {@code COPY ... FROM STDIN}: the fastest bulk
 * path (the server neither splits nor parses text). Each row is {@link #row(int)} followed by
 * exactly that many fields. Holds the connection's COPY until {@link #close()}; not thread-safe.
 */
public final class BinaryCopy implements AutoCloseable {

  /** PostgreSQL's type id of {@code integer}, the element type of an {@code integer[]} field. */
  private static final int INT4_OID = 23;

  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  private final CopyIn copy;
  private final byte[] buffer = new byte[1 << 16];
  private int used;
  private long rows;
  private boolean closed;

  private BinaryCopy(CopyIn copy) throws SQLException {
    this.copy = copy;
    System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
    used = HEADER.length;
  }

  /** Starts {@code COPY table (columns) FROM STDIN (FORMAT binary)} on the connection. */
  public static BinaryCopy open(Connection connection, String table, List<String> columns) {
    return open(connection, table, columns, "FORMAT binary");
  }

  /**
   * As {@link #open}, with {@code FREEZE}, for a table created in the current transaction (nobody
   * else sees it before the commit): its rows are written frozen and its pages marked all-visible,
   * so that building its indexes, validating its keys and the first reads after the commit skip the
   * per-row visibility checks and set no hint bits (no second write of every page).
   */
  public static BinaryCopy openFrozen(Connection connection, String table, List<String> columns) {
    return open(connection, table, columns, "FORMAT binary, FREEZE");
  }

  private static BinaryCopy open(
      Connection connection, String table, List<String> columns, String options) {
    try {
      // Plain SQL: COPY has no jOOQ form; table and column names are the caller's constants.
      String sql =
          "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (" + options + ")";
      return new BinaryCopy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
    }
  }

  /** Starts a row of {@code fields} fields. */
  public BinaryCopy row(int fields) {
    room(2);
    putShort(fields);
    rows++;
    return this;
  }

  /** A 4-byte integer field. */
  public BinaryCopy int4(int v) {
    room(8);
    putInt(4);
    putInt(v);
    return this;
  }

  /** An 8-byte integer field. */
  public BinaryCopy int8(long v) {
    room(12);
    putInt(8);
    putInt((int) (v >>> 32));
    putInt((int) v);
    return this;
  }

  /** An 8-byte floating-point (double precision) field; null is SQL NULL. */
  public BinaryCopy float8(Double v) {
    if (v == null) {
      room(4);
      putInt(-1);
      return this;
    }
    long bits = Double.doubleToLongBits(v);
    room(12);
    putInt(8);
    putInt((int) (bits >>> 32));
    putInt((int) bits);
    return this;
  }

  /** A text (varchar, text) field from its UTF-8 bytes; null is SQL NULL. */
  public BinaryCopy text(byte[] utf8) {
    if (utf8 == null) {
      room(4);
      putInt(-1);
      return this;
    }
    room(4 + utf8.length);
    putInt(utf8.length);
    if (utf8.length > buffer.length - used) {
      flush();
      write(utf8, utf8.length);
    } else {
      System.arraycopy(utf8, 0, buffer, used, utf8.length);
      used += utf8.length;
    }
    return this;
  }

  /**
   * A one-dimensional {@code integer[]} field (lower bound 1) of {@code values}, with SQL NULL
   * elements where {@code isNull} says so.
   */
  public BinaryCopy int4Array(int[] values, boolean[] isNull) {
    int nulls = nullCount(isNull);
    // Room for the whole field at once when it fits the buffer: no check per element.
    boolean fits = 24 + values.length * 8 <= buffer.length;
    room(fits ? 24 + values.length * 8 : 24);
    putInt(20 + values.length * 4 + (values.length - nulls) * 4);
    putInt(1); // dimensions
    putInt(nulls > 0 ? 1 : 0);
    putInt(INT4_OID);
    putInt(values.length);
    putInt(1); // lower bound
    for (int i = 0; i < values.length; i++) {
      if (!fits) {
        room(8);
      }
      if (isNull[i]) {
        putInt(-1);
      } else {
        putInt(4);
        putInt(values[i]);
      }
    }
    return this;
  }

  private static int nullCount(boolean[] isNull) {
    int n = 0;
    for (boolean b : isNull) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** A text field; null is SQL NULL. */
  public BinaryCopy text(String v) {
    return text(v == null ? null : v.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Rows encoded elsewhere in this format (each a field count and its fields, as {@link #row} and
   * the field methods write them), e.g. by a producer on another thread.
   */
  public void encoded(byte[] bytes, int length, long rowCount) {
    flush();
    write(bytes, length);
    rows += rowCount;
  }

  /** The rows written so far. */
  public long rows() {
    return rows;
  }

  /** Abandons the COPY (nothing of it is in the table), freeing the connection; after a failure. */
  public void cancel() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // the transaction is rolled back anyway
    }
  }

  /** Ends the COPY: the rows are in the table. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    room(2);
    putShort(-1);
    flush();
    try {
      copy.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
    }
  }

  private void room(int bytes) {
    if (buffer.length - used < bytes) {
      flush();
    }
  }

  private void flush() {
    write(buffer, used);
    used = 0;
  }

  private void write(byte[] bytes, int length) {
    if (length == 0) {
      return;
    }
    try {
      copy.writeToCopy(bytes, 0, length);
    } catch (SQLException e) {
      throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
    }
  }

  private void putShort(int v) {
    buffer[used++] = (byte) (v >>> 8);
    buffer[used++] = (byte) v;
  }

  private void putInt(int v) {
    buffer[used++] = (byte) (v >>> 24);
    buffer[used++] = (byte) (v >>> 16);
    buffer[used++] = (byte) (v >>> 8);
    buffer[used++] = (byte) v;
  }
}
