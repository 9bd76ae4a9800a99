package org.variatlas.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.LocalizedText;

class KitBasicsTest {

  @Test
  void json_writer_escapes_strings_and_writes_missing_numbers_as_null() {
    String json =
        new JsonWriter()
            .beginObject()
            .field("name", "Møre \"og\" Romsdal\n")
            .field("value", Double.NaN)
            .field("count", 12.0)
            .field("rate", 12.5)
            .name("list")
            .beginArray()
            .value(true)
            .value((String) null)
            .endArray()
            .endObject()
            .toString();

    assertThat(json)
        .isEqualTo(
            "{\"name\":\"Møre \\\"og\\\" Romsdal\\n\",\"value\":null,\"count\":12,\"rate\":12.5,"
                + "\"list\":[true,null]}");
  }

  @Test
  void norwegian_numbers_use_decimal_comma_and_no_break_space_grouping() {
    NumberStyle nb = NumberStyle.of(LocalizedText.NYNORSK);
    NumberStyle en = NumberStyle.of(Locale.ENGLISH);

    assertThat(nb.format(1234.5, 1)).isEqualTo("1\u00a0234,5");
    assertThat(en.format(1234.5, 1)).isEqualTo("1,234.5");
    assertThat(nb.format(-0.25, 2)).isEqualTo("\u22120,25");
    assertThat(nb.format(null, 1)).isEmpty();
    assertThat(nb.range(170, 184.4, 0)).isEqualTo("170\u2013184");
  }

  @Test
  void decimals_follow_the_size_of_the_values() {
    assertThat(NumberStyle.decimalsFor(245.3)).isZero();
    assertThat(NumberStyle.decimalsFor(24.53)).isEqualTo(1);
    assertThat(NumberStyle.decimalsFor(0.8)).isEqualTo(2);
  }

  @Test
  void a_value_on_a_class_break_belongs_to_the_lower_class_and_missing_values_are_grey() {
    ChoroplethStyle style = ChoroplethStyle.blues(List.of(100.0, 200.0, 300.0));

    assertThat(style.classOf(100.0)).isZero();
    assertThat(style.classOf(100.1)).isEqualTo(1);
    assertThat(style.classOf(999.0)).isEqualTo(3);
    assertThat(style.colorOf(null)).isEqualTo(ChoroplethStyle.MISSING);
    assertThat(style.palette()).hasSize(4);
  }

  @Test
  void the_legend_lists_classes_highest_first_with_ranges_and_the_grey_class_last() {
    ChoroplethStyle style = ChoroplethStyle.blues(List.of(150.0));
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("1", 120.0);
    values.put("2", 240.0);
    values.put("3", null);

    MapLegend legend =
        style.legend("per 100 000", values, NumberStyle.of(Locale.ENGLISH), 0, "No data");

    assertThat(legend.entries())
        .extracting(MapLegend.Entry::label)
        .containsExactly("150\u2013240", "120\u2013150", "No data");
    assertThat(legend.entries().get(2).color()).isEqualTo(ChoroplethStyle.MISSING);
  }

  @Test
  void class_breaks_must_ascend_and_fit_the_palette() {
    assertThatThrownBy(() -> ChoroplethStyle.blues(List.of(2.0, 1.0)))
        .hasMessageContaining("ascend");
    assertThatThrownBy(() -> ChoroplethStyle.blues(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)))
        .hasMessageContaining("at most 6 classes");
  }

  @Test
  void file_names_come_from_titles_without_diacritics() {
    assertThat(EChart.fileName("Fjerning av mandler – Møre og Romsdal"))
        .isEqualTo("fjerning-av-mandler-more-og-romsdal");
    assertThat(EChart.fileName(null)).isEqualTo("variatlas-chart");
  }

  @Test
  void one_selection_toggles_on_clicks_and_reaches_every_component() {
    FakeArea a = new FakeArea();
    FakeArea b = new FakeArea();
    AreaSelection selection = new AreaSelection();
    List<Set<String>> changes = new ArrayList<>();
    selection.addChangeListener(changes::add);
    selection.connect(a, b);

    a.click("16");
    b.click("2");
    a.click("16");

    assertThat(b.shown).containsExactly("2");
    assertThat(a.shown).containsExactly("2");
    assertThat(changes).containsExactly(Set.of("16"), Set.of("16", "2"), Set.of("2"));
  }

  @Test
  void a_group_is_selected_whole_and_deselected_when_all_of_it_is_selected() {
    AreaSelection selection = new AreaSelection();
    selection.set(List.of("9", "1"));

    selection.toggleAll(List.of("1", "2"));
    assertThat(selection.get()).containsExactly("9", "1", "2");
    selection.toggleAll(List.of("1", "2"));
    assertThat(selection.get()).containsExactly("9");
  }

  @Test
  void setting_the_same_selection_again_notifies_nobody() {
    AreaSelection selection = new AreaSelection();
    List<Set<String>> changes = new ArrayList<>();
    selection.set(List.of("1", "2"));
    selection.addChangeListener(changes::add);

    selection.set(List.of("1", "2"));

    assertThat(changes).isEmpty();
  }

  /** A stand-in kit component: records what it shows and lets the test click. */
  private static final class FakeArea extends Div implements SelectableAreas {
    Set<String> shown = Set.of();

    @Override
    public void setSelectedAreas(Set<String> codes) {
      shown = codes;
    }

    @Override
    public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
      return addListener(AreaClickEvent.class, listener);
    }

    void click(String code) {
      fireEvent(new AreaClickEvent(this, true, code, false, false));
    }
  }
}
