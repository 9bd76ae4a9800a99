package org.variatlas.plugin.daysurgery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.api.model.ValueType;
import org.variatlas.sdk.topic.Topic;

/**
 * Day surgery: twelve common procedures by hospital referral area, 2013-2017 (Helseatlas
 * "Dagkirurgi i Norge 2013-2017", SKDE 2018).
 *
 * <p>Each procedure is a published indicator with the atlas' yearly adjusted rates per 100 000
 * inhabitants (reference population: Norway 2016, which the published figures imply). Four
 * procedures also have a computed indicator on synthetic counts that reproduce the published events
 * per area and year ({@link DaySurgerySyntheticLoader}).
 */
@Extension
public class DaySurgeryTopic extends Topic {

  static final String ID = "day-surgery";

  /** The level of the atlas' areas: the 21 referral areas of the health trusts. */
  static final String LEVEL = "hf";

  static final int FIRST_YEAR = 2013;
  static final int LAST_YEAR = 2017;

  /** Norway's population in 2016 weights the published adjusted rates (ratio 1.000 in 2016). */
  static final StandardPopulation STANDARD = StandardPopulation.referenceYear(2016);

  /** The InstantAtlas report showed "n < 30" for smaller counts. */
  static final int SUPPRESS_BELOW = 30;

  private static final LocalDate PUBLISHED = LocalDate.of(2018, 11, 1);

  public DaySurgeryTopic() {
    super(ID, 10, "orthopaedics", "ent", "eye", "general-surgery");
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    List<IndicatorDefinition> indicators = new ArrayList<>();
    for (DaySurgeryProcedure procedure : DaySurgeryProcedure.values()) {
      indicators.add(published(procedure));
      if (procedure.hasSyntheticCounts()) {
        indicators.add(synthetic(procedure));
      }
    }
    return indicators;
  }

  @Override
  public List<MeasureDefinition> measures() {
    return Arrays.stream(DaySurgeryProcedure.values())
        .filter(DaySurgeryProcedure::hasSyntheticCounts)
        .map(p -> MeasureDefinition.events(p.measureId(), text(p, "measure")))
        .toList();
  }

  private IndicatorDefinition published(DaySurgeryProcedure procedure) {
    return IndicatorDefinition.published(procedure.id())
        .chapter(procedure.chapter())
        .title(text(procedure, "title"))
        .description(text(procedure, "description"))
        .selection(paragraphs(key(procedure, "selection"), "selection.common"))
        .unit(text("unit"))
        .source(text("source.published"))
        .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
        .standard(STANDARD)
        .multiplier(100_000)
        .suppressBelow(SUPPRESS_BELOW)
        .periods(yearsNewestFirst())
        .levels(LEVEL)
        .dataDate(PUBLISHED)
        .build();
  }

  /** The computed counterpart: same scope and unit, texts on how the counts were made. */
  private IndicatorDefinition synthetic(DaySurgeryProcedure procedure) {
    return IndicatorDefinition.computedLike(
            published(procedure), procedure.syntheticId(), procedure.measureId())
        .title(text(procedure, "synthetic-title"))
        .description(paragraphs(key(procedure, "profile"), "synthetic.method"))
        .source(text("source.synthetic"))
        .periods(withAverage(yearsNewestFirst()))
        .synthetic(true)
        .build();
  }

  /** The single years, newest (the default) first. */
  private static List<Period> yearsNewestFirst() {
    List<Period> years = new ArrayList<>();
    for (int year = LAST_YEAR; year >= FIRST_YEAR; year--) {
      years.add(Period.year(year));
    }
    return years;
  }

  /** The years and the atlas' own period average 2015-2017. */
  private static List<Period> withAverage(List<Period> years) {
    List<Period> periods = new ArrayList<>(years);
    periods.add(Period.of(2015, LAST_YEAR));
    return periods;
  }

  private LocalizedText text(DaySurgeryProcedure procedure, String part) {
    return text(key(procedure, part));
  }

  private static String key(DaySurgeryProcedure procedure, String part) {
    return procedure.id() + "." + part;
  }
}
