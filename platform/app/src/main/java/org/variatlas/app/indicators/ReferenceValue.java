package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.ValueType;
import org.variatlas.api.ui.NumberStyle;

/**
 * The one reference value of an indicator's page: Norway's row of the results, computed with the
 * same method as the areas' (or published as such). The bars' line, the funnel's centre line, the
 * table's national row and the trend's national line all show it, under one label that says what it
 * is ("Norway, adjusted for age and sex").
 *
 * @param value the value, or null when the results have no national row
 * @param label what the charts call it
 */
record ReferenceValue(Double value, String label) {

  static ReferenceValue of(IndicatorResults results, Component c) {
    AreaResult national = results.national();
    String name =
        national == null ? c.getTranslation("kit.chart.national") : national.area().name();
    ValueType type = results.indicator().valueType();
    boolean adjusted =
        type == ValueType.DIRECTLY_STANDARDISED_RATE
            || type == ValueType.INDIRECTLY_STANDARDISED_RATE
            || type == ValueType.INDIRECTLY_STANDARDISED_RATIO;
    String label = adjusted ? c.getTranslation("indicator.reference.adjusted", name) : name;
    return new ReferenceValue(national == null ? null : national.value(), label);
  }

  /** "Reference: Norway, adjusted for age and sex: 760 procedures per 100 000 …". */
  String sentence(Component c, IndicatorPage page, int decimals) {
    if (value == null) {
      return c.getTranslation("indicator.reference.none");
    }
    return c.getTranslation(
        "indicator.reference.note",
        label,
        NumberStyle.of(page.locale()).format(value, decimals),
        page.unit(c));
  }
}
