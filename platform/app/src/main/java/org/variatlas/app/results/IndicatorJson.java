package org.variatlas.app.results;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.StandardPopulation;

/** An indicator definition as the HTTP API publishes it. */
@Schema(name = "Indicator", description = "An indicator definition.")
record IndicatorJson(
    String id,
    String chapter,
    Text title,
    Text description,
    Text selection,
    Text unit,
    Text source,
    String provenance,
    String valueType,
    String numerator,
    String denominator,
    Population population,
    double multiplier,
    String standard,
    List<CategoryJson> categories,
    String polarity,
    int suppressionThreshold,
    int protectionWidth,
    int minimumEvents,
    List<String> periods,
    List<String> levels,
    boolean synthetic,
    LocalDate dataDate) {

  @Schema(name = "LocalizedText", description = "A text in nb, nn and en.")
  record Text(String nb, String nn, String en) {
    static Text of(LocalizedText t) {
      return t == null
          ? null
          : new Text(
              t.get(LocalizedText.BOKMAL),
              t.get(LocalizedText.NYNORSK),
              t.get(LocalizedText.ENGLISH));
    }
  }

  @Schema(name = "IndicatorPopulation", description = "Who the indicator counts.")
  record Population(int ageFrom, int ageTo, List<String> sexes) {}

  @Schema(name = "IndicatorCategory")
  record CategoryJson(String id, Text label) {}

  static IndicatorJson of(IndicatorDefinition d) {
    String denominator =
        d.denominator() == null
            ? null
            : d.denominator() instanceof Denominator.Measure m
                ? "measure:" + m.measureId()
                : "population";
    String standard =
        d.standard() == null
            ? null
            : d.standard() instanceof StandardPopulation.ReferenceYear y
                ? "reference-year:" + y.year()
                : "esp2013";
    return new IndicatorJson(
        d.id(),
        d.chapterId(),
        Text.of(d.title()),
        Text.of(d.description()),
        Text.of(d.selection()),
        Text.of(d.unit()),
        Text.of(d.source()),
        d.provenance().name(),
        d.valueType().name(),
        d.numeratorMeasure(),
        denominator,
        new Population(
            d.population().ageFrom(),
            d.population().ageTo(),
            d.population().sexes().stream().map(s -> s.code()).sorted().toList()),
        d.multiplier(),
        standard,
        d.categories().stream()
            .map((Category c) -> new CategoryJson(c.id(), Text.of(c.label())))
            .toList(),
        d.polarity().name(),
        d.suppressionThreshold(),
        d.effectiveProtectionWidth(),
        d.minimumEvents(),
        d.periods().stream().map(Period::toString).toList(),
        d.levels(),
        d.synthetic(),
        d.dataDate());
  }
}
