package org.variatlas.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.api.ui.KitFixtures.area;
import static org.variatlas.api.ui.KitFixtures.indicator;
import static org.variatlas.api.ui.KitFixtures.list;
import static org.variatlas.api.ui.KitFixtures.national;
import static org.variatlas.api.ui.KitFixtures.spec;
import static org.variatlas.api.ui.KitFixtures.suppressed;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Polarity;

class TrendAndDotsTest {

  private final IndicatorDefinition indicator = indicator(0, Polarity.NO_JUDGEMENT, List.of());

  private IndicatorResults year(int year, double national, AreaResult... areas) {
    return new IndicatorResults(
        indicator, "hf", Period.year(year), List.of(areas), national(national), null, List.of());
  }

  @Test
  void yearly_results_give_the_national_line_first_with_its_interval() {
    TrendChart trend = new TrendChart();
    trend.setYearlyResults(
        List.of(
            year(2013, 100, area("1", "Finnmark", 90.0)),
            year(2014, 110, area("1", "Finnmark", 95.0), suppressed("2", "UNN"))));

    List<Map<String, Object>> lines = list(spec(trend).get("lines"));

    assertThat(lines).hasSize(2);
    assertThat(((Map<?, ?>) lines.get(0).get("area")).get("national")).isEqualTo(true);
    assertThat(lines.get(0).get("values")).asList().containsExactly(100.0, 110.0);
    assertThat(lines.get(0).get("lower")).asList().hasSize(2).first().isEqualTo(98.0);
    assertThat(lines.get(1).get("values")).asList().containsExactly(90.0, 95.0);
    assertThat(spec(trend).get("years")).asList().containsExactly(2013.0, 2014.0);
  }

  @Test
  void a_period_gives_lines_from_its_yearly_values_without_intervals() {
    TrendChart trend = new TrendChart();
    trend.setResults(
        KitFixtures.results(
            indicator, null, KitFixtures.withYears(area("1", "Finnmark", 90.0), 80, 100)));

    List<Map<String, Object>> lines = list(spec(trend).get("lines"));

    assertThat(lines)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.get("values")).asList().containsExactly(80.0, 100.0);
              assertThat(l.get("lower")).asList().containsOnlyNulls();
            });
  }

  @Test
  void the_dot_strip_leaves_out_suppressed_areas_and_sends_the_national_dot_apart() {
    DotStrip dots = new DotStrip();
    dots.setResults(
        KitFixtures.results(
            indicator, national(120), area("1", "Finnmark", 90.0), suppressed("2", "UNN")));

    Map<String, Object> spec = spec(dots);

    assertThat(list(spec.get("rows"))).extracting(r -> r.get("name")).containsExactly("Finnmark");
    assertThat(((Map<?, ?>) spec.get("national")).get("value")).isEqualTo(120.0);
    assertThat(dots.preferredHeight()).isEqualTo(DotStrip.HEIGHT);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_strip_the_browser_builds_gets_its_spec_without_the_selection_its_label_and_height() {
    DotStrip dots = new DotStrip();
    dots.setResults(KitFixtures.results(indicator, national(120), area("1", "Finnmark", 90.0)));
    dots.setSelectedAreas(java.util.Set.of("1"));

    Map<String, Object> json =
        (Map<String, Object>)
            TestJson.parse(dots.browserJson(java.util.Locale.forLanguageTag("nb")));

    Map<String, Object> spec = (Map<String, Object>) json.get("spec");
    assertThat(spec.get("kind")).isEqualTo("dots");
    assertThat(spec.get("selected")).asList().isEmpty();
    assertThat(list(spec.get("rows"))).extracting(r -> r.get("code")).containsExactly("1");
    assertThat(json.get("label")).isNotNull();
    assertThat(((Number) json.get("height")).intValue()).isEqualTo(DotStrip.HEIGHT);
  }
}
