package org.variatlas.sdk.factsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.api.ui.KeyFigure;
import org.variatlas.sdk.testing.RecordingFactSheet;

class TopicSheetTest {

  private final IndicatorDefinition indicator =
      IndicatorDefinition.computed("cataract-synthetic")
          .chapter("eye")
          .title(LocalizedText.of("Grå stær", "Grå stær", "Cataract"))
          .unit(LocalizedText.of("per 100 000"))
          .numerator("cataract-procedures")
          .standard(StandardPopulation.referenceYear(2016))
          .periods(Period.year(2017))
          .levels("hf")
          .synthetic(true)
          .build();

  private static AreaResult area(String name, Double value, boolean suppressed) {
    return new AreaResult(
        new AreaRef("hf", name, name),
        10.0,
        1000.0,
        value,
        value,
        null,
        null,
        null,
        null,
        null,
        null,
        suppressed,
        null,
        null);
  }

  private final IndicatorResults results =
      new IndicatorResults(
          indicator,
          "hf",
          Period.year(2017),
          List.of(
              area("Finnmark", 812.0, false),
              area("OUS", 406.0, false),
              area("Lovisenberg", null, true)),
          new AreaResult(
              new AreaRef("national", "8888", "Norge"),
              1.0,
              1.0,
              600.0,
              600.0,
              null,
              null,
              null,
              null,
              null,
              null,
              false,
              null,
              null),
          new VariationSummary(2, 2.0, null, null, null, null, null, null, null, null, null),
          List.of());

  @Test
  void key_figures_are_the_national_value_the_highest_and_lowest_area_and_ft1() {
    List<KeyFigure> figures = TopicSheet.keyFigures(results);
    assertThat(figures)
        .extracting(f -> f.label().get(Locale.ENGLISH), KeyFigure::value, KeyFigure::decimals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Norway", 600.0, 0),
            org.assertj.core.groups.Tuple.tuple("Highest: Finnmark", 812.0, 0),
            org.assertj.core.groups.Tuple.tuple("Lowest: OUS", 406.0, 0),
            org.assertj.core.groups.Tuple.tuple("Ratio highest/lowest (FT1)", 2.0, 1));
    assertThat(figures.get(1).label().get(LocalizedText.NYNORSK)).isEqualTo("Høgast: Finnmark");
  }

  @Test
  void a_synthetic_indicator_section_carries_the_notice_before_its_figures() {
    RecordingFactSheet sheet = new RecordingFactSheet();
    TopicSheet.section(sheet, indicator, Optional.of(results));
    assertThat(sheet.kinds())
        .containsExactly(
            "heading", "notice", "text", "keyFigures", "rankedChart", "variation", "selection");
    RecordingFactSheet empty = new RecordingFactSheet();
    TopicSheet.section(empty, indicator, Optional.empty());
    assertThat(empty.kinds()).containsExactly("heading", "notice", "text", "selection");
  }

  @Test
  void the_topic_sheet_shows_the_chosen_indicators_in_order() {
    RecordingFactSheet sheet = new RecordingFactSheet();
    org.variatlas.api.AtlasTopic topic =
        new org.variatlas.api.AtlasTopic() {
          public String id() {
            return "eye";
          }

          public LocalizedText title() {
            return LocalizedText.of("Eye");
          }

          public LocalizedText description() {
            return LocalizedText.of("About eyes");
          }

          public List<Chapter> chapters() {
            return List.of(Chapter.of("eye", LocalizedText.of("Eye")));
          }

          public List<IndicatorDefinition> indicators() {
            return List.of(indicator);
          }
        };
    org.variatlas.api.FactSheetContext context =
        new org.variatlas.api.FactSheetContext() {
          public Locale locale() {
            return Locale.ENGLISH;
          }

          public Optional<IndicatorResults> results(String id) {
            return Optional.of(results);
          }

          public Optional<IndicatorResults> results(String id, String level, Period period) {
            return Optional.of(results);
          }
        };
    TopicSheet.compose(context, sheet, topic, null, List.of("unknown", "cataract-synthetic"));
    assertThat(sheet.kinds().subList(0, 3)).containsExactly("title", "text", "heading");
  }
}
