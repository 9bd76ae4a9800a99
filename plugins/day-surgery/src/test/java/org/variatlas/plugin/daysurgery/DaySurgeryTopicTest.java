package org.variatlas.plugin.daysurgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.sdk.testing.Bundles;

class DaySurgeryTopicTest {

  private final DaySurgeryTopic topic = new DaySurgeryTopic();

  @Test
  void the_bundle_has_every_key_in_bokmal_nynorsk_and_english() {
    assertThat(Bundles.missingKeys(DaySurgeryTopic.class, "i18n/day-surgery")).isEmpty();
  }

  @Test
  void twelve_published_procedures_and_four_computed_on_synthetic_counts() {
    List<IndicatorDefinition> indicators = topic.indicators();
    assertThat(indicators).filteredOn(i -> i.provenance() == Provenance.PUBLISHED).hasSize(12);
    List<IndicatorDefinition> computed =
        indicators.stream().filter(i -> i.provenance() == Provenance.COMPUTED).toList();
    assertThat(computed)
        .extracting(IndicatorDefinition::id)
        .containsExactly(
            "shoulder-synthetic",
            "tonsils-synthetic",
            "cataract-synthetic",
            "inguinal-hernia-synthetic");
    assertThat(computed)
        .allSatisfy(
            i -> {
              assertThat(i.synthetic()).isTrue();
              assertThat(i.standard()).isEqualTo(StandardPopulation.referenceYear(2016));
              assertThat(i.multiplier()).isEqualTo(100_000);
              assertThat(i.periods()).contains(Period.of(2015, 2017), Period.year(2013));
            });
    assertThat(topic.measures())
        .extracting(MeasureDefinition::id)
        .containsExactlyElementsOf(computed.stream().map(i -> i.numeratorMeasure()).toList());
  }

  @Test
  void every_indicator_is_in_a_chapter_and_says_everything_in_three_languages() {
    List<String> chapters = topic.chapters().stream().map(c -> c.id()).toList();
    for (IndicatorDefinition indicator : topic.indicators()) {
      assertThat(chapters).contains(indicator.chapterId());
      assertThat(indicator.defaultLevel()).isEqualTo("hf");
      assertThat(indicator.defaultPeriod()).isEqualTo(Period.year(2017));
      assertThat(indicator.suppressionThreshold()).isEqualTo(30);
      for (LocalizedText text :
          List.of(indicator.title(), indicator.unit(), indicator.selection(), indicator.source())) {
        for (Locale language :
            List.of(LocalizedText.BOKMAL, LocalizedText.NYNORSK, LocalizedText.ENGLISH)) {
          assertThat(text.has(language)).as("%s in %s", indicator.id(), language).isTrue();
        }
      }
    }
  }
}
