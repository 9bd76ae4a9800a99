package org.variatlas.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.api.ui.KitFixtures.area;
import static org.variatlas.api.ui.KitFixtures.indicator;
import static org.variatlas.api.ui.KitFixtures.list;
import static org.variatlas.api.ui.KitFixtures.national;
import static org.variatlas.api.ui.KitFixtures.results;
import static org.variatlas.api.ui.KitFixtures.spec;
import static org.variatlas.api.ui.KitFixtures.suppressed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Polarity;
import org.variatlas.api.model.StandardPopulation;

class RankedBarChartTest {

  private final RankedBarChart chart = new RankedBarChart();

  @Test
  void areas_are_ranked_highest_first_with_the_national_bar_in_its_place_and_suppressed_last() {
    chart.setResults(
        results(
            indicator(6, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            area("1", "Finnmark", 150.0),
            suppressed("2", "UNN"),
            area("3", "Nordland", 250.0)));

    Map<String, Object> spec = spec(chart);

    assertThat(list(spec.get("rows")))
        .extracting(r -> r.get("name"))
        .containsExactly("Nordland", "Norge", "Finnmark", "UNN");
    assertThat(list(spec.get("rows")).get(1).get("national")).isEqualTo(true);
    assertThat(spec.get("nationalValue")).isEqualTo(200.0);
    assertThat(spec.get("suppressedLabel")).isEqualTo("kit.chart.suppressedBelow[6]");
    assertThat(list(spec.get("rows")).get(3).get("value")).isNull();
  }

  @Test
  void a_computed_indicators_hidden_areas_are_not_all_said_to_be_small() {
    // Secondary suppression hides counts above the threshold too: "n < 6" would be false.
    IndicatorDefinition computed =
        IndicatorDefinition.computedLike(
                indicator(6, Polarity.NO_JUDGEMENT, List.of()), "shoulder-computed", "procedures")
            .standard(StandardPopulation.referenceYear(2016))
            .build();
    chart.setResults(results(computed, national(200), suppressed("2", "UNN")));

    assertThat(spec(chart).get("suppressedLabel")).isEqualTo("kit.chart.suppressedProtected");
  }

  @Test
  void ascending_order_keeps_suppressed_areas_at_the_bottom() {
    chart.setDescending(false);
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            suppressed("2", "UNN"),
            area("1", "Finnmark", 150.0),
            area("3", "Nordland", 250.0)));

    assertThat(list(spec(chart).get("rows")))
        .extracting(r -> r.get("name"))
        .containsExactly("Finnmark", "Norge", "Nordland", "UNN");
    assertThat(spec(chart).get("suppressedLabel")).isEqualTo("kit.chart.suppressed");
  }

  @Test
  void yearly_values_become_dots_with_one_column_per_year() {
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            KitFixtures.withYears(area("1", "Finnmark", 150.0), 140, 160, 150)));

    Map<String, Object> spec = spec(chart);

    assertThat(spec.get("years")).asList().containsExactly(2013.0, 2014.0, 2015.0);
    assertThat(((List<?>) spec.get("yearly")).get(1)).asList().containsExactly(140.0, 160.0, 150.0);
  }

  @Test
  void categories_are_stacked_and_switch_the_whiskers_off() {
    List<Category> categories =
        List.of(
            new Category("public", LocalizedText.of("Offentlig", "Offentleg", "Public")),
            new Category("private", LocalizedText.of("Privat", "Privat", "Private")));
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, categories),
            national(200),
            KitFixtures.withCategories(
                area("1", "Finnmark", 150.0), Map.of("public", 100.0, "private", 50.0))));

    Map<String, Object> spec = spec(chart);

    assertThat(list(spec.get("categories")))
        .extracting(c -> c.get("label"))
        .containsExactly("Offentlig", "Privat");
    assertThat(((List<?>) spec.get("stacks")).get(1)).asList().containsExactly(100.0, 50.0);
    assertThat(spec.get("showCi")).isEqualTo(false);
  }

  @Test
  void selection_and_title_go_to_the_browser_and_the_file_name() {
    chart.setTitle("Skulderkirurgi 2013–2017");
    chart.setSelectedAreas(Set.of("3"));
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            area("3", "Nordland", 250.0)));

    Map<String, Object> spec = spec(chart);

    assertThat(spec.get("selected")).asList().containsExactly("3");
    assertThat(spec.get("fileName")).isEqualTo("skulderkirurgi-2013-2017");
    assertThat(((Map<?, ?>) spec.get("numbers")).get("decimal")).isEqualTo(",");
  }

  @Test
  void height_grows_with_the_number_of_bars() {
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()), national(200), area("1", "A", 1.0)));
    int one = chart.preferredHeight();
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            area("1", "A", 1.0),
            area("2", "B", 2.0),
            area("3", "C", 3.0)));

    assertThat(chart.preferredHeight() - one).isEqualTo(2 * RankedBarChart.ROW_HEIGHT);
  }

  @Test
  void the_text_alternative_names_the_extremes_and_the_national_value() {
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            area("1", "Finnmark", 150.0),
            area("3", "Nordland", 1250.0)));

    String text = chart.describe(KitFixtures.context(KitFixtures.NB));

    assertThat(text)
        .startsWith(
            "kit.ranked.summary[2, kit.chart.extremes[Nordland, 1\u00a0250, Finnmark, 150, Norge,"
                + " 200]");
  }
}
