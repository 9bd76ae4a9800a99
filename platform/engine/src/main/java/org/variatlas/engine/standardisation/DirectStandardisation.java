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
 * Strata with neither population nor events contribute nothing (as SAS sums skip missing
 * quotients); a stratum with events but no population makes the group {@link
 * Status#INVALID_STRATUM}. Groups with fewer events than {@link DsrOptions#minimumEvents()} keep
 * their count, population and crude rate but not value or limits (PHE: 10).
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
    int[] offsets = strata.groupOffsets();
    double[] events = strata.events();
    double[] varianceEvents = strata.varianceEvents();
    double[] population = strata.population();
    double[] weight = strata.weight();
    GroupEstimates out = new GroupEstimates(strata.groups());
    for (int g = 0; g < strata.groups(); g++) {
      double sumWeight = 0;
      double sumEvents = 0;
      double sumPopulation = 0;
      double weightedRate = 0;
      double weightedVariance = 0;
      // One division per stratum: q = w/n gives both w·O/n and w²·V/n².
      for (int i = offsets[g]; i < offsets[g + 1]; i++) {
        double w = weight[i];
        double q = w / population[i];
        sumWeight += w;
        sumEvents += events[i];
        sumPopulation += population[i];
        weightedRate += q * events[i];
        weightedVariance += q * q * varianceEvents[i];
      }
      if (!Double.isFinite(weightedRate + weightedVariance + sumPopulation)) {
        // Rare: a zero-population stratum (w/0) or a missing population. Redo it carefully.
        GroupSums sums = GroupSums.careful(strata, g);
        if (sums.status() != Status.PUBLISHED) {
          out.count()[g] = sums.events();
          out.denominator()[g] = sums.population();
          out.method()[g] = method(options);
          out.withhold(g, sums.status());
          continue;
        }
        sumWeight = sums.weight();
        sumEvents = sums.events();
        sumPopulation = sums.population();
        weightedRate = sums.weightedRate();
        weightedVariance = sums.weightedVariance();
      }
      finish(
          out,
          strata,
          g,
          options,
          sumWeight,
          sumEvents,
          sumPopulation,
          weightedRate,
          weightedVariance);
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
    if (years < 1) {
      throw new IllegalArgumentException("a period has at least one year, was " + years);
    }
    GroupEstimates out = compute(summedOverYears, options);
    for (int g = 0; g < out.size(); g++) {
      out.count()[g] /= years;
      out.denominator()[g] /= years;
    }
    return out;
  }

  private static Method method(DsrOptions options) {
    return options.interval() == DsrInterval.DOBSON ? Method.DOBSON : Method.FAY_FEUER;
  }

  private static void finish(
      GroupEstimates out,
      Strata strata,
      int g,
      DsrOptions options,
      double sumWeight,
      double events,
      double population,
      double weightedRate,
      double weightedVariance) {
    double m = options.multiplier();
    out.count()[g] = events;
    out.denominator()[g] = population;
    out.crude()[g] = population > 0 ? events / population * m : Double.NaN;
    out.method()[g] = method(options);
    if (!(sumWeight > 0)) {
      out.withhold(g, Status.ZERO_DENOMINATOR);
      return;
    }
    if (events < options.minimumEvents()) {
      out.withhold(g, Status.BELOW_MINIMUM_EVENTS);
      return;
    }
    double perWeight = 1 / sumWeight;
    double rate = weightedRate * perWeight;
    double variance = weightedVariance * perWeight * perWeight;
    double value = rate * m;
    out.value()[g] = value;
    if (options.interval() == DsrInterval.DOBSON) {
      double scale = Math.sqrt(variance / events) * m;
      PoissonLimits.Byar byar = PoissonLimits.byar(events);
      // A negative Byar lower limit (possible only when the minimum is set below about 3
      // events) is not a limit: NaN, as PHE's Byar worksheet.
      out.lower95()[g] = value + scale * (byar.lowerPublished(ConfidenceLevel.P95) - events);
      out.upper95()[g] = value + scale * (byar.upper(ConfidenceLevel.P95) - events);
      out.lower998()[g] = value + scale * (byar.lowerPublished(ConfidenceLevel.P998) - events);
      out.upper998()[g] = value + scale * (byar.upper(ConfidenceLevel.P998) - events);
    } else {
      double wMax = maxWeightPerPerson(strata, g) / sumWeight;
      out.lower95()[g] = fayFeuerLower(rate, variance, ConfidenceLevel.P95) * m;
      out.upper95()[g] = fayFeuerUpper(rate, variance, wMax, ConfidenceLevel.P95) * m;
      out.lower998()[g] = fayFeuerLower(rate, variance, ConfidenceLevel.P998) * m;
      out.upper998()[g] = fayFeuerUpper(rate, variance, wMax, ConfidenceLevel.P998) * m;
    }
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
