package org.variatlas.api.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Polarity;
import org.variatlas.api.model.ValueType;

/** Small results for the kit's tests, and a render context whose texts show key and params. */
final class KitFixtures {

  static final Locale NB = LocalizedText.BOKMAL;

  private KitFixtures() {}

  /** Translations as "key[params]", so that tests see which key a text came from. */
  static RenderContext context(Locale locale) {
    return new RenderContext(
        (key, params) -> params.length == 0 ? key : key + Arrays.toString(params),
        NumberStyle.of(locale),
        locale);
  }

  static IndicatorDefinition indicator(int suppressBelow, Polarity polarity, List<Category> cats) {
    return IndicatorDefinition.published("shoulder")
        .chapter("orthopaedics")
        .title(LocalizedText.of("Skulder", "Skulder", "Shoulder"))
        .unit(LocalizedText.of("per 100 000", "per 100 000", "per 100,000"))
        .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
        .periods(Period.of(2013, 2017))
        .levels("hf")
        .suppressBelow(suppressBelow)
        .polarity(polarity)
        .categories(cats)
        .build();
  }

  static AreaResult area(String code, String name, Double value) {
    return new AreaResult(
        new AreaRef("hf", code, name),
        value == null ? null : 120.0,
        value == null ? null : 50_000.0,
        value,
        value,
        value == null ? null : value * 0.9,
        value == null ? null : value * 1.1,
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }

  static AreaResult suppressed(String code, String name) {
    return new AreaResult(
        new AreaRef("hf", code, name),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null);
  }

  static AreaResult withYears(AreaResult a, double... values) {
    SortedMap<Integer, Double> years = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      years.put(2013 + i, values[i]);
    }
    return new AreaResult(
        a.area(),
        a.events(),
        a.population(),
        a.crude(),
        a.value(),
        a.lower95(),
        a.upper95(),
        a.lower998(),
        a.upper998(),
        a.comparison(),
        a.funnelSignificance(),
        a.suppressed(),
        a.categoryValues(),
        years);
  }

  static AreaResult withCategories(AreaResult a, Map<String, Double> values) {
    return new AreaResult(
        a.area(),
        a.events(),
        a.population(),
        a.crude(),
        a.value(),
        a.lower95(),
        a.upper95(),
        a.lower998(),
        a.upper998(),
        a.comparison(),
        a.funnelSignificance(),
        a.suppressed(),
        values,
        a.yearlyValues());
  }

  static AreaResult withFunnel(AreaResult a, String significance) {
    return new AreaResult(
        a.area(),
        a.events(),
        a.population(),
        a.crude(),
        a.value(),
        a.lower95(),
        a.upper95(),
        a.lower998(),
        a.upper998(),
        a.comparison(),
        significance,
        a.suppressed(),
        a.categoryValues(),
        a.yearlyValues());
  }

  static AreaResult national(double value) {
    return new AreaResult(
        new AreaRef(AreaRef.NATIONAL_LEVEL, AreaRef.NATIONAL_CODE, "Norge"),
        1000.0,
        5_000_000.0,
        value,
        value,
        value * 0.98,
        value * 1.02,
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }

  static IndicatorResults results(
      IndicatorDefinition indicator, AreaResult national, AreaResult... areas) {
    return new IndicatorResults(
        indicator, "hf", Period.of(2013, 2017), List.of(areas), national, null, List.of(150.0));
  }

  /** The spec a chart sends, parsed. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> spec(EChart chart) {
    return (Map<String, Object>) TestJson.parse(chart.spec(context(NB)));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
