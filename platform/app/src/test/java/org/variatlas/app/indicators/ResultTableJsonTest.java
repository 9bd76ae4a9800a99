package org.variatlas.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.ValueType;
import org.variatlas.api.ui.NumberStyle;

class ResultTableJsonTest {

  private static final IndicatorDefinition INDICATOR =
      IndicatorDefinition.published("shoulder")
          .chapter("orthopaedics")
          .title(LocalizedText.of("Skulder", "Skulder", "Shoulder"))
          .unit(LocalizedText.of("per 100 000", "per 100 000", "per 100,000"))
          .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
          .periods(Period.of(2013, 2017))
          .levels("hf")
          .build();

  @Test
  void hidden_rows_carry_their_name_only_and_share_their_ranks_so_sorting_tells_nothing()
      throws Exception {
    List<AreaResult> areas = new ArrayList<>();
    areas.add(shown("a", "Alfa", 120.4, 12.2));
    areas.add(hidden("b", "Beta"));
    areas.add(shown("c", "Gamma", 80.6, 30.7));
    areas.add(hidden("d", "Delta"));
    IndicatorResults results =
        new IndicatorResults(INDICATOR, "hf", Period.of(2013, 2017), areas, null, null, List.of());

    JsonNode table =
        new ObjectMapper()
            .readTree(
                ResultTableJson.render(
                    results, new Span(), NumberStyle.of(LocalizedText.BOKMAL), 0));

    JsonNode rows = table.get("rows");
    assertThat(rows).hasSize(4);
    for (int i : new int[] {1, 3}) {
      JsonNode row = rows.get(i);
      row.get("cells").forEach(cell -> assertThat(cell.asText()).isEmpty());
      for (String column : List.of("events", "population", "crude", "value")) {
        assertThat(row.get("sort").get(column).asInt()).as(column).isZero();
      }
    }
    // Shown figures as printed, ranked above the hidden ones; no unrounded figure in the JSON.
    assertThat(rows.get(0).get("cells").get("value").asText()).isEqualTo("120");
    assertThat(rows.get(0).get("sort").get("value").asInt())
        .isGreaterThan(rows.get(2).get("sort").get("value").asInt())
        .isGreaterThan(0);
    assertThat(table.toString()).doesNotContain("120.4", "12.2", "80.6", "30.7");
    assertThat(table.get("columns").findValuesAsText("key"))
        .containsExactly("area", "events", "population", "crude", "value", "ci", "significance");
  }

  private static AreaResult shown(String code, String name, double value, double events) {
    return new AreaResult(
        new AreaRef("hf", code, name),
        events,
        10_000.0,
        value,
        value,
        value * 0.9,
        value * 1.1,
        null,
        null,
        Comparison.NOT_COMPARED,
        null,
        false,
        null,
        null);
  }

  private static AreaResult hidden(String code, String name) {
    return AreaResult.withoutFigures(new AreaRef("hf", code, name), true, null);
  }
}
