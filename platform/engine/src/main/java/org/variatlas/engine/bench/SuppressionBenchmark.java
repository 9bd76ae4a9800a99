package org.variatlas.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.variatlas.engine.suppression.DisclosureAudit;
import org.variatlas.engine.suppression.LinearTable;
import org.variatlas.engine.suppression.SecondarySuppression;

/**
 * What secondary suppression costs on a table shaped like the app's small-count test data set, with
 * the atoms' true values (programmes around each cell, earlier solutions as witnesses) against
 * without them (one programme over the whole table per cell, the method before): median of both,
 * alternated, their ratio, the programmes solved and the cells hidden, and the attacker's audit
 * (over the whole table) of both patterns. Not a test; run it with
 *
 * <pre>
 * java -cp platform/cli/target/variatlas-engine-cli.jar org.variatlas.engine.bench.SuppressionBenchmark
 * </pre>
 *
 * <p>The table: 120 base units in 30 kommuner (of 3 units, every fifth of 8), 6 fylker of five
 * kommuner, 10 referral areas (hf) of three kommuner that cross fylke borders, 2 regions (rhf) of
 * five hf; per unit and year two category parts, 0 or 1 in every eighth kommune, else 4 to 11;
 * published: every area of every level, its national row (fixed), the years 2022-2024 and their
 * period, each total with its parts; primary cells below 5 a year (width 5 a year). Arguments
 * (optional): rounds (default 3), seed.
 */
public final class SuppressionBenchmark {

  private static final int KOMMUNER = 30;
  private static final int UNITS = 120;
  private static final int YEARS = 3;
  private static final int PARTS = 2;
  private static final double THRESHOLD = 5;

  private SuppressionBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_206L;
    double[] values = counts(new SplittableRandom(seed));
    LinearTable local = table(values, true);
    LinearTable whole = table(values, false);
    boolean[] primary = primary(whole);
    long[] withValues = new long[rounds];
    long[] without = new long[rounds];
    SecondarySuppression.Protection a = null;
    SecondarySuppression.Protection b = null;
    for (int r = -1; r < rounds; r++) { // the first round warms both up
      long t0 = System.nanoTime();
      a = SecondarySuppression.protect(local, primary);
      long t1 = System.nanoTime();
      b = SecondarySuppression.protect(whole, primary);
      long t2 = System.nanoTime();
      if (r >= 0) {
        withValues[r] = t1 - t0;
        without[r] = t2 - t1;
      }
    }
    double m1 = median(withValues) / 1e6;
    double m2 = median(without) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "Secondary suppression, %d cells over %d atoms, %d primary; median of %d rounds%n"
            + "%-34s %8s %6s %10s %9s%n"
            + "%-34s %8.1f %6d %10d %9d%n"
            + "%-34s %8.1f %6d %10d %9d%n"
            + "ratio %.2f%n",
        whole.size(),
        whole.atomCount(),
        a.primary(),
        rounds,
        "method",
        "ms",
        "LPs",
        "secondary",
        "narrowed",
        "around each cell + witnesses",
        m1,
        a.programmes(),
        a.secondary(),
        DisclosureAudit.findings(whole, a.suppressed()).size(),
        "whole table per cell (before)",
        m2,
        b.programmes(),
        b.secondary(),
        DisclosureAudit.findings(whole, b.suppressed()).size(),
        m1 / m2);
  }

  /** Counts per unit, year and part: 4 to 11, in every eighth kommune 0 or 1. */
  private static double[] counts(SplittableRandom random) {
    double[] values = new double[UNITS * YEARS * PARTS];
    List<int[]> kommuner = levels().get(0);
    for (int k = 0; k < kommuner.size(); k++) {
      for (int u : kommuner.get(k)) {
        for (int y = 0; y < YEARS; y++) {
          for (int p = 0; p < PARTS; p++) {
            values[atom(u, y, p)] = k % 8 == 3 ? random.nextInt(2) : random.nextInt(4, 12);
          }
        }
      }
    }
    return values;
  }

  private static int atom(int unit, int year, int part) {
    return (unit * YEARS + year) * PARTS + part;
  }

  /** Levels as lists of areas, each a list of units. */
  private static List<List<int[]>> levels() {
    int[] kommuneStart = new int[KOMMUNER + 1];
    for (int k = 1; k <= KOMMUNER; k++) { // every fifth kommune of 8 units, the others of 3
      kommuneStart[k] = kommuneStart[k - 1] + (k % 5 == 0 ? 8 : 3);
    }
    List<int[]> kommune = new ArrayList<>();
    for (int k = 0; k < KOMMUNER; k++) {
      kommune.add(range(kommuneStart[k], kommuneStart[k + 1]));
    }
    List<int[]> fylke = group(kommune, 5, 0);
    List<int[]> hf = group(kommune, 3, 1); // one kommune offset: hf cross fylke borders
    List<int[]> rhf = group(hf, 5, 0);
    return List.of(kommune, hf, rhf, fylke);
  }

  private static List<int[]> group(List<int[]> areas, int size, int offset) {
    List<int[]> out = new ArrayList<>();
    for (int start = 0; start < areas.size(); start += size) {
      List<Integer> units = new ArrayList<>();
      for (int i = start; i < start + size; i++) {
        for (int u : areas.get((i + offset) % areas.size())) {
          units.add(u);
        }
      }
      out.add(units.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return out;
  }

  private static int[] range(int from, int to) {
    int[] out = new int[to - from];
    Arrays.setAll(out, i -> from + i);
    return out;
  }

  private static LinearTable table(double[] values, boolean withValues) {
    LinearTable.Builder b = LinearTable.builder(values.length);
    if (withValues) {
      b.atomValues(values);
    }
    int[] allUnits = range(0, UNITS);
    List<List<int[]>> levels = levels();
    for (List<int[]> level : levels) {
      List<int[]> areas = new ArrayList<>(level);
      areas.add(allUnits); // the level's national row, last
      for (int[] years : new int[][] {{0}, {1}, {2}, {0, 1, 2}}) {
        for (int a = 0; a < areas.size(); a++) {
          boolean national = a == level.size();
          int[] parts = new int[PARTS];
          for (int p = 0; p < PARTS; p++) {
            parts[p] = cell(b, values, areas.get(a), years, new int[] {p}, false);
          }
          int total = cell(b, values, areas.get(a), years, range(0, PARTS), national);
          for (int p : parts) {
            b.link(total, p);
          }
        }
      }
    }
    return b.build();
  }

  private static int cell(
      LinearTable.Builder b,
      double[] values,
      int[] units,
      int[] years,
      int[] parts,
      boolean fixed) {
    int[] atoms = new int[units.length * years.length * parts.length];
    int n = 0;
    double value = 0;
    for (int u : units) {
      for (int y : years) {
        for (int p : parts) {
          atoms[n] = atom(u, y, p);
          value += values[atoms[n++]];
        }
      }
    }
    String label = Arrays.toString(units) + " " + Arrays.toString(years) + Arrays.toString(parts);
    return b.cell(label, atoms, value, THRESHOLD * years.length, fixed);
  }

  private static boolean[] primary(LinearTable t) {
    boolean[] p = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      double v = t.cell(i).value();
      p[i] = v > 0 && v < t.cell(i).width(); // below the threshold a year on average
    }
    return p;
  }

  private static double median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
