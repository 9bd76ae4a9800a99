package org.variatlas.app.loads;

import org.variatlas.api.LoadSink;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * A sink that keeps the time spent in another's callbacks: the platform's share of a plugin's
 * reading (checking, staging, encoding for COPY, waiting for the database), which DataPathBenchmark
 * counts as the platform's part of a load.
 */
final class TimedSink implements LoadSink {

  private final LoadSink sink;
  private long nanos;

  TimedSink(LoadSink sink) {
    this.sink = sink;
  }

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
    try {
      sink.count(measureId, baseUnit, year, sex, age, category, count, where);
    } finally {
      nanos += System.nanoTime() - started;
    }
  }

  @Override
  public synchronized void published(PublishedValue value) {
    long started = System.nanoTime();
    try {
      sink.published(value);
    } finally {
      nanos += System.nanoTime() - started;
    }
  }

  /** The time spent in the callbacks so far. */
  synchronized long nanos() {
    return nanos;
  }
}
