package org.variatlas.engine.standardisation;

import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.ci.PoissonLimits;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Method;
import org.variatlas.engine.rates.Status;

/**
 * Directly standardised rates (DSR) for many groups at once.
 *
 * <p>With strata i, standard weights w_i, events O_i and populations n_i:
 *
 * <ul>
 *   <li>DSR = Σ w_i·O_i/n_i / Σ w_i × multiplier;
 *   <li>var = Σ w_i²·V_i/n_i² / (Σ w_i)², with V_i = O_i for independent events and V_i = Σ_f
 *       f²·persons_f when a person can have several events (Dobson et al. 1991; PHE);
 *   <li>Dobson limits DSR + √(var/O)·(O_L − O)·multiplier, O_L/O_U Byar's limits of O = Σ O_i (PHE
 *       uses Byar here even for small O);
 *   <li>or Fay &amp; Feuer (1997) gamma limits with normalised weights w'_i = w_i/(n_i·Σw): y = Σ
 *       w'_i·O_i, v = Σ w'_i²·V_i, w_M = max w'_i, L = v/(2y)·χ²_{α/2}(2y²/v), U = (v + w_M²)/(2(y
 *       + w_M))·χ²_{1−α/2}(2(y + w_M)²/(v + w_M²)); L = 0 when y = 0.
 * </ul>
 *
 * The weights may be ESP 2013 counts or the reference population's shares by sex × age band in a
 * reference year (Helseatlas' method, SKDE {@code %standard_rate}): only their proportions matter.
 * A stratum with neither population nor events has rate 0 and keeps its weight (as SAS sums skip
 * the missing quotient while the shares still add up to 1); a stratum with events but no population
 * makes the group {@link Status#INVALID_STRATUM}. Groups with fewer events than {@link
 * DsrOptions#minimumEvents()} keep their count, population and crude rate but not value or limits
 * (PHE: 10).
 */
public final class DirectStandardisation {

  private DirectStandardisation() {}

  /**
   * DSRs of every group of {@code strata}.
   *
   * @return per group: count = Σ events, denominator = Σ population, crude rate, DSR and limits
   *     (per {@code options.multiplier()}), method Dobson or Fay-Feuer, status
   */
  public static GroupEstimates compute(Strata strata, DsrOptions options) {
    // Three passes over columns. Until its final value is written, each output column holds an
    // intermediate of the same group, so a million strata need no scratch arrays besides the
    // result: value ← Σ w·O/n, lower998 ← Σ w, upper998 ← Σ w²·V/n² and then √(var/O)·m,
    // lower95 ← 1/√O, upper95 ← 1/√(O+1), status ← why a group could not be summed (or null).
    int groups = strata.groups();
    GroupEstimates out = GroupEstimates.unfilled(groups);
    sumStrata(strata, out);

    // Pass 2, whole-column arithmetic in simple loops the JIT turns into vector instructions:
    // a group's divisions and roots would otherwise cost as much as its 19 strata.
    double m = options.multiplier();
    double[] count = out.count();
    double[] sumWeight = out.lower998();
    double[] rootReciprocal = out.lower95();
    double[] rootReciprocal1 = out.upper95();
    double[] scale = out.upper998();
    double[] value = out.value();
    for (int g = 0; g < groups; g++) {
      out.crude()[g] = count[g] / out.denominator()[g] * m;
      rootReciprocal[g] = 1 / Math.sqrt(count[g]);
      rootReciprocal1[g] = 1 / Math.sqrt(count[g] + 1);
    }
    for (int g = 0; g < groups; g++) {
      scale[g] = Math.sqrt(scale[g]) / sumWeight[g] * rootReciprocal[g] * m;
      value[g] = value[g] / sumWeight[g] * m;
    }

    // Pass 3, per group: the publication rules and the limits.
    Method method = method(options);
    for (int g = 0; g < groups; g++) {
      out.method()[g] = method;
      Status status = status(out.status()[g], sumWeight[g], count[g], options);
      if (!(out.denominator()[g] > 0)) {
        out.crude()[g] = Double.NaN;
      }
      if (status != Status.PUBLISHED) {
        out.withhold(g, status);
      } else if (options.interval() == DsrInterval.DOBSON) {
        dobson(out, g);
      } else {
        fayFeuer(out, strata, g, m);
      }
    }
    return out;
  }

  /**
   * Helseatlas' period average (SKDE {@code %standard_rate}, rows {@code aar=9999}): events and
   * population are averaged over the years of the period and then standardised.
   *
   * <p>Since Σ(V/Y)/Σ(n/Y) = ΣV/Σn in every stratum, the average annual DSR equals the DSR of the
   * period's summed events and person-years, and this method computes it that way. The limits and
   * the minimum-events rule use the summed events: averaging the counts first would treat Y years
   * of data as one and widen the interval by about √Y.
   *
   * @param summedOverYears strata whose events and population are sums over the period's years
   * @param years the number of years Y in the period
   * @return count and denominator as annual averages (Helseatlas' {@code antsnitt}, {@code
   *     popsnitt}); crude, value and limits as for {@link #compute}
   */
  public static GroupEstimates periodAverage(
      Strata summedOverYears, int years, DsrOptions options) {
    GroupEstimates out = compute(summedOverYears, options);
    out.averageOver(years);
    return out;
  }

  /**
   * Pass 1: per group Σ events and Σ population into count and denominator, and the weighted sums
   * into the columns named in {@link #compute}.
   */
  private static void sumStrata(Strata strata, GroupEstimates out) {
    int[] offsets = strata.groupOffsets();
    double[] events = strata.events();
    double[] varianceEvents = strata.varianceEvents();
    double[] population = strata.population();
    double[] weight = strata.weight();
    for (int g = 0; g < strata.groups(); g++) {
      double w = 0;
      double o = 0;
      double n = 0;
      double r = 0;
      double v = 0;
      // One division per stratum: q = w/n gives both w·O/n and w²·V/n².
      for (int i = offsets[g]; i < offsets[g + 1]; i++) {
        double q = weight[i] / population[i];
        w += weight[i];
        o += events[i];
        n += population[i];
        r += q * events[i];
        v += q * q * varianceEvents[i];
      }
      Status invalid = null;
      if (!Double.isFinite(r + v + n)) {
        // Rare: a zero-population stratum (w/0) or a missing population. Redo it carefully.
        GroupSums sums = GroupSums.careful(strata, g);
        invalid = sums.status() == Status.PUBLISHED ? null : sums.status();
        w = sums.weight();
        r = sums.weightedRate();
        v = sums.weightedVariance();
      }
      out.count()[g] = o;
      out.denominator()[g] = n;
      out.lower998()[g] = w;
      out.value()[g] = r;
      out.upper998()[g] = v;
      out.status()[g] = invalid;
    }
  }

  private static Status status(
      Status invalid, double sumWeight, double events, DsrOptions options) {
    if (invalid != null) {
      return invalid;
    }
    if (!(sumWeight > 0)) {
      return Status.ZERO_DENOMINATOR;
    }
    if (events < options.minimumEvents()) {
      return Status.BELOW_MINIMUM_EVENTS;
    }
    return Status.PUBLISHED;
  }

  private static Method method(DsrOptions options) {
    return options.interval() == DsrInterval.DOBSON ? Method.DOBSON : Method.FAY_FEUER;
  }

  // Dobson: DSR + √(var/O)·(O_L − O)·m with Byar's limits of the total O; pass 2 left √(var/O)·m
  // in upper998 and the reciprocal roots in lower95 and upper95. A negative Byar lower limit
  // (possible only when the minimum is set below about 3 events) is not a limit: NaN, as PHE's
  // Byar worksheet.
  private static void dobson(GroupEstimates out, int g) {
    double o = out.count()[g];
    double value = out.value()[g];
    double scale = out.upper998()[g];
    PoissonLimits.Byar byar = PoissonLimits.byar(o, out.lower95()[g], out.upper95()[g]);
    out.lower95()[g] = value + scale * (byar.lowerPublished(ConfidenceLevel.P95) - o);
    out.upper95()[g] = value + scale * (byar.upper(ConfidenceLevel.P95) - o);
    out.lower998()[g] = value + scale * (byar.lowerPublished(ConfidenceLevel.P998) - o);
    out.upper998()[g] = value + scale * (byar.upper(ConfidenceLevel.P998) - o);
    out.status()[g] = Status.PUBLISHED;
  }

  // Fay-Feuer needs the group's variance and largest w/n: a second look at its strata, which is
  // cheap next to its four chi-square inversions.
  private static void fayFeuer(GroupEstimates out, Strata strata, int g, double m) {
    GroupSums sums = GroupSums.careful(strata, g);
    double y = out.value()[g] / m;
    double v = sums.weightedVariance() / (sums.weight() * sums.weight());
    double wMax = maxWeightPerPerson(strata, g) / sums.weight();
    out.lower95()[g] = fayFeuerLower(y, v, ConfidenceLevel.P95) * m;
    out.upper95()[g] = fayFeuerUpper(y, v, wMax, ConfidenceLevel.P95) * m;
    out.lower998()[g] = fayFeuerLower(y, v, ConfidenceLevel.P998) * m;
    out.upper998()[g] = fayFeuerUpper(y, v, wMax, ConfidenceLevel.P998) * m;
    out.status()[g] = Status.PUBLISHED;
  }

  // Only the Fay-Feuer interval needs max w/n; a second pass keeps it out of the hot loop.
  private static double maxWeightPerPerson(Strata strata, int g) {
    double max = 0;
    for (int i = strata.groupOffsets()[g]; i < strata.groupOffsets()[g + 1]; i++) {
      if (strata.population()[i] > 0) {
        max = Math.max(max, strata.weight()[i] / strata.population()[i]);
      }
    }
    return max;
  }

  static double fayFeuerLower(double y, double v, ConfidenceLevel level) {
    if (y == 0) {
      return 0;
    }
    return v / (2 * y) * PoissonLimits.chiSquareQuantile(level.tail(), 2 * y * y / v);
  }

  static double fayFeuerUpper(double y, double v, double wMax, ConfidenceLevel level) {
    double yw = y + wMax;
    double vw = v + wMax * wMax;
    return vw / (2 * yw) * PoissonLimits.chiSquareQuantile(1 - level.tail(), 2 * yw * yw / vw);
  }

  /** The sums of one group, computed with the checks the fast loop leaves out. */
  private record GroupSums(
      double weight,
      double events,
      double population,
      double weightedRate,
      double weightedVariance,
      Status status) {

    static GroupSums careful(Strata strata, int g) {
      double sumWeight = 0;
      double sumEvents = 0;
      double sumPopulation = 0;
      double weightedRate = 0;
      double weightedVariance = 0;
      Status status = Status.PUBLISHED;
      for (int i = strata.groupOffsets()[g]; i < strata.groupOffsets()[g + 1]; i++) {
        double e = strata.events()[i];
        double n = strata.population()[i];
        sumEvents += e;
        sumPopulation += n;
        if (Double.isNaN(n)) {
          status = Status.MISSING_INPUT;
          continue;
        }
        double w = strata.weight()[i];
        // The empty stratum keeps its weight: its rate is 0, as a share of the standard.
        sumWeight += w;
        if (n == 0) {
          if (e > 0 && status == Status.PUBLISHED) {
            status = Status.INVALID_STRATUM;
          }
          continue;
        }
        double q = w / n;
        weightedRate += q * e;
        weightedVariance += q * q * strata.varianceEvents()[i];
      }
      return new GroupSums(
          sumWeight, sumEvents, sumPopulation, weightedRate, weightedVariance, status);
    }
  }
}
