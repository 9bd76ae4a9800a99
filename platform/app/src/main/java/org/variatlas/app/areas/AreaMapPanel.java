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
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.FeatureStyle;
import org.variatlas.api.ui.MapInset;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * A map of one area level with a level switch, region shortcuts (an RHF selects its HFs), a
 * "zoom to Oslo" inset and the selected areas as chips. The selection is a kit {@link
 * AreaSelection}, so charts can join it; {@link #addQueryChangeListener} reports every change of
 * level or selection as an {@link AreaQuery} for the page's URL.
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
  private final List<String> levels;
  private final int year;
  private final AreaSelection selection = new AreaSelection();
  private final AreaMap map = new AreaMap();
  private final RadioButtonGroup<String> levelSwitch = new RadioButtonGroup<>();
  private final Div regions = new Div();
  private final Div chips = new Div();
  private String level;
  private boolean restoring;

  public AreaMapPanel(GeographyService geography, List<String> levels, int year) {
    this.geography = geography;
    this.pack = geography.pack();
    this.version = pack.defaultVersion();
    this.levels = levels.stream().filter(l -> pack.level(l).isPresent()).toList();
    this.year = year;
    this.level = this.levels.get(0);
    addClassName("va-areas");
    configureHeader();
    configureMap();
    configureChips();
    selection.addChangeListener(codes -> {
      showChips(codes);
      if (!restoring) {
        fireEvent(new QueryChangeEvent(this, query()));
      }
    });
    showLevel();
    showChips(selection.get());
  }

  /** The levels offered, the first being the default. */
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
    levelSwitch.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
    levelSwitch.addClassName("va-areas-levels");
    levelSwitch.setItems(levels);
    levelSwitch.setItemLabelGenerator(l -> pack.level(l).map(x -> x.title().get(language())).orElse(l));
    levelSwitch.setValue(level);
    levelSwitch.addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(level)) {
        level = e.getValue();
        showLevel();
        selection.clear();
        fireEvent(new QueryChangeEvent(this, query()));
      }
    });
    Div head = new Div(title, levelSwitch);
    head.addClassName("va-areas-head");
    regions.addClassName("va-areas-regions");
    add(head, regions);
  }

  private void configureMap() {
    map.setId("area-map");
    map.addClassName("va-areas-map");
    map.setInset(MapInset.OSLO);
    map.setHeight("560px");
    selection.connect(map);
    add(map);
  }

  private void configureChips() {
    chips.addClassName("va-areas-chips");
    chips.setId("area-selection");
    Button oslo = new Button(getTranslation("areas.map.zoomOslo"), e -> map.zoomToInset());
    oslo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Button whole = new Button(getTranslation("areas.map.showAll"), e -> map.fitAll());
    whole.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Button clear = new Button(getTranslation("areas.map.clear"), e -> selection.clear());
    clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    clear.setId("area-clear");
    Div tools = new Div(oslo, whole, clear);
    tools.addClassName("va-areas-tools");
    Div bar = new Div(chips, tools);
    bar.addClassName("va-areas-bar");
    add(bar);
    Paragraph credit = new Paragraph(String.join(" · ", pack.attribution().subList(0, Math.min(2, pack.attribution().size()))));
    credit.addClassName("va-areas-credit");
    add(credit);
  }

  /** Draws the current level: its polygons, styles, tooltips, region shortcuts. */
  private void showLevel() {
    AreaPolygons polygons;
    try {
      polygons = geography.polygons(WAIT);
    } catch (GeographyService.PolygonsNotReadyException e) {
      map.setLabel(getTranslation("areas.map.loading"));
      return;
    }
    Locale language = language();
    map.setAreas(polygons.geoJson(version, level, year, language));
    AreaPolygons.Shapes shapes = polygons.shapes(version, level, year);
    Map<String, FeatureStyle> styles = new LinkedHashMap<>();
    Map<String, String> tooltips = new LinkedHashMap<>();
    AreaLevel def = pack.level(level).orElseThrow();
    for (String code : shapes.simplified().keySet()) {
      Area area = pack.area(level, code).orElseThrow();
      String parent = shapes.parents().get(code);
      String regionCode = regionOf(code);
      styles.put(code, FeatureStyle.fill(regionCode == null ? PLAIN_FILL : REGION_FILLS.getOrDefault(regionCode, PLAIN_FILL)));
      String parentName = parent == null ? null
          : pack.area(def.parent(), parent).map(p -> p.name(language)).orElse(null);
      tooltips.put(code, parentName == null ? area.name(language) : area.name(language) + " · " + parentName);
    }
    map.setStyles(styles);
    map.setTooltips(tooltips);
    map.setLabel(getTranslation("areas.map.label", def.title().get(language)));
    showRegions();
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

  /** On levels inside regions (hf, hf19): one button per RHF selecting or clearing its areas. */
  private void showRegions() {
    regions.removeAll();
    String parentLevel = pack.level(level).map(AreaLevel::parent).orElse(null);
    if (!"rhf".equals(parentLevel)) {
      regions.setVisible(false);
      return;
    }
    regions.setVisible(true);
    Span label = new Span(getTranslation("areas.map.regions"));
    label.addClassName("va-areas-regions-label");
    regions.add(label);
    for (Area region : pack.areasIn(version, parentLevel, year)) {
      List<String> members = AreaQuery.children(pack, version, year, level, region.code());
      Button b = new Button(region.name(language()), e -> toggleAll(members));
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
      b.addClassName("va-areas-region");
      b.getElement().setAttribute("data-region", region.code());
      b.getStyle().set("--va-region-fill", REGION_FILLS.getOrDefault(region.code(), PLAIN_FILL));
      regions.add(b);
    }
  }

  /** Selects all the areas, or clears them when all are selected already. */
  private void toggleAll(List<String> codes) {
    Set<String> now = new LinkedHashSet<>(selection.get());
    if (now.containsAll(codes)) {
      now.removeAll(codes);
    } else {
      now.addAll(codes);
    }
    selection.set(now);
  }

  private void showChips(Set<String> codes) {
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
