package org.variatlas.app.loads;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A topic load's counts on their way into the run's table while the plugin still emits them: the
 * sink encodes each accepted row in {@link BinaryCopy}'s format into 64 KB chunks on the plugin's
 * thread, and the run's thread (which holds the transaction's connection) writes the chunks into a
 * binary COPY ({@link #drain}). The plugin's thread never waits on the socket, and the server
 * parses the rows on the other core meanwhile. A bounded queue holds at most a few megabytes:
 * should the database fall behind, the plugin waits (time the sink's callbacks count).
 */
final class CountStream {

  private static final int CHUNK = 1 << 16;
  private static final int QUEUED = 64;
  private static final Chunk END = new Chunk(new byte[0], 0, 0);

  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(QUEUED);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(QUEUED + 2);
  private byte[] buffer = new byte[CHUNK];
  private int used;
  private int rows;
  private long total;
  private long waited;
  private volatile boolean abandoned;
  private volatile boolean drained;

  private record Chunk(byte[] bytes, int length, int rows) {}

  /** A row of measure, base unit, year, sex, age, category and count (texts as UTF-8). */
  void row(byte[] measure, byte[] unit, int year, byte[] sex, int age, byte[] category, long n) {
    if (abandoned) {
      return;
    }
    // The field count, four texts with their lengths, two int4 and one int8 with theirs.
    int bytes =
        2 + 4 * 4 + measure.length + unit.length + sex.length + category.length + 2 * 8 + 12;
    if (CHUNK - used < bytes) {
      handOver();
    }
    putShort(7);
    text(measure);
    text(unit);
    putInt(4);
    putInt(year);
    text(sex);
    putInt(4);
    putInt(age);
    text(category);
    putInt(8);
    putInt((int) (n >>> 32));
    putInt((int) n);
    rows++;
    total++;
  }

  /** The rows encoded so far. */
  long rows() {
    return total;
  }

  /** How long the plugin's thread waited for room in the queue (the database behind). */
  long waitedNanos() {
    return waited;
  }

  /** The plugin is done (or failed): the rest goes, then the end. On the plugin's thread. */
  void finish() {
    handOver();
    hand(END);
  }

  /** Where {@link #drain} writes a chunk of encoded rows (a {@link BinaryCopy}). */
  interface Writer<T> {
    void write(T target, byte[] bytes, int length, int rows);
  }

  /**
   * Writes the chunks into the target (a COPY) that {@code open} starts when the first one comes,
   * until the plugin has {@link #finish finished}; on the run's thread. If writing fails, the rest
   * is dropped (the plugin is not kept waiting) and the failure thrown once the plugin finished.
   *
   * @return the target (a COPY still open), or null when no row came
   */
  <T> T drain(Supplier<T> open, Writer<T> writer) throws InterruptedException {
    T target = null;
    RuntimeException failed = null;
    try {
      for (Chunk c = full.take(); c != END; c = full.take()) {
        if (failed == null) {
          try {
            target = target == null ? open.get() : target;
            writer.write(target, c.bytes(), c.length(), c.rows());
          } catch (RuntimeException e) {
            failed = e;
            abandoned = true;
          }
        }
        free.offer(c.bytes());
      }
    } finally {
      drained = true;
      abandoned = true;
    }
    if (failed != null) {
      if (target instanceof BinaryCopy copy) {
        copy.cancel();
      }
      throw failed;
    }
    return target;
  }

  private void handOver() {
    if (used == 0) {
      return;
    }
    hand(new Chunk(buffer, used, rows));
    byte[] next = free.poll();
    buffer = next == null ? new byte[CHUNK] : next;
    used = 0;
    rows = 0;
  }

  private void hand(Chunk chunk) {
    if (full.offer(chunk)) {
      return;
    }
    long started = System.nanoTime();
    boolean interrupted = false;
    // The run's thread waits for every chunk and the end: an interrupt cannot skip one.
    while (!drained) {
      try {
        if (full.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    waited += System.nanoTime() - started;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void text(byte[] utf8) {
    putInt(utf8.length);
    System.arraycopy(utf8, 0, buffer, used, utf8.length);
    used += utf8.length;
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
