package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.AreaClickEvent;
import org.variatlas.api.ui.NumberStyle;
import org.variatlas.api.ui.SelectableAreas;
import org.variatlas.api.ui.SharedSpecs;

/**
 * The results as a sortable table: area (with a labelled checkbox), events, population, crude rate,
 * value, 95 % CI and the comparison with Norway, the national row last. A click on a row, its
 * checkbox, or Enter or Space on a focused row toggles the area in the page's shared selection. On
 * a narrow screen the table shows the area, value and comparison, with a button for all columns.
 * "Download CSV" writes the rows in the order shown (see {@link ResultCsv}).
 *
 * <p>The rows are not sent with the page: the browser's grid fetches them ({@link ResultTableJson},
 * kept once for every reader under {@code key}); the reader's session keeps only the selection, the
 * sort the reader chose and a reference to the shared results.
 */
class ResultGrid extends Composite<Div> implements SelectableAreas {

  /** The table's DOM id (the {@code vaadin-grid} the browser builds). */
  static final String TABLE_ID = "indicator-table";

  private final ResultTableElement table = new ResultTableElement();
  private final IndicatorResults results;
  private final Button columns = new Button();
  private boolean allColumns;
  private String sortKey = ResultTableJson.INITIAL_SORT;
  private boolean descending = true;

  ResultGrid(
      IndicatorPage page,
      IndicatorResults results,
      ReferenceValue reference,
      SharedSpecs shared,
      String key) {
    this.results = results;
    NumberStyle numbers = NumberStyle.of(page.locale());
    int decimals = IndicatorAbout.decimals(results);
    table.getElement().setProperty("tableId", TABLE_ID);
    table
        .getElement()
        .setProperty(
            "dataUrl",
            shared.url(key, () -> ResultTableJson.render(results, this, numbers, decimals)));
    configureEvents();
    ResultCsv csv = new ResultCsv(page, results, this);
    getContent().add(table, nationalRow(reference, numbers, decimals), tools(csv));
  }

  private void configureEvents() {
    table
        .getElement()
        .addEventListener(
            "va-area-click",
            e -> {
              String code = e.getEventData().getString("event.detail.code");
              if (code != null && !code.isEmpty()) {
                fireEvent(new AreaClickEvent(this, true, code, false, false));
              }
            })
        .addEventData("event.detail.code");
    table
        .getElement()
        .addEventListener(
            "va-sort",
            e -> {
              String key = e.getEventData().getString("event.detail.key");
              String direction = e.getEventData().getString("event.detail.direction");
              boolean known = ResultTableJson.ORDERS.containsKey(key);
              sortKey = known && direction != null && !direction.isEmpty() ? key : null;
              descending = "desc".equals(direction);
            })
        .addEventData("event.detail.key")
        .addEventData("event.detail.direction");
  }

  /** Whether any area is compared with Norway (otherwise the table's note says that once). */
  static boolean compared(IndicatorResults results) {
    return results.areas().stream().anyMatch(a -> a.comparison() != Comparison.NOT_COMPARED);
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

  /** The national row, below the sortable areas so sorting never moves it. */
  private Div nationalRow(ReferenceValue reference, NumberStyle numbers, int decimals) {
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
        cell(ci(n, numbers, decimals), "num secondary"));
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
    // Shown on narrow screens only (by the style sheet): the browser knows the width.
    columns.addClassName("va-narrow-only");
    columns.setText(getTranslation("indicator.table.allColumns"));
    columns.addClickListener(
        e -> {
          allColumns = !allColumns;
          table.getElement().setProperty("allColumns", allColumns);
          columns.setText(
              getTranslation(
                  allColumns ? "indicator.table.fewerColumns" : "indicator.table.allColumns"));
        });
    Paragraph note =
        new Paragraph(
            getTranslation("indicator.table.note")
                + (compared(results) ? "" : " " + getTranslation("indicator.table.noComparison")));
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

  /** The rows exactly as shown: in the order of the column the reader sorted by, if any. */
  List<AreaResult> shownRows() {
    List<AreaResult> rows = new ArrayList<>(results.areas());
    if (sortKey != null) {
      Comparator<AreaResult> order = ResultTableJson.ORDERS.get(sortKey);
      rows.sort(descending ? order.reversed() : order);
    }
    return rows;
  }

  @Override
  public void setSelectedAreas(Set<String> codes) {
    table.getElement().setProperty("selected", String.join(",", codes));
  }

  @Override
  public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
    return addListener(AreaClickEvent.class, listener);
  }

  static String ci(AreaResult a, NumberStyle numbers, int decimals) {
    return a.lower95() == null || a.upper95() == null
        ? ""
        : numbers.range(a.lower95(), a.upper95(), decimals);
  }
}
