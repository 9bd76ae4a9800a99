package org.variatlas.engine.standardisation;

import java.util.Arrays;

/**
 * Stratified counts for many groups, one array per column: the input of the batch calculations.
 *
 * <p>Rows are strata (e.g. sex × age band) sorted by group (area); group {@code g} owns rows {@code
 * groupOffsets[g]} (inclusive) to {@code groupOffsets[g + 1]} (exclusive). Each row has events,
 * population (person-years) and a standard weight (an ESP 2013 count, or the reference population's
 * share of the stratum: any positive scale, only proportions matter). The optional stratum index
 * (0..S−1) ties rows of different groups to the same stratum; it is needed for pooled (national)
 * values and for expected counts.
 *
 * <p>Missing events (NaN) count as 0, as in PHEindicatormethods. The arrays are validated once here
 * and then used as they are (not copied), so the caller must not change them afterwards.
 */
public final class Strata {

  private final int[] groupOffsets;
  private final int[] stratum;
  private final double[] events;
  private final double[] varianceEvents;
  private final double[] population;
  private final double[] weight;

  private Strata(
      int[] groupOffsets,
      int[] stratum,
      double[] events,
      double[] varianceEvents,
      double[] population,
      double[] weight) {
    this.groupOffsets = groupOffsets;
    this.stratum = stratum;
    this.events = events;
    this.varianceEvents = varianceEvents;
    this.population = population;
    this.weight = weight;
  }

  /**
   * Strata of independent events.
   *
   * @param groupOffsets length G + 1, non-decreasing, from 0 to the number of rows
   * @param stratum stratum index per row (0-based), or null when pooling is not needed
   * @param events events per row, ≥ 0 (NaN = missing = 0)
   * @param population population per row, ≥ 0 (NaN makes the group's value missing)
   * @param weight standard weight per row, ≥ 0
   * @throws IllegalArgumentException on inconsistent lengths, offsets or negative inputs
   */
  public static Strata of(
      int[] groupOffsets, int[] stratum, double[] events, double[] population, double[] weight) {
    double[] cleanEvents = zeroMissing(events);
    return validated(groupOffsets, stratum, cleanEvents, cleanEvents, population, weight);
  }

  /**
   * Strata with every group holding the same S strata in the same order (rows group-major), and one
   * standard weight per stratum.
   *
   * @param events events, row g·S + s
   * @param population population, row g·S + s
   * @param standardWeights S weights, one per stratum
   */
  public static Strata dense(double[] events, double[] population, double[] standardWeights) {
    int s = standardWeights.length;
    if (s == 0 || events.length % s != 0) {
      throw new IllegalArgumentException(
          events.length + " rows are not a whole number of groups of " + s + " strata");
    }
    int groups = events.length / s;
    int[] offsets = new int[groups + 1];
    int[] stratum = new int[events.length];
    double[] weight = new double[events.length];
    for (int g = 0; g <= groups; g++) {
      offsets[g] = g * s;
    }
    for (int i = 0; i < events.length; i++) {
      stratum[i] = i % s;
      weight[i] = standardWeights[i % s];
    }
    return of(offsets, stratum, events, population, weight);
  }

  /**
   * The same strata for events that are not independent (one person may have several events; Dobson
   * et al. 1991, PHEindicatormethods {@code calculate_dsr(independent_events = FALSE)}).
   *
   * @param events per row Σ_f f·persons_f (events counted with their multiplicity)
   * @param varianceEvents per row Σ_f f²·persons_f; the DSR variance uses these instead of events
   */
  public static Strata nonIndependent(
      int[] groupOffsets,
      int[] stratum,
      double[] events,
      double[] varianceEvents,
      double[] population,
      double[] weight) {
    return validated(
        groupOffsets,
        stratum,
        zeroMissing(events),
        zeroMissing(varianceEvents),
        population,
        weight);
  }

  private static Strata validated(
      int[] groupOffsets,
      int[] stratum,
      double[] events,
      double[] varianceEvents,
      double[] population,
      double[] weight) {
    int rows = events.length;
    if (population.length != rows
        || weight.length != rows
        || varianceEvents.length != rows
        || (stratum != null && stratum.length != rows)) {
      throw new IllegalArgumentException("strata columns differ in length");
    }
    if (groupOffsets.length == 0
        || groupOffsets[0] != 0
        || groupOffsets[groupOffsets.length - 1] != rows) {
      throw new IllegalArgumentException("group offsets must run from 0 to " + rows);
    }
    for (int g = 1; g < groupOffsets.length; g++) {
      if (groupOffsets[g] < groupOffsets[g - 1]) {
        throw new IllegalArgumentException("group offsets decrease at group " + g);
      }
    }
    for (int i = 0; i < rows; i++) {
      // Negated comparisons so that NaN population passes here and is reported per group.
      if (events[i] < 0 || varianceEvents[i] < 0 || population[i] < 0 || !(weight[i] >= 0)) {
        throw new IllegalArgumentException("row " + i + ": negative count, population or weight");
      }
      if (stratum != null && stratum[i] < 0) {
        throw new IllegalArgumentException("row " + i + ": negative stratum index");
      }
    }
    return new Strata(groupOffsets, stratum, events, varianceEvents, population, weight);
  }

  private static double[] zeroMissing(double[] values) {
    double[] out = values;
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        if (out == values) {
          out = values.clone();
        }
        out[i] = 0;
      }
    }
    return out;
  }

  /** Number of groups G. */
  public int groups() {
    return groupOffsets.length - 1;
  }

  /** Number of rows. */
  public int rows() {
    return events.length;
  }

  /** Group offsets, length G + 1. */
  public int[] groupOffsets() {
    return groupOffsets;
  }

  /** Stratum index per row, or null. */
  public int[] stratum() {
    return stratum;
  }

  /** Events per row (missing = 0). */
  public double[] events() {
    return events;
  }

  /**
   * Events weighted by frequency² per row; the same array as {@link #events()} when independent.
   */
  public double[] varianceEvents() {
    return varianceEvents;
  }

  /** Population per row. */
  public double[] population() {
    return population;
  }

  /** Standard weight per row. */
  public double[] weight() {
    return weight;
  }

  /** Whether events are independent (variance events are the events themselves). */
  public boolean independent() {
    return varianceEvents == events;
  }

  /** Number of strata S = 1 + the largest stratum index. */
  public int strataCount() {
    requireStratumIndex();
    int max = -1;
    for (int s : stratum) {
      max = Math.max(max, s);
    }
    return max + 1;
  }

  /**
   * All groups pooled into one (the national total): events and population summed per stratum, with
   * the stratum's standard weight.
   *
   * @throws IllegalArgumentException if rows of one stratum carry different weights
   */
  public Strata pooled() {
    int strata = strataCount();
    double[] e = new double[strata];
    double[] v = independent() ? e : new double[strata];
    double[] p = new double[strata];
    double[] w = new double[strata];
    Arrays.fill(w, Double.NaN);
    for (int i = 0; i < rows(); i++) {
      int s = stratum[i];
      e[s] += events[i];
      if (v != e) {
        v[s] += varianceEvents[i];
      }
      p[s] += population[i];
      if (Double.isNaN(w[s])) {
        w[s] = weight[i];
      } else if (w[s] != weight[i]) {
        throw new IllegalArgumentException(
            "stratum " + s + " has standard weights " + w[s] + " and " + weight[i]);
      }
    }
    int[] strataIndex = new int[strata];
    for (int s = 0; s < strata; s++) {
      strataIndex[s] = s;
      if (Double.isNaN(w[s])) {
        w[s] = 0; // a stratum no group has: no events, no population, no weight
      }
    }
    return new Strata(new int[] {0, strata}, strataIndex, e, v, p, w);
  }

  /** Events per group (Σ over the group's rows). */
  public double[] eventsPerGroup() {
    return sumPerGroup(events);
  }

  /** Population per group (Σ over the group's rows). */
  public double[] populationPerGroup() {
    return sumPerGroup(population);
  }

  double[] sumPerGroup(double[] column) {
    double[] out = new double[groups()];
    for (int g = 0; g < out.length; g++) {
      double sum = 0;
      for (int i = groupOffsets[g]; i < groupOffsets[g + 1]; i++) {
        sum += column[i];
      }
      out[g] = sum;
    }
    return out;
  }

  void requireStratumIndex() {
    if (stratum == null) {
      throw new IllegalStateException("this needs the stratum index of each row");
    }
  }
}
