package org.variatlas.app.loads;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * A topic load's accepted counts on their way into the run's table: each row encoded in {@link
 * BinaryCopy}'s format into a 64 KB chunk, and each full chunk written into the COPY that the
 * stream starts when the first one is full (none when no count comes). On the run's thread, which
 * holds the transaction's connection, while the plugin's loader goes on on its own ({@link
 * LoaderThread}).
 *
 * @param <T> where chunks go (a {@link BinaryCopy}; a buffer in tests)
 */
final class CountStream<T> {

  private static final int CHUNK = 1 << 16;

  /** Where {@link #row} writes a chunk of encoded rows. */
  interface Writer<T> {
    void write(T target, byte[] bytes, int length, int rows);
  }

  private final Supplier<T> open;
  private final Writer<T> writer;
  // Big-endian, as COPY's binary format wants.
  private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
  private T target;
  private int rows;
  private long total;

  CountStream(Supplier<T> open, Writer<T> writer) {
    this.open = open;
    this.writer = writer;
  }

  /** A row of measure, base unit, year, sex, age, category and count (texts as UTF-8). */
  void row(byte[] measure, byte[] unit, int year, byte[] sex, int age, byte[] category, long n) {
    // The field count, four texts with their lengths, two int4 and one int8 with theirs.
    int bytes =
        2 + 4 * 4 + measure.length + unit.length + sex.length + category.length + 2 * 8 + 12;
    if (buffer.remaining() < bytes) {
      flush();
    }
    buffer.putShort((short) 7);
    text(measure);
    text(unit);
    buffer.putInt(4).putInt(year);
    text(sex);
    buffer.putInt(4).putInt(age);
    text(category);
    buffer.putInt(8).putLong(n);
    rows++;
    total++;
  }

  /** The rows encoded so far. */
  long rows() {
    return total;
  }

  /**
   * Writes what is left.
   *
   * @return the target (a COPY still open, for the caller to close), or null when no row came
   */
  T finish() {
    flush();
    return target;
  }

  /** The target so far (to cancel a COPY after a failure), or null. */
  T target() {
    return target;
  }

  private void flush() {
    if (buffer.position() == 0) {
      return;
    }
    if (target == null) {
      target = open.get();
    }
    writer.write(target, buffer.array(), buffer.position(), rows);
    buffer.clear();
    rows = 0;
  }

  private void text(byte[] utf8) {
    buffer.putInt(utf8.length).put(utf8);
  }
}
