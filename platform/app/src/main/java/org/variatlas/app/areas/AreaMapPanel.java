package org.variatlas.app.areas;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.FeatureStyle;
import org.variatlas.api.ui.MapInset;
import org.variatlas.api.ui.MapLegend;
import org.variatlas.api.ui.SharedSpecs;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * A map of one area level beside a list of its areas, with a level switch, region shortcuts (an RHF
 * selects its HFs), a "zoom to Oslo" inset and the selected areas as chips. Map, list and chips
 * share one kit {@link AreaSelection}, so charts can join it; {@link #addQueryChangeListener}
 * reports every change of level or selection as an {@link AreaQuery} for the page's URL.
 *
 * <pre>{@code
 * AreaMapPanel map = new AreaMapPanel(geography, List.of("hf", "hf19", "rhf", "fylke", "kommune"), 2024);
 * map.restore(AreaQuery.parse(pack, version, 2024, url.getParameters(), map.levels()));
 * map.addQueryChangeListener(e -> history.replaceState(null, location(e.getQuery())));
 * }</pre>
 */
@CssImport("./variatlas-areas.css")
public class AreaMapPanel extends Div {

  /** The level or the selection changed. */
  public static final class QueryChangeEvent extends ComponentEvent<AreaMapPanel> {
    private final AreaQuery query;

    QueryChangeEvent(AreaMapPanel source, AreaQuery query) {
      super(source, false);
      this.query = query;
    }

    public AreaQuery getQuery() {
      return query;
    }
  }

  // Soft fills per health region, so that the referral areas read as four families.
  private static final Map<String, String> REGION_FILLS =
      Map.of("1", "#9ecae1", "2", "#a1d99b", "3", "#fdd0a2", "4", "#cbc9e2");
  private static final String PLAIN_FILL = "#b9cde0";
  private static final Duration WAIT = Duration.ofSeconds(40);

  private final GeographyService geography;
  private final GeographyPack pack;
  private final MappingVersion version;
  private SharedSpecs shared;
  private boolean drawn;
  private final List<String> levels;
  private final int year;
  private final AreaSelection selection = new AreaSelection();
  private final AreaMap map = new AreaMap();
  private final RadioButtonGroup<String> levelSwitch = new RadioButtonGroup<>();
  private final AreaList list;
  private final Div chips = new Div();
  private String level;
  private boolean restoring;

  public AreaMapPanel(GeographyService geography, List<String> levels, int year) {
    this(geography, levels, levels.get(0), year);
  }

  /** A panel that starts on {@code initial} (one of {@code levels}, which keep their order). */
  public AreaMapPanel(GeographyService geography, List<String> levels, String initial, int year) {
    this.geography = geography;
    this.pack = geography.pack();
    this.version = pack.defaultVersion();
    this.levels = levels.stream().filter(l -> pack.level(l).isPresent()).toList();
    this.year = year;
    this.level = this.levels.contains(initial) ? initial : this.levels.get(0);
    this.list = new AreaList(pack, version, year, selection);
    addClassName("va-areas");
    configureHeader();
    configureBody();
    configureFooter();
    selection.addChangeListener(
        codes -> {
          showSelected(codes);
          if (!restoring) {
            fireEvent(new QueryChangeEvent(this, query()));
          }
        });
    showLevel();
    showSelected(selection.get());
  }

  /** The levels offered. */
  public List<String> levels() {
    return levels;
  }

  /** The selection, for components that should share it. */
  public AreaSelection selection() {
    return selection;
  }

  public AreaMap map() {
    return map;
  }

  /** The level shown and the areas selected. */
  public AreaQuery query() {
    return new AreaQuery(level, new ArrayList<>(selection.get()));
  }

  /** Shows a level and selection (from a URL) without reporting it as a change. */
  public void restore(AreaQuery query) {
    restoring = true;
    try {
      if (!query.level().equals(level) && levels.contains(query.level())) {
        level = query.level();
        levelSwitch.setValue(level);
        showLevel();
      }
      selection.set(query.codes());
    } finally {
      restoring = false;
    }
  }

  public Registration addQueryChangeListener(ComponentEventListener<QueryChangeEvent> listener) {
    return addListener(QueryChangeEvent.class, listener);
  }

  private Locale language() {
    return VariatlasI18NProvider.supported(getLocale());
  }

  private void configureHeader() {
    H2 title = new H2(getTranslation("areas.map.title"));
    title.addClassName("va-areas-title");
    levelSwitch.setAriaLabel(getTranslation("areas.map.level"));
    levelSwitch.addClassName("va-areas-levels");
    levelSwitch.setId("area-level");
    levelSwitch.setItems(levels);
    levelSwitch.setItemLabelGenerator(
        l -> pack.level(l).map(x -> x.title().get(language())).orElse(l));
    levelSwitch.setValue(level);
    levelSwitch.setVisible(levels.size() > 1);
    levelSwitch.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(level)) {
            level = e.getValue();
            restoring = true;
            try {
              selection.clear();
            } finally {
              restoring = false;
            }
            showLevel();
            showSelected(selection.get());
            fireEvent(new QueryChangeEvent(this, query()));
          }
        });
    Div head = new Div(title, levelSwitch);
    head.addClassName("va-areas-head");
    add(head);
  }

  private void configureBody() {
    map.setId("area-map");
    map.addClassName("va-areas-map");
    map.setInset(MapInset.OSLO);
    map.setHeight("600px");
    selection.connect(map);
    Div body = new Div(map, list);
    body.addClassName("va-areas-body");
    add(body);
  }

  private void configureFooter() {
    chips.addClassName("va-areas-chips");
    chips.setId("area-selection");
    Button oslo = new Button(getTranslation("areas.map.zoomOslo"), e -> map.zoomToInset());
    Button whole = new Button(getTranslation("areas.map.showAll"), e -> map.fitAll());
    Button clear = new Button(getTranslation("areas.map.clear"), e -> selection.clear());
    clear.setId("area-clear");
    for (Button b : List.of(oslo, whole, clear)) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }
    Div tools = new Div(oslo, whole, clear);
    tools.addClassName("va-areas-tools");
    Div bar = new Div(chips, tools);
    bar.addClassName("va-areas-bar");
    // In the page's language; the sources' own attributions are listed on "About the data".
    Paragraph credit = new Paragraph(getTranslation("areas.map.credit"));
    credit.addClassName("va-areas-credit");
    add(bar, credit);
  }

  /** Draws the current level: its polygons, styles, tooltips and the list of its areas. */
  private void showLevel() {
    AreaPolygons polygons;
    try {
      polygons = geography.polygons(WAIT);
    } catch (GeographyService.PolygonsNotReadyException e) {
      map.setLabel(getTranslation("areas.map.loading"));
      return;
    }
    Locale language = language();
    // The browser fetches the polygons (public, cacheable): they stay out of the session.
    map.setAreasUrl(GeographyService.areasUrl(level, year, language));
    AreaPolygons.Shapes shapes = polygons.shapes(version, level, year);
    AreaLevel def = pack.level(level).orElseThrow();
    Map<String, FeatureStyle> styles = new LinkedHashMap<>();
    Map<String, String> tooltips = new LinkedHashMap<>();
    for (String code : shapes.simplified().keySet()) {
      Area area = pack.area(level, code).orElseThrow();
      String region = regionOf(code);
      styles.put(
          code,
          FeatureStyle.fill(
              region == null ? PLAIN_FILL : REGION_FILLS.getOrDefault(region, PLAIN_FILL)));
      String parent = shapes.parents().get(code);
      String parentName =
          parent == null
              ? null
              : pack.area(def.parent(), parent).map(p -> p.name(language)).orElse(null);
      tooltips.put(
          code,
          parentName == null ? area.name(language) : area.name(language) + " · " + parentName);
    }
    map.setStyles(styles);
    map.setTooltips(tooltips);
    map.setLegend(regionLegend(language));
    map.setLabel(getTranslation("areas.map.label", def.title().get(language)));
    drawn = true;
    if (shared != null) {
      map.shareState(shared, sharedKey());
    }
    list.show(level);
  }

  private String sharedKey() {
    return "areas/" + level + "/" + year + "/" + language().toLanguageTag();
  }

  /**
   * Keeps the map's styles, tooltips and legend (which depend on the level, year and language only)
   * in a store shared by every reader instead of in each reader's page (see {@link SharedSpecs}).
   */
  public void shareState(SharedSpecs specs) {
    this.shared = specs;
    list.share(specs);
    if (drawn) {
      map.shareState(specs, sharedKey());
    }
  }

  /** A health region's soft fill. */
  static String fill(String region) {
    return REGION_FILLS.getOrDefault(region, PLAIN_FILL);
  }

  /** On levels coloured by health region, a legend of the four colours; none otherwise. */
  private MapLegend regionLegend(Locale language) {
    boolean byRegion =
        "rhf".equals(level) || "rhf".equals(pack.level(level).map(AreaLevel::parent).orElse(null));
    if (!byRegion || pack.level("rhf").isEmpty()) {
      return null;
    }
    List<MapLegend.Entry> entries = new ArrayList<>();
    for (Area region : pack.areasIn(version, "rhf", year)) {
      entries.add(
          new MapLegend.Entry(
              REGION_FILLS.getOrDefault(region.code(), PLAIN_FILL), region.name(language)));
    }
    return new MapLegend(pack.level("rhf").orElseThrow().title().get(language), entries);
  }

  /** The RHF an area of the current level lies in (itself on the rhf level), or null. */
  private String regionOf(String code) {
    if ("rhf".equals(level)) {
      return code;
    }
    if ("rhf".equals(pack.level(level).map(AreaLevel::parent).orElse(null))) {
      return pack.parent(version, level, code, year).map(Area::code).orElse(null);
    }
    return null;
  }

  /** The selection in the list (pressed buttons or the search box) and as chips. */
  private void showSelected(Set<String> codes) {
    list.showSelected(codes);
    chips.removeAll();
    if (codes.isEmpty()) {
      Span none = new Span(getTranslation("areas.map.none"));
      none.addClassName("va-areas-none");
      chips.add(none);
      return;
    }
    Span label = new Span(getTranslation("areas.map.selected"));
    label.addClassName("va-areas-chips-label");
    chips.add(label);
    for (String code : codes) {
      String name = pack.area(level, code).map(a -> a.name(language())).orElse(code);
      Button chip = new Button(name + " \u00d7", e -> selection.toggle(code));
      chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
      chip.addClassName("va-areas-chip");
      chip.getElement().setAttribute("data-code", code);
      chip.setAriaLabel(getTranslation("areas.map.remove", name));
      chips.add(chip);
    }
  }
}
