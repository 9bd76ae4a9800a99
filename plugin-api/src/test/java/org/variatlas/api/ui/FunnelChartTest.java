package org.variatlas.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.api.ui.KitFixtures.area;
import static org.variatlas.api.ui.KitFixtures.indicator;
import static org.variatlas.api.ui.KitFixtures.list;
import static org.variatlas.api.ui.KitFixtures.national;
import static org.variatlas.api.ui.KitFixtures.results;
import static org.variatlas.api.ui.KitFixtures.spec;
import static org.variatlas.api.ui.KitFixtures.withFunnel;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.Polarity;

class FunnelChartTest {

  private final FunnelLimits limits =
      new FunnelLimits(
          200,
          FunnelLimits.XAxis.POPULATION,
          new FunnelLimits.Curve(new double[] {1, 2}, new double[] {150, 170}),
          new FunnelLimits.Curve(new double[] {1, 2}, new double[] {250, 230}),
          new FunnelLimits.Curve(new double[] {1, 2}, new double[] {120, 150}),
          new FunnelLimits.Curve(new double[] {1, 2}, new double[] {280, 250}),
          Map.of("1", 12_345.0));

  @Test
  void phe_labels_map_to_high_low_and_level() {
    assertThat(FunnelChart.significance("High (0.001)")).isEqualTo("high998");
    assertThat(FunnelChart.significance("High (0.025)")).isEqualTo("high95");
    assertThat(FunnelChart.significance("Low (0.001)")).isEqualTo("low998");
    assertThat(FunnelChart.significance("Low (0.025)")).isEqualTo("low95");
    assertThat(FunnelChart.significance("Not significant")).isEqualTo("none");
    assertThat(FunnelChart.significance(null)).isEqualTo("none");
  }

  @Test
  void high_reads_worse_when_low_is_good() {
    FunnelChart chart = new FunnelChart();
    chart.setResults(
        results(
            indicator(0, Polarity.LOW_IS_GOOD, List.of()),
            national(200),
            withFunnel(area("1", "Finnmark", 300.0), "High (0.001)")),
        limits);

    Map<String, Object> spec = spec(chart);

    Map<?, ?> labels = (Map<?, ?>) spec.get("classLabels");
    assertThat(labels.get("high998")).isEqualTo("kit.funnel.worse998");
    assertThat(labels.get("low95")).isEqualTo("kit.funnel.better95");
    Map<String, Object> point = list(spec.get("points")).get(0);
    assertThat(point.get("x")).isEqualTo(12_345.0);
    assertThat(point.get("significance")).isEqualTo("high998");
  }

  @Test
  void areas_without_a_position_sit_at_their_population() {
    FunnelChart chart = new FunnelChart();
    chart.setResults(
        results(
            indicator(0, Polarity.NO_JUDGEMENT, List.of()),
            national(200),
            area("9", "Bergen", 190.0)),
        limits);

    assertThat(list(spec(chart).get("points")).get(0).get("x")).isEqualTo(50_000.0);
    assertThat(((Map<?, ?>) spec(chart).get("classLabels")).get("high95"))
        .isEqualTo("kit.funnel.higher95");
  }
}
