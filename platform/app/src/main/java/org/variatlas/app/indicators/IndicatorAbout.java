package org.variatlas.app.indicators;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.ui.NumberStyle;
import org.variatlas.app.text.Markdown;

/**
 * What the indicator measures and how to read it: the description, the reference value, how the
 * areas compare with Norway (or why that cannot be said), the method and the small-number rule.
 */
class IndicatorAbout extends Composite<Div> {

  IndicatorAbout(IndicatorPage page, IndicatorResults results, ReferenceValue reference) {
    Div about = getContent();
    about.addClassName("va-about-indicator");
    IndicatorDefinition indicator = page.indicator();
    if (indicator.description() != null) {
      about.add(new Html(Markdown.toHtml(indicator.description().get(page.locale()))));
    }
    about.add(new H3(getTranslation("indicator.compare.title")));
    Paragraph ref = new Paragraph(reference.sentence(this, page, decimals(results)));
    ref.setId("indicator-reference");
    about.add(ref);
    Paragraph compare = new Paragraph(comparison(results));
    compare.setId("indicator-compare");
    about.add(compare);
    if (page.computedAverage()) {
      Paragraph average = new Paragraph(getTranslation("indicator.average.computed"));
      average.setId("indicator-average-note");
      about.add(average);
    }
    about.add(muted(getTranslation(methodKey(indicator))));
    if (indicator.suppressionThreshold() > 0) {
      about.add(muted(getTranslation("indicator.suppression", indicator.suppressionThreshold())));
    }
  }

  /** Which areas differ from Norway beyond chance, or why that cannot be read from the figures. */
  private String comparison(IndicatorResults results) {
    List<AreaResult> areas =
        results.areas().stream().filter(a -> !a.suppressed() && a.value() != null).toList();
    boolean intervals = areas.stream().anyMatch(a -> a.lower95() != null && a.upper95() != null);
    if (!intervals) {
      return getTranslation("indicator.compare.unavailable");
    }
    List<String> parts = new ArrayList<>();
    for (Comparison c :
        List.of(Comparison.HIGHER, Comparison.WORSE, Comparison.BETTER, Comparison.LOWER)) {
      String names =
          areas.stream()
              .filter(a -> a.comparison() == c)
              .map(a -> a.area().name())
              .collect(Collectors.joining(", "));
      if (!names.isEmpty()) {
        parts.add(getTranslation("indicator.compare." + c.name(), names));
      }
    }
    long similar = areas.stream().filter(a -> a.comparison() == Comparison.SIMILAR).count();
    parts.add(getTranslation("indicator.compare.similar", similar));
    return String.join(" ", parts);
  }

  private Paragraph muted(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("va-muted");
    return p;
  }

  static int decimals(IndicatorResults results) {
    double largest =
        results.areas().stream()
            .map(AreaResult::value)
            .filter(v -> v != null)
            .mapToDouble(Math::abs)
            .max()
            .orElse(0);
    return NumberStyle.decimalsFor(largest);
  }

  private static String methodKey(IndicatorDefinition indicator) {
    if (indicator.provenance() == Provenance.PUBLISHED) {
      return "indicator.method.published";
    }
    return switch (indicator.valueType()) {
      case DIRECTLY_STANDARDISED_RATE -> "indicator.method.dsr";
      case CRUDE_RATE -> "indicator.method.crude";
      default -> "indicator.method.other";
    };
  }
}
