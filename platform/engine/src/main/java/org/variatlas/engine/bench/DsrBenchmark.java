package org.variatlas.engine.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.standardisation.DirectStandardisation;
import org.variatlas.engine.standardisation.DsrOptions;
import org.variatlas.engine.standardisation.StandardWeights;
import org.variatlas.engine.standardisation.Strata;

/**
 * Throughput of the batch DSR with Dobson limits against the memory-bound floor: a plain loop that
 * only sums the same three input arrays. Not a test; run it with
 *
 * <pre>
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch \
 *     -cp platform/engine/target/variatlas-engine-cli.jar org.variatlas.engine.bench.DsrBenchmark
 * </pre>
 *
 * The fixed, pre-touched heap keeps first-touch page faults of the result columns out of the
 * timing. Arguments (optional): groups (default 52 632; × 19 ESP bands ≈ 1 000 000 strata), rounds
 * (default 21). Each round times both loops; the report gives median and best strata per second.
 */
public final class DsrBenchmark {

  private DsrBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) {
    int groups = args.length > 0 ? Integer.parseInt(args[0]) : 52_632;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    double[] weights = StandardWeights.ESP2013.weights();
    int bands = weights.length;
    int rows = groups * bands;
    SplittableRandom random = new SplittableRandom(20_240_101);
    double[] events = new double[rows];
    double[] population = new double[rows];
    for (int i = 0; i < rows; i++) {
      population[i] = 200 + random.nextInt(20_000);
      events[i] = random.nextInt(60);
    }
    Strata strata = Strata.dense(events, population, weights);
    DsrOptions options = DsrOptions.phe(100_000);

    double[] engine = new double[rounds];
    double[] floor = new double[rounds];
    double[] ratio = new double[rounds];
    double sink = 0;
    // Warm up for a few seconds: the JIT compiles both loops, and the collector cycles through
    // the young generation, so that timed rounds do not pay for first-touch page faults.
    long warmUntil = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      sink += DirectStandardisation.compute(strata, options).value()[0];
      sink += floorSum(strata);
    }
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      GroupEstimates result = DirectStandardisation.compute(strata, options);
      long t1 = System.nanoTime();
      sink += floorSum(strata);
      long t2 = System.nanoTime();
      sink += result.upper998()[groups - 1];
      engine[r] = rows / ((t1 - t0) / 1e9);
      floor[r] = rows / ((t2 - t1) / 1e9);
      // The ratio of one round compares the two loops under the same machine load.
      ratio[r] = engine[r] / floor[r];
    }
    // The machine is shared: the median shows the typical round, the best round of each loop
    // the speed without interference (other processes only ever slow a loop down).
    System.out.printf(
        Locale.ROOT,
        "strata: %d (%d groups x %d bands), rounds: %d%n"
            + "engine DSR + Dobson 95/99.8 %% CI: median %.3e, best %.3e strata/s%n"
            + "floor (sum of events, population, weight): median %.3e, best %.3e strata/s%n"
            + "ratio engine/floor: median of rounds %.1f %%, best/best %.1f %% (target >= 25 %%)%n"
            + "(checksum %.6e)%n",
        rows,
        groups,
        bands,
        rounds,
        median(engine),
        max(engine),
        median(floor),
        max(floor),
        100 * median(ratio),
        100 * max(engine) / max(floor),
        sink);
  }

  // The memory-bound floor: touch the same three columns, do one add each.
  private static double floorSum(Strata strata) {
    double[] e = strata.events();
    double[] p = strata.population();
    double[] w = strata.weight();
    double a = 0;
    double b = 0;
    double c = 0;
    for (int i = 0; i < e.length; i++) {
      a += e[i];
      b += p[i];
      c += w[i];
    }
    return a + b + c;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
