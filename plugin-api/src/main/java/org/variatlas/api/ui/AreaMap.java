package org.variatlas.api.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;

/**
 * A map of areas drawn with <a href="https://leafletjs.com">Leaflet</a> 1.9 from GeoJSON, readable
 * without any tile server: filled polygons with white borders, a tooltip per area on hover, a
 * legend, zoom buttons, a selection highlight (thick dark outline, selected areas raised, the
 * others faded) and an optional inset for a small region (Oslo). The API follows the Leaflet4Vaadin
 * add-on's ideas (GeoJSON layers, a style per feature, typed events) so that a published add-on
 * could replace it.
 *
 * <p>Areas are the features of one GeoJSON FeatureCollection (WGS84 lon/lat), identified by a
 * property ({@code code} by default, as the platform's {@code /api/v1/areas} serves them). The map
 * fits Norway (or whatever it is given) to its container, which should give it a height; it keeps a
 * minimum height of 420 px.
 *
 * <p>Keyboard: the areas are one Tab stop (a roving tabindex): Tab reaches the current area and the
 * next Tab leaves the map; the arrow keys move between the areas from north to south, Enter or
 * Space selects, + and - zoom. Focus, hover and selection are drawn as outlines above the areas, so
 * an area's element never moves and keeps its focus. On touch screens one finger scrolls the page
 * and two fingers move and zoom the map. Pages should also offer a table or list with the same
 * selection.
 *
 * <pre>{@code
 * AreaMap map = new AreaMap();
 * map.setAreas(geoJson);                       // FeatureCollection, properties "code" and "name"
 * map.setResults(results);                     // choropleth of 4 k-means classes, legend, tooltips
 * map.setInset(MapInset.OSLO);                 // "Zoom to Oslo" + a small live view
 * map.addFeatureClickListener(e -> selection.toggle(e.getCode()));
 * }</pre>
 */
@Tag("va-area-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./variatlas/area-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("./variatlas/kit.css")
public class AreaMap extends Component implements HasSize, HasStyle, SelectableAreas {

  /** Kept in the state for older browser modules; every area is keyboard-operable now. */
  static final int KEYBOARD_FEATURE_LIMIT = Integer.MAX_VALUE;

  private String codeProperty = "code";
  private String nameProperty = "name";
  private FeatureStyle defaultStyle = FeatureStyle.DEFAULT;
  private final Map<String, FeatureStyle> styles = new LinkedHashMap<>();
  private final Map<String, String> tooltips = new LinkedHashMap<>();
  private final Map<String, FeatureStyle> overlayStyles = new LinkedHashMap<>();
  private final Map<String, String> overlays = new LinkedHashMap<>();
  private final Map<String, String> overlayUrls = new LinkedHashMap<>();
  private MapLegend legend;
  private MapInset inset;
  private TileLayer tiles;
  private String label;
  private final ClientBridge bridge = new ClientBridge(this, this::send);
  private SharedSpecs shared;
  private String sharedKey;

  public AreaMap() {
    addClassName("va-map");
    // A named group: a custom element's aria-label needs a role to be announced.
    getElement().setAttribute("role", "group");
    ClientBridge.onAreaClick(
        this,
        "va-feature-click",
        (code, shift, ctrl) -> new FeatureClickEvent(this, true, code, shift, ctrl),
        this::fireEvent);
  }

  /** The areas: a GeoJSON FeatureCollection with properties {@code code} and {@code name}. */
  public void setAreas(String featureCollection) {
    setAreas(featureCollection, "code", "name");
  }

  /**
   * The areas, identified by {@code codeProperty} and named by {@code nameProperty} (the name is
   * the tooltip when no tooltip is set, and the keyboard label).
   */
  public void setAreas(String featureCollection, String codeProperty, String nameProperty) {
    this.codeProperty = codeProperty;
    this.nameProperty = nameProperty;
    getElement().setProperty("areas", featureCollection == null ? "" : featureCollection);
    refresh();
  }

  /**
   * The areas as a URL the browser fetches them from (e.g. {@code /api/v1/areas?level=hf}, which a
   * browser and a CDN may cache), with properties {@code code} and {@code name}: the polygons then
   * neither travel with the page nor stay in the reader's session.
   */
  public void setAreasUrl(String url) {
    this.codeProperty = "code";
    this.nameProperty = "name";
    getElement().removeProperty("areas");
    getElement().setProperty("areasUrl", url == null ? "" : url);
    refresh();
  }

  /**
   * Sends the styles, tooltips and legend as a URL of {@code specs} under {@code key} (rendered
   * once for every reader, see {@link SharedSpecs}); the selection still travels with the page.
   */
  public void shareState(SharedSpecs specs, String key) {
    this.shared = specs;
    this.sharedKey = key;
    refresh();
  }

  /** As {@link #addOverlay(String, String, FeatureStyle)}, fetched by the browser from a URL. */
  public void addOverlayUrl(String id, String url, FeatureStyle style) {
    overlays.put(id, null);
    overlayUrls.put(id, url);
    overlayStyles.put(id, style);
    sendOverlays();
  }

  /**
   * Draws another FeatureCollection over the areas in one style, not clickable (e.g. the borders of
   * the regions, RHF, around their HF areas). Replaces an overlay with the same id.
   */
  public void addOverlay(String id, String featureCollection, FeatureStyle style) {
    overlays.put(id, featureCollection);
    overlayStyles.put(id, style);
    sendOverlays();
  }

  public void removeOverlay(String id) {
    overlays.remove(id);
    overlayUrls.remove(id);
    overlayStyles.remove(id);
    sendOverlays();
  }

  /** The style of areas without a style of their own. */
  public void setDefaultStyle(FeatureStyle style) {
    this.defaultStyle = style;
    refresh();
  }

  /** A style per area code (replaces all). */
  public void setStyles(Map<String, FeatureStyle> stylesByCode) {
    styles.clear();
    styles.putAll(stylesByCode);
    refresh();
  }

  /** The text shown on hover per area code, e.g. "OUS: 245 (95 % CI 230–260)" (replaces all). */
  public void setTooltips(Map<String, String> tooltipsByCode) {
    tooltips.clear();
    tooltips.putAll(tooltipsByCode);
    refresh();
  }

  /** The legend, or null for none. */
  public void setLegend(MapLegend legend) {
    this.legend = legend;
    refresh();
  }

  /** A small region shown as a live inset with a zoom button, or null for none. */
  public void setInset(MapInset inset) {
    this.inset = inset;
    refresh();
  }

  /** A raster background, or null (the default) for none. */
  public void setTileLayer(TileLayer tiles) {
    this.tiles = tiles;
    refresh();
  }

  /** The map's accessible name (aria-label), e.g. the indicator's title. */
  public void setLabel(String label) {
    this.label = label;
    refresh();
  }

  /**
   * Shows an indicator's results as a choropleth: classes from {@link
   * IndicatorResults#classBreaks()} in blues, grey for suppressed areas and areas without data, a
   * legend titled with the unit, and tooltips with name, value and 95 % CI.
   */
  public void setResults(IndicatorResults results) {
    RenderContext c = context();
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    int decimals =
        NumberStyle.decimalsFor(
            results.areas().stream()
                .map(AreaResult::value)
                .filter(v -> v != null)
                .mapToDouble(Math::abs)
                .max()
                .orElse(0));
    String hidden = ResultsChart.suppressedLabel(results.indicator(), c);
    for (AreaResult a : results.areas()) {
      values.put(a.area().code(), a.suppressed() ? null : a.value());
      texts.put(a.area().code(), tooltip(a, c, decimals, hidden));
    }
    List<Double> breaks = results.classBreaks();
    ChoroplethStyle choropleth =
        breaks.size() < 6 ? ChoroplethStyle.blues(breaks) : ChoroplethStyle.blues(List.of());
    setStyles(choropleth.styles(values));
    setTooltips(texts);
    setLegend(
        choropleth.legend(
            c.text(results.indicator().unit()),
            values,
            c.numbers(),
            decimals,
            c.t("kit.map.noData")));
  }

  /**
   * "OUS: 245 (95 % CI 230–260)", or for a suppressed area its name and {@code suppressedLabel}
   * (e.g. "OUS: n &lt; 6").
   */
  static String tooltip(AreaResult a, RenderContext c, int decimals, String suppressedLabel) {
    String name = a.area().name();
    if (a.suppressed() || a.value() == null) {
      return name + ": " + (a.suppressed() ? suppressedLabel : c.t("kit.chart.noData"));
    }
    String value = c.numbers().format(a.value(), decimals);
    if (a.lower95() == null || a.upper95() == null) {
      return name + ": " + value;
    }
    return c.t(
        "kit.map.tooltip", name, value, c.numbers().range(a.lower95(), a.upper95(), decimals));
  }

  @Override
  public void setSelectedAreas(Set<String> codes) {
    bridge.select(codes);
  }

  public Set<String> getSelectedAreas() {
    return bridge.selected();
  }

  /** Zooms to the inset's region. */
  public void zoomToInset() {
    getElement().callJsFunction("zoomToInset");
  }

  /** Fits all areas into view (the initial view). */
  public void fitAll() {
    getElement().callJsFunction("fitAll");
  }

  /** Fits these areas into view, e.g. the selection. */
  public void zoomToAreas(Collection<String> codes) {
    JsonWriter json = new JsonWriter().beginArray();
    codes.forEach(json::value);
    getElement().callJsFunction("zoomToAreas", json.endArray().toString());
  }

  public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
    return addListener(FeatureClickEvent.class, listener);
  }

  @Override
  public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
    return addListener(FeatureClickEvent.class, listener::onComponentEvent);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    refresh();
  }

  private RenderContext context() {
    return new RenderContext(this::getTranslation, NumberStyle.of(getLocale()), getLocale());
  }

  private void refresh() {
    bridge.schedule();
  }

  private void send() {
    if (shared == null) {
      getElement().setProperty("state", state(context()));
    } else {
      RenderContext c = context();
      getElement().setProperty("stateUrl", shared.url(sharedKey, () -> state(c, false)));
      JsonWriter selected = new JsonWriter().beginArray();
      bridge.selected().forEach(selected::value);
      getElement().setProperty("selected", selected.endArray().toString());
    }
    getElement().setAttribute("aria-label", label == null ? "" : label);
  }

  /** Everything but the geometry, as the browser module reads it (package-private for tests). */
  String state(RenderContext c) {
    return state(c, true);
  }

  String state(RenderContext c, boolean withSelection) {
    JsonWriter json = new JsonWriter().beginObject();
    json.field("codeProperty", codeProperty).field("nameProperty", nameProperty);
    json.field("keyboardFeatureLimit", KEYBOARD_FEATURE_LIMIT);
    json.field("missingColor", ChoroplethStyle.MISSING);
    json.name("defaultStyle");
    defaultStyle.write(json);
    json.name("styles").beginObject();
    styles.forEach(
        (code, style) -> {
          json.name(code);
          style.write(json);
        });
    json.endObject();
    json.stringMap("tooltips", tooltips);
    json.strings("selected", withSelection ? bridge.selected() : Set.of());
    json.name("legend");
    if (legend == null) {
      json.value((String) null);
    } else {
      legend.write(json);
    }
    json.name("inset");
    if (inset == null) {
      json.value((String) null);
    } else {
      json.beginObject().field("name", inset.name()).name("bounds");
      inset.bounds().write(json);
      json.endObject();
    }
    json.name("tiles");
    if (tiles == null) {
      json.value((String) null);
    } else {
      tiles.write(json);
    }
    json.name("labels")
        .beginObject()
        .field("zoomIn", c.t("kit.map.zoomIn"))
        .field("zoomOut", c.t("kit.map.zoomOut"))
        .field("wholeMap", c.t("kit.map.wholeMap"))
        .field("zoomTo", inset == null ? null : c.t("kit.map.zoomTo", inset.name()))
        .field("inset", inset == null ? null : c.t("kit.map.inset", inset.name()))
        .field("selected", c.t("kit.chart.selected"))
        .field("twoFingers", c.t("kit.map.twoFingers"))
        .endObject();
    return json.endObject().toString();
  }

  private void sendOverlays() {
    JsonWriter json = new JsonWriter().beginArray();
    overlays.forEach(
        (id, geo) -> {
          json.beginObject().field("id", id).name("style");
          overlayStyles.get(id).write(json);
          if (overlayUrls.containsKey(id)) {
            json.field("url", overlayUrls.get(id)).endObject();
          } else {
            json.name("data").raw(geo).endObject();
          }
        });
    getElement().setProperty("overlays", json.endArray().toString());
  }
}
