package org.variatlas.app.indicators;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
    // One piece of HTML rather than three elements a row: the panel never changes once shown, and
    // the page's message (and the session's copy of it) is the smaller for it.
    StringBuilder rows = new StringBuilder();
    for (VariationTexts.Statistic s : VariationTexts.statistics(variation)) {
      if (s.value() == null) {
        continue;
      }
      rows.append("<div class=\"va-variation-row\" data-statistic=\"")
          .append(escape(s.id()))
          .append("\"><span class=\"va-variation-label\">")
          .append(escape(getTranslation(s.labelKey())))
          .append("</span><span class=\"va-variation-value\">")
          .append(escape(Formats.number(s.value(), s.decimals(), locale)))
          .append("</span><span class=\"va-variation-explain\">")
          .append(escape(getTranslation(s.explanationKey())))
          .append("</span></div>");
    }
    Div list = new Div();
    list.getElement().setProperty("innerHTML", rows.toString());
    box.add(list);
    Paragraph areas = new Paragraph(getTranslation("variation.areas", variation.areas()));
    areas.addClassName("va-muted");
    box.add(areas);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
