package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.testkit.TopicContractTests;

/**
 * The built jar in the whole platform (embedded PostgreSQL, the geography and population of the
 * data directory): the checks every topic plugin must pass ({@link TopicContractTests}: it starts,
 * serves its topic in three languages, imports only the plugin API, the SDK, PF4J and the JDK, its
 * loaders run without a problem and every indicator has a value for every covered area), and this
 * topic's own. Needs the data directory: {@code VARIATLAS_DATA_DIR} or {@code -Dvariatlas.data-dir}.
 */
class ${classPrefix}ContractIT extends TopicContractTests {

  ${classPrefix}ContractIT() {
    super(${classPrefix}Topic.ID);
  }

  @Test
  void the_proportion_is_computed_for_the_four_referral_areas_of_the_region() {
    IndicatorResults results =
        platform().results(${classPrefix}Topic.ID, "within-48h", "hf", Period.of(2020, 2024));
    assertThat(results.areas()).hasSize(4);
    assertThat(results.areas()).allMatch(a -> a.value() != null && a.value() > 50 && a.value() < 100);
    assertThat(results.national().area().name()).isEqualTo("Northern Norway");
  }
}
