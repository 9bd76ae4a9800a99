package org.variatlas.plugin.psychiatriccare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.sdk.helseatlas.ResultBoxIndicator;
import org.variatlas.sdk.testing.Bundles;
import org.variatlas.sdk.testing.ResultBoxCoverage;

class PsychiatricCareTopicTest {

  private static final Path DATA =
      Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"));

  private final PsychiatricCareTopic topic = new PsychiatricCareTopic();

  @Test
  void the_bundle_has_every_key_in_bokmal_nynorsk_and_english() {
    assertThat(Bundles.missingKeys(PsychiatricCareTopic.class, "i18n/psychiatric-care")).isEmpty();
  }

  @Test
  void every_result_box_of_the_atlas_definition_is_imported_with_every_charted_column() {
    List<String> referenced =
        ResultBoxCoverage.referencedFiles(
            DATA.resolve("helseatlas/atlas_v2/definitions/psyk2.json"));
    assertThat(referenced).hasSize(16);
    assertThat(topic.published().stream().map(ResultBoxIndicator::file).distinct())
        .containsExactlyInAnyOrderElementsOf(referenced);
    assertThat(
            ResultBoxCoverage.uncoveredColumns(
                DATA.resolve(PsychiatricCareCatalogue.DIRECTORY), topic.published()))
        .isEmpty();
  }

  @Test
  void thirty_four_published_indicators_and_two_computed_on_synthetic_counts() {
    assertThat(topic.indicators())
        .filteredOn(i -> i.provenance() == Provenance.PUBLISHED)
        .hasSize(34);
    List<IndicatorDefinition> computed =
        topic.indicators().stream().filter(i -> i.provenance() == Provenance.COMPUTED).toList();
    assertThat(computed)
        .extracting(IndicatorDefinition::id)
        .containsExactly("outpatient-patients-synthetic", "inpatient-stays-synthetic");
    assertThat(computed)
        .allSatisfy(
            i -> {
              assertThat(i.synthetic()).isTrue();
              assertThat(i.standard()).isEqualTo(StandardPopulation.referenceYear(2022));
              assertThat(i.multiplier()).isEqualTo(10_000);
              assertThat(i.population().ageFrom()).isEqualTo(18);
              assertThat(i.population().ageTo()).isEqualTo(64);
              assertThat(i.defaultPeriod()).isEqualTo(Period.of(2020, 2024));
              assertThat(i.periods()).hasSize(6);
              assertThat(i.categories()).isEmpty();
              assertThat(i.suppressionThreshold()).isEqualTo(6);
            });
    assertThat(topic.measures())
        .extracting(MeasureDefinition::kind)
        .containsExactly(MeasureDefinition.Kind.PERSONS, MeasureDefinition.Kind.EVENTS);
  }

  @Test
  void dps_indicators_show_dps_and_rhf_the_others_referral_areas() {
    List<String> ids = topic.indicators().stream().map(IndicatorDefinition::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    List<String> chapters = topic.chapters().stream().map(c -> c.id()).toList();
    for (IndicatorDefinition indicator : topic.indicators()) {
      assertThat(chapters).contains(indicator.chapterId());
      if (indicator.id().endsWith("-dps")) {
        assertThat(indicator.levels()).containsExactly("dps", "rhf");
      } else {
        assertThat(indicator.levels()).containsExactly("hf");
      }
    }
  }
}
