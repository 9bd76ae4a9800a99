package org.variatlas.app.loads;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * The sink a plugin's loader writes into on its own thread ({@link LoaderThread}): it only queues
 * what comes, in batches, in order (counts, published values and the problems the loader reports
 * through its context), and the run's thread takes them ({@link #drain}) to check, stage and COPY
 * them ({@link TopicSink}) on the other core meanwhile. A bounded queue: should the run's thread
 * fall behind, the loader waits. The time spent in its callbacks ({@link #nanos}) is the platform's
 * share of the loader's reading, which DataPathBenchmark counts as the platform's part.
 */
final class QueuedSink implements LoadSink {

  private static final int BATCH = 1024;
  private static final int QUEUED = 32;
  private static final Object[] END = new Object[0];

  /** A count as the loader wrote it, not yet checked. */
  record Count(
      String measureId,
      String baseUnit,
      int year,
      Sex sex,
      int age,
      String category,
      double count,
      SourceLocation where) {}

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED);
  private Object[] batch = new Object[BATCH];
  private int size;
  private long waited;
  private long nanos;
  private volatile boolean abandoned;
  private volatile boolean drained;

  @Override
  public synchronized void count(
      String measureId,
      String baseUnit,
      int year,
      Sex sex,
      int age,
      String category,
      double count,
      SourceLocation where) {
    long started = System.nanoTime();
    add(new Count(measureId, baseUnit, year, sex, age, category, count, where));
    nanos += System.nanoTime() - started;
  }

  @Override
  public synchronized void published(PublishedValue value) {
    long started = System.nanoTime();
    add(value);
    nanos += System.nanoTime() - started;
  }

  /** A problem the loader reported through its context, in its place among the rows. */
  synchronized void problem(LoadProblem problem) {
    add(problem);
  }

  /** The loader is done (or failed): the rest goes, then the end. On the loader's thread. */
  synchronized void finish() {
    handOver();
    hand(END);
  }

  /** The time spent in the sink's callbacks so far (queueing, and waiting for room). */
  synchronized long nanos() {
    return nanos;
  }

  /** How long the loader waited for room in the queue (the run's thread behind). */
  synchronized long waitedNanos() {
    return waited;
  }

  /**
   * Hands everything queued to {@code handler}, in order, until the loader {@link #finish
   * finished}; on the run's thread. If the handler fails, the rest is dropped (the loader is not
   * kept waiting) and the failure thrown once the loader finished.
   */
  void drain(Consumer<Object> handler) throws InterruptedException {
    RuntimeException failed = null;
    try {
      for (Object[] b = queue.take(); b != END; b = queue.take()) {
        if (failed != null) {
          continue;
        }
        try {
          for (int i = 0; i < b.length && b[i] != null; i++) {
            handler.accept(b[i]);
          }
        } catch (RuntimeException e) {
          failed = e;
          abandoned = true;
        }
      }
    } finally {
      drained = true;
      abandoned = true;
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** Nothing will be drained: what the loader still writes is dropped, it never waits. */
  void abandon() {
    abandoned = true;
    drained = true;
  }

  private void add(Object event) {
    if (abandoned) {
      return;
    }
    batch[size++] = event;
    if (size == BATCH) {
      handOver();
    }
  }

  private void handOver() {
    if (size == 0) {
      return;
    }
    hand(size == BATCH ? batch : Arrays.copyOf(batch, size));
    batch = new Object[BATCH];
    size = 0;
  }

  private void hand(Object[] b) {
    if (queue.offer(b)) {
      return;
    }
    long started = System.nanoTime();
    boolean interrupted = false;
    // The run's thread waits for every batch and the end: an interrupt cannot skip one.
    while (!drained) {
      try {
        if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
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
}
