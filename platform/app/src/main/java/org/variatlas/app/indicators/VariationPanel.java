package org.variatlas.app.indicators;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.results.VariationTexts;

/**
 * How much the areas vary, beyond the picture: FT1 to FT3, EQ, CV, SCV and empirical Bayes, each
 * with a one-line explanation (the same list as the fact sheet's).
 */
public class VariationPanel extends Composite<Div> {

  public VariationPanel(VariationSummary variation, Locale locale) {
    Div box = getContent();
    box.addClassName("va-variation");
    box.setId("indicator-variation");
    box.add(new H3(getTranslation("variation.title")));
    if (variation == null || variation.areas() < 2) {
      box.add(new Paragraph(getTranslation("variation.none")));
      return;
    }
    for (VariationTexts.Statistic s : VariationTexts.statistics(variation)) {
      if (s.value() == null) {
        continue;
      }
      Span label = new Span(getTranslation(s.labelKey()));
      label.addClassName("va-variation-label");
      Span value = new Span(Formats.number(s.value(), s.decimals(), locale));
      value.addClassName("va-variation-value");
      Span explain = new Span(getTranslation(s.explanationKey()));
      explain.addClassName("va-variation-explain");
      Div row = new Div(label, value, explain);
      row.addClassName("va-variation-row");
      row.getElement().setAttribute("data-statistic", s.id());
      box.add(row);
    }
    Paragraph areas = new Paragraph(getTranslation("variation.areas", variation.areas()));
    areas.addClassName("va-muted");
    box.add(areas);
  }
}
