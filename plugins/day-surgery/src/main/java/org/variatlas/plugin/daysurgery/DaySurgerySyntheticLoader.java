package org.variatlas.plugin.daysurgery;

import org.pf4j.Extension;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.sdk.helseatlas.InstantAtlasCsv;
import org.variatlas.sdk.synthetic.SyntheticCountsLoader;
import org.variatlas.sdk.synthetic.SyntheticGenerator;

/**
 * Generates synthetic procedure counts on the platform's population whose totals per referral area
 * and year equal the published numbers of procedures (dagkir2, 2013-2017), for the procedures with
 * an age and sex profile ({@link DaySurgeryProcedure}). Each published total is apportioned over
 * the area's base units, sexes and ages in proportion to persons x profile weight (largest
 * remainder; no randomness), so the counts are the same on every run and the platform's crude rate
 * of an area equals the published events over its own population.
 */
@Extension
public class DaySurgerySyntheticLoader extends SyntheticCountsLoader {

  public DaySurgerySyntheticLoader() {
    super(new DaySurgeryTopic());
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    SyntheticGenerator generator =
        new SyntheticGenerator(
            context,
            DaySurgeryTopic.LEVEL,
            Period.of(DaySurgeryTopic.FIRST_YEAR, DaySurgeryTopic.LAST_YEAR),
            PopulationFilter.everyone());
    String source = DaySurgeryPublishedLoader.SOURCE;
    InstantAtlasCsv.read(
        context.resolve(source),
        source,
        context,
        row -> {
          DaySurgeryProcedure procedure = DaySurgeryPublishedLoader.procedure(row);
          if (!procedure.hasSyntheticCounts() || row.isNational()) {
            return;
          }
          generator
              .area(row.areaName(), row.where())
              .ifPresent(
                  area ->
                      generator.yearly(
                          procedure.measureId(),
                          area,
                          row.year(),
                          events(row),
                          procedure.profile(),
                          row.where(),
                          sink));
        });
  }

  private static long events(InstantAtlasCsv.Row row) {
    Double n = row.numerator();
    if (n == null || n < 0 || n != Math.rint(n)) {
      throw new SourceProblemException(
          row.where().at("numerator", n == null ? null : n.toString()),
          "not-a-count",
          "the number of procedures must be a whole number of 0 or more");
    }
    return n.longValue();
  }
}
