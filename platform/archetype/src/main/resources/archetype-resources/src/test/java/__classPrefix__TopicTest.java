package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.ValueType;
import org.variatlas.sdk.testing.Bundles;

/** The topic as declared: fast, no platform. */
class ${classPrefix}TopicTest {

  private final ${classPrefix}Topic topic = new ${classPrefix}Topic();

  @Test
  void every_text_is_in_bokmal_nynorsk_and_english() {
    assertThat(Bundles.missingKeys(${classPrefix}Topic.class, "i18n/" + ${classPrefix}Topic.ID)).isEmpty();
    assertThat(topic.title().nb()).isNotEqualTo(topic.title().en());
  }

  @Test
  void a_computed_rate_a_computed_proportion_and_a_published_indicator() {
    List<IndicatorDefinition> indicators = topic.indicators();
    assertThat(indicators)
        .extracting(IndicatorDefinition::id)
        .containsExactly("operations", "within-48h", "operations-published");
    IndicatorDefinition proportion = indicators.get(1);
    assertThat(proportion.valueType()).isEqualTo(ValueType.PROPORTION);
    assertThat(proportion.denominator())
        .isEqualTo(Denominator.measure(${classPrefix}Topic.OPERATIONS));
    assertThat(indicators.get(2).provenance()).isEqualTo(Provenance.PUBLISHED);
  }

  @Test
  void the_topic_covers_one_health_region_and_names_its_source() {
    assertThat(topic.coverage().level()).isEqualTo("rhf");
    assertThat(topic.coverage().areas()).containsExactly("Helse Nord");
    assertThat(topic.sources()).hasSize(1);
  }

  @Test
  void the_sample_file_has_every_area_and_year() {
    assertThat(${classPrefix}Sample.rows())
        .hasSize(5 * 5)
        .allMatch(r -> r.within48h() <= r.operations());
  }
}
