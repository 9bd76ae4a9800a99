package org.variatlas.plugin.childhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.sdk.helseatlas.ResultBoxIndicator;
import org.variatlas.sdk.testing.Bundles;
import org.variatlas.sdk.testing.ResultBoxCoverage;

class ChildHealthTopicTest {

  private static final Path DATA =
      Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"));

  private final ChildHealthTopic topic = new ChildHealthTopic();

  @Test
  void the_bundle_has_every_key_in_bokmal_nynorsk_and_english() {
    assertThat(Bundles.missingKeys(ChildHealthTopic.class, "i18n/child-health")).isEmpty();
  }

  @Test
  void every_result_box_of_the_atlas_definition_is_imported() {
    List<String> referenced =
        ResultBoxCoverage.referencedFiles(
            DATA.resolve("helseatlas/atlas_v2/definitions/barn2025.json"));
    assertThat(referenced).hasSize(19);
    assertThat(topic.published().stream().map(ResultBoxIndicator::file).distinct())
        .containsExactlyInAnyOrderElementsOf(referenced);
  }

  @Test
  void every_charted_column_is_imported_but_the_bar_that_repeats_the_drug_rate() {
    Map<String, Set<String>> uncovered =
        ResultBoxCoverage.uncoveredColumns(
            DATA.resolve(ChildHealthCatalogue.DIRECTORY), topic.published());
    // The county boxes' second chart draws lmr_u_rate, a copy of ratesnitt, with the care rate.
    assertThat(uncovered.values()).allMatch(columns -> columns.equals(Set.of("lmr_u_rate")));
    assertThat(uncovered).hasSize(4);
  }

  @Test
  void thirty_nine_published_indicators_and_three_computed_on_synthetic_counts() {
    assertThat(topic.indicators())
        .filteredOn(i -> i.provenance() == Provenance.PUBLISHED)
        .hasSize(39);
    List<IndicatorDefinition> computed =
        topic.indicators().stream().filter(i -> i.provenance() == Provenance.COMPUTED).toList();
    assertThat(computed).hasSize(3);
    assertThat(computed)
        .allSatisfy(
            i -> {
              assertThat(i.synthetic()).isTrue();
              assertThat(i.standard()).isEqualTo(StandardPopulation.referenceYear(2022));
              assertThat(i.multiplier()).isEqualTo(1_000);
              assertThat(i.population().ageTo()).isEqualTo(18);
              assertThat(i.defaultPeriod()).isEqualTo(Period.of(2022, 2024));
              assertThat(i.defaultLevel()).isEqualTo("hf19");
            });
    assertThat(topic.measures()).hasSize(3);
  }

  @Test
  void indicators_have_unique_ids_known_chapters_and_their_levels() {
    List<String> ids = topic.indicators().stream().map(IndicatorDefinition::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    List<String> chapters = topic.chapters().stream().map(c -> c.id()).toList();
    for (IndicatorDefinition indicator : topic.indicators()) {
      assertThat(chapters).contains(indicator.chapterId());
      assertThat(indicator.levels())
          .containsExactly(indicator.id().contains("-county-") ? "fylke" : "hf19");
      assertThat(indicator.suppressionThreshold()).isEqualTo(40);
    }
    assertThat(topic.indicators())
        .filteredOn(i -> i.id().equals("outpatient-consultations"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.categories())
                    .extracting(c -> c.id())
                    .containsExactly("private", "public"));
  }
}
