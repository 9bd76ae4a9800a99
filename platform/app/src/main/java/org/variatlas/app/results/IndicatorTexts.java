package org.variatlas.app.results;

import java.util.Locale;
import java.util.function.BiFunction;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.ValueType;

/** Texts the platform composes from an indicator's definition. */
public final class IndicatorTexts {

  private IndicatorTexts() {}

  /**
   * The unit as shown under a chart: the plugin's unit plus how it is adjusted, e.g. "Procedures
   * per 100 000 inhabitants, adjusted for age and sex".
   *
   * @param translate the platform's translation (key, parameters) in {@code locale}
   */
  public static String unit(
      IndicatorDefinition indicator,
      Locale locale,
      BiFunction<String, Object[], String> translate) {
    String unit = indicator.unit().get(locale);
    if (indicator.valueType() == ValueType.DIRECTLY_STANDARDISED_RATE) {
      boolean bothSexes = indicator.population().bothSexes();
      return unit
          + translate.apply(
              bothSexes ? "indicator.adjusted.ageSex" : "indicator.adjusted.age", new Object[0]);
    }
    if (indicator.valueType() == ValueType.INDIRECTLY_STANDARDISED_RATIO
        || indicator.valueType() == ValueType.INDIRECTLY_STANDARDISED_RATE) {
      return unit + translate.apply("indicator.adjusted.indirect", new Object[0]);
    }
    return unit;
  }
}
