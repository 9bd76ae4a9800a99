package org.variatlas.plugin.daysurgery;

import org.pf4j.Extension;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.sdk.helseatlas.InstantAtlasCsv;
import org.variatlas.sdk.topic.TopicLoader;

/**
 * Imports the published figures of the day-surgery atlas from its InstantAtlas export: per
 * procedure, referral area (and Norway) and year 2013-2017 the adjusted rate per 100 000, the
 * number of procedures and the population. Area names go out as the file writes them ({@code St.
 * Olavs}, {@code Norge}); the platform matches them.
 */
@Extension
public class DaySurgeryPublishedLoader extends TopicLoader {

  /** The InstantAtlas export, relative to the data directory. */
  static final String SOURCE = "helseatlas/legacy_instantatlas/dagkir2.csv";

  public DaySurgeryPublishedLoader() {
    super(new DaySurgeryTopic(), "published-results");
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    InstantAtlasCsv.read(
        context.resolve(SOURCE),
        SOURCE,
        context,
        row ->
            sink.published(
                new PublishedValue(
                    procedure(row).id(),
                    DaySurgeryTopic.LEVEL,
                    row.areaName(),
                    Period.year(row.year()),
                    null,
                    row.value(),
                    row.numerator(),
                    row.denominator(),
                    row.lower(),
                    row.upper(),
                    row.where())));
  }

  /** The procedure of a row, or a located {@code unknown-indicator} problem. */
  static DaySurgeryProcedure procedure(InstantAtlasCsv.Row row) {
    return DaySurgeryProcedure.byAtlasNumber(row.level1())
        .orElseThrow(
            () ->
                new SourceProblemException(
                    row.where().at("level1", row.level1()),
                    "unknown-indicator",
                    "'" + row.level1Name() + "' is not one of the atlas' twelve procedures"));
  }
}
