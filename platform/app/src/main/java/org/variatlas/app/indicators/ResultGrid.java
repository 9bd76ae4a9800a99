package org.variatlas.app.indicators;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.AreaClickEvent;
import org.variatlas.api.ui.NumberStyle;
import org.variatlas.api.ui.SelectableAreas;

/**
 * The results as a sortable table: area (with a labelled checkbox), events, population, crude rate,
 * value, 95 % CI and the comparison with Norway, the national row last. A click on a row, its
 * checkbox, or Enter or Space on a focused row toggles the area in the page's shared selection. On
 * a narrow screen the table shows the area, value and comparison, with a button for all columns.
 * "Download CSV" writes the rows in the order shown (see {@link ResultCsv}).
 */
class ResultGrid extends Composite<Div> implements SelectableAreas {

  /** Below this window width only the priority columns are shown. */
  static final int NARROW = 640;

  private static final List<String> SECONDARY = List.of("events", "population", "crude", "ci");

  private final Grid<AreaResult> grid = new Grid<>();
  private final IndicatorResults results;
  private final NumberStyle numbers;
  private final int decimals;
  private final Button columns = new Button();
  private Set<String> selected = Set.of();
  private boolean narrow;
  private boolean allColumns;
  private Registration resize;
  private final boolean compared;

  ResultGrid(IndicatorPage page, IndicatorResults results, ReferenceValue reference) {
    this.results = results;
    this.numbers = NumberStyle.of(page.locale());
    this.decimals = IndicatorAbout.decimals(results);
    this.compared =
        results.areas().stream().anyMatch(a -> a.comparison() != Comparison.NOT_COMPARED);
    configureGrid();
    configureColumns();
    configureKeyboard();
    ResultCsv csv = new ResultCsv(page, results, this);
    getContent().add(grid, nationalRow(reference), tools(csv));
  }

  private void configureGrid() {
    grid.setId("indicator-table");
    grid.addClassName("va-result-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    grid.setPartNameGenerator(a -> selected.contains(a.area().code()) ? "va-selected" : null);
    grid.setItems(new ArrayList<>(results.areas()));
    grid.addItemClickListener(e -> toggle(e.getItem()));
  }

  private void configureColumns() {
    // The area's checkbox carries its name as label; its click is its own (not the row's too).
    grid.addColumn(
            LitRenderer.<AreaResult>of(
                    "<vaadin-checkbox class=\"va-row-check\" .checked=${item.selected}"
                        + " label=${item.name} @click=${e => e.stopPropagation()}"
                        + " @change=${toggle}></vaadin-checkbox>")
                .withProperty("selected", a -> selected.contains(a.area().code()))
                .withProperty("name", a -> a.area().name())
                .withFunction("toggle", this::toggle))
        .setKey("area")
        .setHeader(getTranslation("indicator.table.area"))
        .setComparator(Comparator.comparing((AreaResult a) -> a.area().name()))
        .setFlexGrow(2)
        .setAutoWidth(true)
        .setSortable(true);
    number("events", "indicator.table.events", AreaResult::events, 0);
    number("population", "indicator.table.population", AreaResult::population, 0);
    number("crude", "indicator.table.crude", AreaResult::crude, decimals);
    Grid.Column<AreaResult> value =
        number("value", "indicator.table.value", AreaResult::value, decimals);
    grid.addColumn(this::ci)
        .setKey("ci")
        .setHeader(getTranslation("indicator.table.ci"))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(a -> comparison(a, this))
        .setKey("significance")
        .setHeader(getTranslation("indicator.table.significance"))
        .setComparator(Comparator.comparing((AreaResult a) -> a.comparison().ordinal()))
        .setAutoWidth(true)
        .setSortable(true);
    grid.sort(List.of(new GridSortOrder<>(value, SortDirection.DESCENDING)));
  }

  /** Enter or Space on a focused row toggles it (not on the checkbox, which toggles itself). */
  private void configureKeyboard() {
    String focusedKey = "(element.getEventContext(event).item || {}).key || ''";
    grid.getElement()
        .addEventListener(
            "keydown",
            e -> {
              String key = e.getEventData().getString(focusedKey);
              AreaResult item =
                  key.isEmpty() ? null : grid.getDataCommunicator().getKeyMapper().get(key);
              if (item != null) {
                toggle(item);
              }
            })
        .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === element")
        .addEventData(focusedKey);
    // Space on a focused row selects it instead of scrolling the page.
    grid.getElement()
        .executeJs(
            "this.addEventListener('keydown', e => { if (e.key === ' ' && e.target === this)"
                + " e.preventDefault(); });");
  }

  /** "Events" and the like: the names of what the comparison says, never an internal code. */
  static String comparison(AreaResult a, Component texts) {
    if (a.area().isNational()) {
      return "";
    }
    if (a.comparison() != Comparison.NOT_COMPARED) {
      return texts.getTranslation("comparison." + a.comparison().name());
    }
    if (a.suppressed() || a.value() == null) {
      return "";
    }
    return texts.getTranslation(
        a.lower95() == null ? "comparison.noInterval" : "comparison.NOT_COMPARED");
  }

  private Grid.Column<AreaResult> number(
      String key, String header, Function<AreaResult, Double> value, int places) {
    return grid.addColumn(a -> numbers.format(value.apply(a), places))
        .setKey(key)
        .setHeader(getTranslation(header))
        .setComparator(
            Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setSortable(true);
  }

  /** The national row, below the sortable areas so sorting never moves it. */
  private Div nationalRow(ReferenceValue reference) {
    AreaResult n = results.national();
    Div row = new Div();
    row.addClassName("va-national-row");
    row.setId("indicator-table-national");
    if (n == null) {
      return row;
    }
    row.add(
        cell(reference.label(), "name"),
        cell(numbers.format(n.events(), 0), "num secondary"),
        cell(numbers.format(n.population(), 0), "num secondary"),
        cell(numbers.format(n.crude(), decimals), "num secondary"),
        cell(numbers.format(n.value(), decimals), "num strong"),
        cell(ci(n), "num secondary"));
    return row;
  }

  private Div tools(ResultCsv csv) {
    Anchor download =
        new Anchor(
            new StreamResource(
                    csv.fileName(),
                    () ->
                        new ByteArrayInputStream(
                            csv.csv(shownRows(), LocalDate.now()).getBytes(StandardCharsets.UTF_8)))
                .setContentType("text/csv;charset=UTF-8"),
            getTranslation("indicator.table.csv"));
    download.getElement().setAttribute("download", true);
    download.setId("indicator-csv");
    download.addClassName("va-button-link");
    columns.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    columns.setId("indicator-columns");
    columns.addClickListener(
        e -> {
          allColumns = !allColumns;
          showColumns();
        });
    columns.setVisible(false);
    Paragraph note =
        new Paragraph(
            getTranslation("indicator.table.note")
                + (compared ? "" : " " + getTranslation("indicator.table.noComparison")));
    note.addClassName("va-muted");
    Div tools = new Div(download, columns, note);
    tools.addClassName("va-table-tools");
    return tools;
  }

  private static Span cell(String text, String kind) {
    Span s = new Span(text);
    for (String k : kind.split(" ")) {
      s.addClassName("va-national-" + k);
    }
    return s;
  }

  /** The rows exactly as shown: the grid's current sort order. */
  List<AreaResult> shownRows() {
    return grid.getListDataView().getItems().toList();
  }

  private void toggle(AreaResult a) {
    if (!a.area().isNational()) {
      fireEvent(new AreaClickEvent(this, true, a.area().code(), false, false));
    }
  }

  @Override
  public void setSelectedAreas(Set<String> codes) {
    selected = Set.copyOf(codes);
    grid.getDataProvider().refreshAll();
  }

  @Override
  public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
    return addListener(AreaClickEvent.class, listener);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    grid.getElement().setAttribute("aria-label", getTranslation("indicator.table.label"));
    var page = attachEvent.getUI().getPage();
    page.retrieveExtendedClientDetails(d -> narrow(d.getWindowInnerWidth()));
    // The page outlives this table: its listener goes when the table does.
    resize = page.addBrowserWindowResizeListener(e -> narrow(e.getWidth()));
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (resize != null) {
      resize.remove();
      resize = null;
    }
    super.onDetach(detachEvent);
  }

  private void narrow(int width) {
    boolean now = width > 0 && width < NARROW;
    if (now != narrow) {
      narrow = now;
      showColumns();
    }
  }

  private void showColumns() {
    boolean all = !narrow || allColumns;
    SECONDARY.forEach(key -> grid.getColumnByKey(key).setVisible(all));
    // Without any comparison (no intervals) the column says only that: the note says it once.
    grid.getColumnByKey("significance").setVisible(all || compared);
    getContent().getElement().getClassList().set("va-narrow", !all);
    columns.setVisible(narrow);
    columns.setText(
        getTranslation(allColumns ? "indicator.table.fewerColumns" : "indicator.table.allColumns"));
  }

  private String ci(AreaResult a) {
    return a.lower95() == null || a.upper95() == null
        ? ""
        : numbers.range(a.lower95(), a.upper95(), decimals);
  }
}
