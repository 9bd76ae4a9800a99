package org.variatlas.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.api.ui.KitFixtures.NB;
import static org.variatlas.api.ui.KitFixtures.area;
import static org.variatlas.api.ui.KitFixtures.context;
import static org.variatlas.api.ui.KitFixtures.indicator;
import static org.variatlas.api.ui.KitFixtures.suppressed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.Polarity;

class AreaMapTest {

  @Test
  void tooltips_carry_name_value_and_interval_or_why_there_is_none() {
    RenderContext c = context(NB);

    String hidden = ResultsChart.suppressedLabel(indicator(6, Polarity.NO_JUDGEMENT, List.of()), c);
    assertThat(AreaMap.tooltip(area("16", "OUS", 245.0), c, 0, hidden))
        .isEqualTo("kit.map.tooltip[OUS, 245, 220\u2013270]");
    assertThat(AreaMap.tooltip(suppressed("2", "UNN"), c, 0, hidden))
        .isEqualTo("UNN: kit.chart.suppressedBelow[6]");
  }

  @Test
  void state_carries_styles_selection_legend_and_inset() {
    AreaMap map = new AreaMap();
    map.setStyles(Map.of("16", FeatureStyle.fill("#08519c")));
    map.setSelectedAreas(Set.of("16"));
    map.setInset(MapInset.OSLO);

    @SuppressWarnings("unchecked")
    Map<String, Object> state = (Map<String, Object>) TestJson.parse(map.state(context(NB)));

    assertThat(((Map<?, ?>) ((Map<?, ?>) state.get("styles")).get("16")).get("fillColor"))
        .isEqualTo("#08519c");
    assertThat(state.get("selected")).asList().containsExactly("16");
    assertThat(((Map<?, ?>) state.get("inset")).get("name")).isEqualTo("Oslo");
    assertThat(((Map<?, ?>) state.get("labels")).get("zoomTo")).isEqualTo("kit.map.zoomTo[Oslo]");
    assertThat(state.get("tiles")).isNull();
  }

  @Test
  void the_state_shared_by_every_reader_leaves_the_selection_to_the_page() {
    AreaMap map = new AreaMap();
    map.setStyles(Map.of("16", FeatureStyle.fill("#08519c")));
    map.setSelectedAreas(Set.of("16"));

    @SuppressWarnings("unchecked")
    Map<String, Object> shared =
        (Map<String, Object>) TestJson.parse(map.state(context(NB), false));

    assertThat(shared.get("selected")).asList().isEmpty();
    assertThat(((Map<?, ?>) shared.get("styles")).containsKey("16")).isTrue();
  }

  @Test
  void the_builder_writes_a_feature_collection_with_closed_rings() {
    String json =
        new GeoJsonBuilder()
            .polygon("1", "Nord", new double[][] {{10, 60}, {11, 60}, {11, 61}})
            .build();

    @SuppressWarnings("unchecked")
    Map<String, Object> collection = (Map<String, Object>) TestJson.parse(json);
    Map<?, ?> feature = (Map<?, ?>) ((java.util.List<?>) collection.get("features")).get(0);
    assertThat(((Map<?, ?>) feature.get("properties")).get("code")).isEqualTo("1");
    java.util.List<?> ring =
        (java.util.List<?>)
            ((java.util.List<?>) ((Map<?, ?>) feature.get("geometry")).get("coordinates")).get(0);
    assertThat(ring).hasSize(4);
    assertThat(ring.get(3)).isEqualTo(ring.get(0));
  }
}
