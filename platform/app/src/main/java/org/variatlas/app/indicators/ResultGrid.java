package org.variatlas.app.indicators;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.AreaClickEvent;
import org.variatlas.api.ui.NumberStyle;
import org.variatlas.api.ui.SelectableAreas;
import org.variatlas.app.results.ResultTable;
import org.variatlas.app.results.ResultTable.Column;

/**
 * The results as a sortable table: area, events, population, crude rate, value, 95 % CI and the
 * comparison with the national value, the national row last. Rows are selected with a click, Space
 * or Enter and take part in the page's shared selection. "Download CSV" writes exactly the rows and
 * columns shown, in the order shown.
 */
class ResultGrid extends Composite<Div> implements SelectableAreas {

  /** The CSV columns of the table, in the order of its visible columns. */
  static final List<Column> CSV_COLUMNS =
      List.of(
          Column.AREA,
          Column.EVENTS,
          Column.POPULATION,
          Column.CRUDE,
          Column.VALUE,
          Column.LOWER95,
          Column.UPPER95,
          Column.SIGNIFICANCE);

  private final Grid<AreaResult> grid = new Grid<>();
  private final IndicatorResults results;
  private final NumberStyle numbers;
  private final int decimals;
  private Set<String> selected = Set.of();
  private boolean updating;

  ResultGrid(IndicatorResults results, Locale locale, String fileName) {
    this.results = results;
    this.numbers = NumberStyle.of(locale);
    this.decimals = decimals(results);
    grid.setId("indicator-table");
    grid.addClassName("va-result-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.setPartNameGenerator(a -> a.area().isNational() ? "national" : null);

    Grid.Column<AreaResult> area =
        grid.addColumn(a -> a.area().name())
            .setKey("area")
            .setHeader(getTranslation("indicator.table.area"))
            .setComparator(Comparator.comparing((AreaResult a) -> a.area().name()))
            .setFlexGrow(2)
            .setSortable(true);
    number("events", "indicator.table.events", AreaResult::events, 0);
    number("population", "indicator.table.population", AreaResult::population, 0);
    number("crude", "indicator.table.crude", AreaResult::crude, decimals);
    Grid.Column<AreaResult> value =
        number("value", "indicator.table.value", AreaResult::value, decimals);
    grid.addColumn(a -> ci(a))
        .setKey("ci")
        .setHeader(getTranslation("indicator.table.ci"))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(
            a -> a.area().isNational() ? "" : getTranslation("comparison." + a.comparison().name()))
        .setKey("significance")
        .setHeader(getTranslation("indicator.table.significance"))
        .setComparator(Comparator.comparing((AreaResult a) -> a.comparison().name()))
        .setAutoWidth(true)
        .setSortable(true);

    List<AreaResult> rows = new ArrayList<>(results.areas());
    grid.setItems(rows);
    grid.sort(List.of(new GridSortOrder<>(value, SortDirection.DESCENDING)));
    area.setSortable(true);

    grid.asMultiSelect()
        .addSelectionListener(
            e -> {
              if (!updating && e.isFromClient()) {
                Set<String> now = new LinkedHashSet<>();
                e.getAllSelectedItems().forEach(a -> now.add(a.area().code()));
                fireDifference(now);
              }
            });
    // Enter toggles the focused row (Space does so by Grid's own keyboard support).
    String focusedKey = "(element.getEventContext(event).item || {}).key || ''";
    grid.getElement()
        .addEventListener(
            "keydown",
            e -> {
              String key = e.getEventData().getString(focusedKey);
              AreaResult item =
                  key.isEmpty() ? null : grid.getDataCommunicator().getKeyMapper().get(key);
              if (item != null) {
                fireEvent(new AreaClickEvent(this, true, item.area().code(), false, false));
              }
            })
        .setFilter("event.key === 'Enter'")
        .addEventData(focusedKey);

    Anchor csv = new Anchor(csvResource(fileName), getTranslation("indicator.table.csv"));
    csv.getElement().setAttribute("download", true);
    csv.setId("indicator-csv");
    csv.addClassName("va-button-link");
    Span note = new Span(getTranslation("indicator.table.note"));
    note.addClassName("va-muted");
    Div tools = new Div(csv, note);
    tools.addClassName("va-table-tools");
    getContent().add(grid, nationalRow(), tools);
  }

  private Grid.Column<AreaResult> number(
      String key, String header, Function<AreaResult, Double> value, int decimals) {
    return grid.addColumn(a -> numbers.format(value.apply(a), decimals))
        .setKey(key)
        .setHeader(getTranslation(header))
        .setComparator(
            Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setSortable(true);
  }

  /** The national row, below the sortable areas so sorting never moves it. */
  private Div nationalRow() {
    AreaResult n = results.national();
    Div row = new Div();
    row.addClassName("va-national-row");
    row.setId("indicator-table-national");
    if (n == null) {
      return row;
    }
    row.add(
        cell(n.area().name(), "name"),
        cell(numbers.format(n.events(), 0), "num"),
        cell(numbers.format(n.population(), 0), "num"),
        cell(numbers.format(n.crude(), decimals), "num"),
        cell(numbers.format(n.value(), decimals), "num strong"),
        cell(ci(n), "num"));
    return row;
  }

  private static Span cell(String text, String kind) {
    Span s = new Span(text);
    for (String k : kind.split(" ")) {
      s.addClassName("va-national-" + k);
    }
    return s;
  }

  /** The rows exactly as shown: the grid's current sort order, then the national row. */
  List<AreaResult> shownRows() {
    return grid.getListDataView().getItems().toList();
  }

  /** The CSV of exactly what the table shows. */
  String csv() {
    return ResultTable.of(results, shownRows()).csv(CSV_COLUMNS);
  }

  private StreamResource csvResource(String fileName) {
    return new StreamResource(
        fileName, () -> new ByteArrayInputStream(csv().getBytes(StandardCharsets.UTF_8)));
  }

  private void fireDifference(Set<String> now) {
    Set<String> changed = new LinkedHashSet<>(now);
    changed.removeAll(selected);
    Set<String> removed = new HashSet<>(selected);
    removed.removeAll(now);
    changed.addAll(removed);
    changed.forEach(code -> fireEvent(new AreaClickEvent(this, true, code, false, false)));
  }

  @Override
  public void setSelectedAreas(Set<String> codes) {
    selected = Set.copyOf(codes);
    updating = true;
    try {
      Set<AreaResult> items = new HashSet<>();
      grid.getListDataView()
          .getItems()
          .filter(a -> codes.contains(a.area().code()))
          .forEach(items::add);
      grid.asMultiSelect().setValue(items);
    } finally {
      updating = false;
    }
  }

  @Override
  public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
    return addListener(AreaClickEvent.class, listener);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    grid.getElement().setAttribute("aria-label", getTranslation("indicator.table.label"));
  }

  private static int decimals(IndicatorResults results) {
    double largest =
        results.areas().stream()
            .map(AreaResult::value)
            .filter(v -> v != null)
            .mapToDouble(Math::abs)
            .max()
            .orElse(0);
    return NumberStyle.decimalsFor(largest);
  }

  private String ci(AreaResult a) {
    return a.lower95() == null || a.upper95() == null
        ? ""
        : numbers.range(a.lower95(), a.upper95(), decimals);
  }
}
