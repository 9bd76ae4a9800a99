package org.variatlas.app.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.DotStrip;
import org.variatlas.api.ui.FunnelChart;
import org.variatlas.api.ui.MapInset;
import org.variatlas.api.ui.NumberStyle;
import org.variatlas.api.ui.RankedBarChart;
import org.variatlas.api.ui.TrendChart;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.security.Role;
import org.variatlas.app.shell.MainLayout;

/**
 * The UI kit's showcase for partner developers and the kit's browser tests: every component with
 * real data, all wired to one {@link AreaSelection}, so that a click in any of them toggles the
 * area in all (and in the table).
 */
@Route(value = KitGalleryView.ROUTE, layout = MainLayout.class)
@CssImport("./kit-gallery.css")
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.PARTNER})
public class KitGalleryView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  static final String ROUTE = "admin/ui-kit";
  private static final String AREA = "area";

  private final AreaSelection selection = new AreaSelection();
  private final Div chips = new Div();

  public KitGalleryView(GalleryData data) {
    addClassName("va-kit-gallery");
    H1 title = new H1(getTranslation("kit.gallery.title"));
    Paragraph lead = new Paragraph(getTranslation("kit.gallery.lead"));
    lead.addClassName("va-lead");
    add(title, lead);
    String missing = data.missingFile();
    if (missing != null) {
      Paragraph problem = new Paragraph(getTranslation("kit.gallery.missing", missing));
      problem.addClassName("va-empty");
      add(problem);
      return;
    }
    GallerySample sample = data.sample();
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    String indicator = sample.period().indicator().title().get(locale);

    Grid<AreaResult> table = table(sample.period(), locale);
    AreaMap map = map(sample, indicator);
    RankedBarChart bars = new RankedBarChart();
    bars.setTitle(indicator);
    bars.setResults(sample.period());
    bars.setDataTable(table);
    bars.setId("kit-ranked");
    TrendChart trend = new TrendChart();
    trend.setTitle(indicator);
    trend.setYearlyResults(sample.years());
    trend.setHeight("360px");
    trend.setId("kit-trend");
    FunnelChart funnel = new FunnelChart();
    funnel.setTitle(indicator);
    funnel.setResults(sample.period(), sample.funnel());
    funnel.setHeight("360px");
    funnel.setId("kit-funnel");
    DotStrip dots = new DotStrip();
    dots.setResults(sample.period());
    dots.setId("kit-dots");
    RankedBarChart stacked = new RankedBarChart();
    stacked.setTitle(sample.stacked().indicator().title().get(locale));
    stacked.setResults(sample.stacked());
    stacked.setId("kit-stacked");

    selection.connect(map, bars, trend, funnel, dots, stacked);
    selection.addChangeListener(codes -> showSelection(codes, sample.period()));
    selection.addChangeListener(KitGalleryView::keepInUrl);
    wire(table);

    add(selectionBar(map));
    Div top = new Div(card("kit.gallery.map", map), card("kit.gallery.ranked", bars));
    top.addClassName("va-kit-row");
    Div middle = new Div(card("kit.gallery.trend", trend), card("kit.gallery.funnel", funnel));
    middle.addClassName("va-kit-row");
    add(top, middle, card("kit.gallery.dots", dots), card("kit.gallery.stacked", stacked));
    add(card("kit.gallery.table", table));
    Paragraph source = new Paragraph(getTranslation("kit.gallery.source"));
    source.addClassName("va-kit-source");
    add(source);
    showSelection(selection.get(), sample.period());
  }

  /** The selection lives in the URL ({@code ?area=16&area=2}), so a copied link restores it. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> codes =
        event.getLocation().getQueryParameters().getParameters().getOrDefault(AREA, List.of());
    selection.set(codes);
  }

  private static void keepInUrl(Set<String> codes) {
    UI ui = UI.getCurrent();
    if (ui != null) {
      QueryParameters query =
          codes.isEmpty()
              ? QueryParameters.empty()
              : new QueryParameters(Map.of(AREA, List.copyOf(codes)));
      ui.getPage().getHistory().replaceState(null, new Location(ROUTE, query));
    }
  }

  private AreaMap map(GallerySample sample, String indicator) {
    AreaMap map = new AreaMap();
    map.setId("kit-map");
    map.setAreas(sample.areasGeoJson());
    map.setResults(sample.period());
    map.setInset(MapInset.OSLO);
    map.setLabel(indicator);
    map.setHeight("640px");
    return map;
  }

  private Component selectionBar(AreaMap map) {
    Span label = new Span(getTranslation("kit.gallery.selection") + ":");
    label.addClassName("va-kit-selection-label");
    chips.addClassName("va-kit-chips");
    chips.setId("kit-selection");
    Button clear = new Button(getTranslation("kit.gallery.clear"), e -> selection.clear());
    clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    clear.setId("kit-clear");
    Button oslo = new Button(getTranslation("kit.gallery.zoomOslo"), e -> map.zoomToInset());
    oslo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    oslo.setId("kit-zoom-oslo");
    Div bar = new Div(label, chips, clear, oslo);
    bar.addClassName("va-kit-selection");
    return bar;
  }

  private void showSelection(Set<String> codes, IndicatorResults results) {
    chips.removeAll();
    if (codes.isEmpty()) {
      Span none = new Span(getTranslation("kit.gallery.selectionNone"));
      none.addClassName("va-kit-none");
      chips.add(none);
      return;
    }
    for (String code : codes) {
      String name =
          results.areas().stream()
              .filter(a -> a.area().code().equals(code))
              .map(a -> a.area().name())
              .findFirst()
              .orElse(code);
      Button chip = new Button(name + " \u00d7", e -> selection.toggle(code));
      chip.addClassName("va-kit-chip");
      chip.getElement().setAttribute("data-code", code);
      chips.add(chip);
    }
  }

  private Grid<AreaResult> table(IndicatorResults results, Locale locale) {
    NumberStyle numbers = NumberStyle.of(locale);
    Grid<AreaResult> grid = new Grid<>();
    grid.setId("kit-table");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(a -> a.area().name())
        .setHeader(getTranslation("kit.gallery.table.area"))
        .setSortable(true)
        .setFlexGrow(2);
    grid.addColumn(a -> numbers.format(a.value(), 0))
        .setHeader(getTranslation("kit.gallery.table.value"))
        .setComparator(by(AreaResult::value))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(a -> a.lower95() == null ? "" : numbers.range(a.lower95(), a.upper95(), 0))
        .setHeader(getTranslation("kit.gallery.table.ci"))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(a -> numbers.format(a.events(), 0))
        .setHeader(getTranslation("kit.gallery.table.events"))
        .setComparator(by(AreaResult::events))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(a -> numbers.format(a.population(), 0))
        .setHeader(getTranslation("kit.gallery.table.population"))
        .setComparator(by(AreaResult::population))
        .setTextAlign(ColumnTextAlign.END);
    List<AreaResult> rows =
        new ArrayList<>(results.areas().stream().sorted(by(AreaResult::value).reversed()).toList());
    rows.add(results.national());
    grid.setItems(rows);
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.setAllRowsVisible(true);
    grid.setPartNameGenerator(a -> a.area().isNational() ? "national" : null);
    return grid;
  }

  /** Orders rows by a figure; suppressed rows (no figure) come first, last when reversed. */
  private static Comparator<AreaResult> by(Function<AreaResult, Double> figure) {
    return Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  /** The table takes part in the selection through its check boxes (keyboard: Space). */
  private void wire(Grid<AreaResult> table) {
    table
        .asMultiSelect()
        .addSelectionListener(
            e -> {
              if (!e.isFromClient()) {
                return;
              }
              Set<String> codes = new LinkedHashSet<>(selection.get());
              Set<String> now = new HashSet<>();
              e.getAllSelectedItems().stream()
                  .filter(a -> !a.area().isNational())
                  .forEach(a -> now.add(a.area().code()));
              codes.retainAll(now);
              codes.addAll(now);
              selection.set(codes);
            });
    selection.addChangeListener(
        codes -> {
          Set<AreaResult> items = new HashSet<>();
          table
              .getListDataView()
              .getItems()
              .filter(a -> codes.contains(a.area().code()) && !a.area().isNational())
              .forEach(items::add);
          table.asMultiSelect().setValue(items);
        });
  }

  private Div card(String key, Component content) {
    H2 heading = new H2(getTranslation(key));
    Paragraph text = new Paragraph(getTranslation(key + ".text"));
    text.addClassName("va-kit-card-text");
    Div card = new Div(heading, text, content);
    card.addClassName("va-kit-card");
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("kit.gallery.title") + " – " + getTranslation("app.name");
  }
}
