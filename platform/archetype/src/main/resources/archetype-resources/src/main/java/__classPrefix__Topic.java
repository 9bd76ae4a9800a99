package ${package};

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.model.Coverage;
import org.variatlas.api.model.DataSource;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Polarity;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.api.model.ValueType;
import org.variatlas.sdk.topic.Topic;

/**
 * The topic: what the atlas shows and from which counts. An example to replace with your own:
 * hip fracture surgery of residents 65 and over in one health region, 2020-2024, by referral area.
 *
 * <ul>
 *   <li>{@code operations}: a rate the platform computes from counts, adjusted for age and sex;
 *   <li>{@code within-48h}: a proportion the platform computes from two counts (operated within 48
 *       hours of all operations), with Wilson intervals and a proportion funnel;
 *   <li>{@code operations-published}: a rate imported as a source published it.
 * </ul>
 *
 * Every text comes from {@code src/main/resources/i18n/${pluginId}_*.properties}.
 */
@Extension
public class ${classPrefix}Topic extends Topic {

  static final String ID = "${pluginId}";

  /** The level the indicators are shown on: the referral areas of the health trusts. */
  static final String LEVEL = "hf";

  static final int FIRST_YEAR = 2020;
  static final int LAST_YEAR = 2024;

  /** The measures: what the loaders count, by base unit, year, sex and age. */
  static final String OPERATIONS = "operations";

  static final String WITHIN_48H = "operations-within-48h";

  /** Residents 65 and over. */
  static final PopulationFilter ELDERLY = PopulationFilter.ages(65, 105);

  /** No count below this ever leaves the server. */
  static final int SUPPRESS_BELOW = 5;

  public ${classPrefix}Topic() {
    super(ID, 100, "surgery");
  }

  /** The areas the topic has data for: one health region. */
  @Override
  public Coverage coverage() {
    return Coverage.of("rhf", "Helse Nord");
  }

  @Override
  public List<DataSource> sources() {
    return List.of(
        DataSource.of(text("source.sample"), text("source.sample.attribution"))
            .use(text("source.sample.use"))
            .licence("CC0-1.0"));
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    IndicatorDefinition operations =
        IndicatorDefinition.computed("operations")
            .chapter("surgery")
            .title(text("operations.title"))
            .description(text("operations.description"))
            .selection(text("operations.selection"))
            .unit(text("unit.per100k"))
            .source(text("source.sample"))
            .numerator(OPERATIONS)
            .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
            .standard(StandardPopulation.referenceYear(2022))
            .multiplier(100_000)
            .population(ELDERLY)
            .suppressBelow(SUPPRESS_BELOW)
            .periods(periods())
            .levels(LEVEL)
            .synthetic(true)
            .build();
    List<IndicatorDefinition> indicators = new ArrayList<>();
    indicators.add(operations);
    indicators.add(
        IndicatorDefinition.computedLike(operations, "within-48h", WITHIN_48H)
            .title(text("within-48h.title"))
            .description(text("within-48h.description"))
            .selection(text("within-48h.selection"))
            .unit(text("unit.percent"))
            .valueType(ValueType.PROPORTION)
            .denominator(Denominator.measure(OPERATIONS))
            .standard(null)
            .multiplier(100)
            .polarity(Polarity.HIGH_IS_GOOD)
            .build());
    indicators.add(
        IndicatorDefinition.published("operations-published")
            .chapter("surgery")
            .title(text("operations-published.title"))
            .description(text("operations-published.description"))
            .selection(text("operations.selection"))
            .unit(text("unit.per100k"))
            .source(text("source.sample"))
            .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
            .standard(StandardPopulation.referenceYear(2022))
            .multiplier(100_000)
            .population(ELDERLY)
            .suppressBelow(SUPPRESS_BELOW)
            .periods(years())
            .levels(LEVEL)
            .synthetic(true)
            .dataDate(LocalDate.of(2025, 6, 1))
            .build());
    return indicators;
  }

  @Override
  public List<MeasureDefinition> measures() {
    return List.of(
        MeasureDefinition.events(OPERATIONS, text("measure.operations")),
        MeasureDefinition.events(WITHIN_48H, text("measure.operations-within-48h")));
  }

  /** The single years, newest (the default) first. */
  private static List<Period> years() {
    List<Period> years = new ArrayList<>();
    for (int year = LAST_YEAR; year >= FIRST_YEAR; year--) {
      years.add(Period.year(year));
    }
    return years;
  }

  /** The whole period (the default), then the single years. */
  private static List<Period> periods() {
    List<Period> periods = new ArrayList<>();
    periods.add(Period.of(FIRST_YEAR, LAST_YEAR));
    periods.addAll(years());
    return periods;
  }
}
