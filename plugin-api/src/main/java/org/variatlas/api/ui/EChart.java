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
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The base of the kit's charts: an <a href="https://echarts.apache.org">Apache ECharts</a> 5 chart
 * (SVG renderer) in a {@code <va-echart>} element that resizes with its container, reports clicks
 * on areas as {@link AreaClickEvent}s, exports itself as PNG, and carries a text alternative (a
 * {@code figure} with an {@code aria-label} summary, the drawing itself {@code role="img"}, and a
 * pointer to the page's data table). It is focusable: arrow keys move through the areas (with their
 * tooltip) and Enter or Space clicks the current one. The typed charts ({@link RankedBarChart},
 * {@link TrendChart}, {@link FunnelChart}, {@link DotStrip}) send their data and the browser module
 * draws them; {@link CustomChart} takes a raw ECharts option.
 *
 * <p>Numbers in tooltips and axes follow the UI language ({@code 1 234,5} in Norwegian); every text
 * comes from the {@code kit.*} translations (nb, nn, en).
 *
 * <pre>{@code
 * RankedBarChart bars = new RankedBarChart();
 * bars.setTitle("Shoulder surgery 2013–2017");   // shown, and the PNG's file name
 * bars.setDataTable(grid);                       // aria-describedby: the table says it all
 * bars.addAreaClickListener(e -> selection.toggle(e.getCode()));
 * bars.exportPng();                              // or the chart's own download button
 * }</pre>
 */
@Tag("va-echart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./variatlas/echart.js")
@CssImport("./variatlas/kit.css")
public abstract class EChart extends Component implements HasSize, HasStyle, SelectableAreas {

  private String title;
  private String summary;
  private boolean exportButton = true;
  private boolean explicitHeight;
  private String captionHeading;
  private String captionSubheading;
  private String captionSource;
  private final ClientBridge bridge = new ClientBridge(this, this::send);
  private SharedSpecs shared;
  private String sharedKey;

  protected EChart() {
    addClassName("va-chart");
    getElement().setAttribute("role", "figure");
    getElement().setAttribute("tabindex", "0");
    ClientBridge.onAreaClick(
        this,
        "va-area-click",
        (code, shift, ctrl) -> new AreaClickEvent(this, true, code, shift, ctrl),
        this::fireEvent);
  }

  /** The chart's kind, which selects the browser module's builder. */
  abstract String kind();

  /** Writes the chart's data fields into the spec object that the browser module reads. */
  abstract void writeData(JsonWriter json, RenderContext context);

  /** A one-sentence text alternative of what the chart shows, or null when it has no data. */
  abstract String describe(RenderContext context);

  /** The height the chart needs for its data in pixels, or null to leave the height to CSS. */
  Integer preferredHeight() {
    return null;
  }

  /** The chart's title: drawn above the chart, in the PNG, and the PNG's file name. */
  public void setTitle(String title) {
    this.title = title;
    refresh();
  }

  public String getTitle() {
    return title;
  }

  /**
   * Replaces the generated text alternative (the {@code aria-label}), e.g. with a sentence about
   * what the page wants read out. Null restores the generated one.
   */
  public void setSummary(String summary) {
    this.summary = summary;
    refresh();
  }

  /**
   * Points screen readers to the component that holds the chart's data as a table ({@code
   * aria-describedby}); gives it an id if it has none.
   */
  public void setDataTable(Component table) {
    String id =
        table
            .getId()
            .orElseGet(
                () -> {
                  String generated =
                      "va-table-" + Integer.toHexString(System.identityHashCode(table));
                  table.setId(generated);
                  return generated;
                });
    getElement().setAttribute("aria-describedby", id);
  }

  /**
   * What the exported PNG says around the drawing, so that it stands on its own when shared: a
   * heading (e.g. the indicator), a subheading (unit, period, level) and the source line. Null
   * leaves a part out; without a heading the chart's title is used.
   */
  public void setExportCaption(String heading, String subheading, String source) {
    this.captionHeading = heading;
    this.captionSubheading = subheading;
    this.captionSource = source;
    refresh();
  }

  /** Shows or hides the chart's own PNG download button (shown by default). */
  public void setExportButtonVisible(boolean visible) {
    this.exportButton = visible;
    refresh();
  }

  @Override
  public void setSelectedAreas(Set<String> codes) {
    bridge.select(codes);
  }

  /** The highlighted areas in selection order. */
  public Set<String> getSelectedAreas() {
    return bridge.selected();
  }

  @Override
  public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
    return addListener(AreaClickEvent.class, listener);
  }

  /** Downloads the chart as a PNG (white background, twice the screen resolution). */
  public void exportPng() {
    getElement().callJsFunction("exportPng");
  }

  /**
   * Renders the chart as PNG in the browser and hands the bytes to {@code receiver} (e.g. for a
   * PDF). Nothing is called if the chart is not attached.
   */
  public void requestPng(Consumer<byte[]> receiver) {
    getElement()
        .callJsFunction("toPngDataUrl")
        .then(
            String.class,
            url ->
                receiver.accept(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
  }

  /**
   * Sends the spec as a URL of {@code specs} under {@code key} (rendered once for every reader, see
   * {@link SharedSpecs}) instead of the spec itself; the selection still travels with the page.
   */
  public void shareSpec(SharedSpecs specs, String key) {
    this.shared = specs;
    this.sharedKey = key;
    refresh();
  }

  /**
   * What the browser needs to draw this chart without a server component, for a page that builds
   * many small charts from one shared document (a topic's result boxes): {@code {"spec": the spec
   * without the selection, "label": the text alternative, "height": pixels or null}}. The page's
   * module creates the {@code <va-echart>} and sets {@code spec} with its own selection.
   */
  public String browserJson(Locale locale) {
    RenderContext context =
        new RenderContext(
            (key, params) -> getTranslation(locale, key, params), NumberStyle.of(locale), locale);
    JsonWriter json = new JsonWriter().beginObject();
    json.name("spec").raw(spec(context, false));
    json.field("label", label(context));
    json.field("height", explicitHeight ? null : preferredHeight());
    return json.endObject().toString();
  }

  private String label(RenderContext context) {
    String text = summary != null ? summary : describe(context);
    return title == null ? text : text == null ? title : title + ". " + text;
  }

  @Override
  public void setHeight(String height) {
    explicitHeight = height != null;
    HasSize.super.setHeight(height);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    refresh();
  }

  /** Sends the chart's current data to the browser before the next response. */
  protected final void refresh() {
    bridge.schedule();
  }

  private void send() {
    RenderContext context =
        new RenderContext(this::getTranslation, NumberStyle.of(getLocale()), getLocale());
    if (shared == null) {
      getElement().setProperty("spec", spec(context));
    } else {
      getElement().setProperty("specUrl", shared.url(sharedKey, () -> spec(context, false)));
      JsonWriter selected = new JsonWriter().beginArray();
      bridge.selected().forEach(selected::value);
      getElement().setProperty("selected", selected.endArray().toString());
    }
    String label = label(context);
    if (label == null) {
      getElement().removeAttribute("aria-label");
    } else {
      getElement().setAttribute("aria-label", label);
    }
    Integer height = preferredHeight();
    if (height != null && !explicitHeight) {
      getStyle().set("height", height + "px");
    }
  }

  /**
   * The name of the reference value the chart draws: the national row's name in its results (the
   * nation, or a topic's coverage such as "Helse Nord"), else {@code fallback}.
   */
  protected String referenceName(String fallback) {
    return fallback;
  }

  /** The complete spec the browser module draws (package-private for tests). */
  final String spec(RenderContext context) {
    return spec(context, true);
  }

  /** The spec, with the selection or (to be shared by every reader) without. */
  String spec(RenderContext context, boolean withSelection) {
    Texts texts = context.texts();
    JsonWriter json = new JsonWriter().beginObject();
    json.field("kind", kind()).field("title", title).field("exportButton", exportButton);
    json.field("fileName", fileName(title));
    json.strings("selected", withSelection ? bridge.selected() : Set.of());
    json.name("caption")
        .beginObject()
        .field("heading", captionHeading != null ? captionHeading : title)
        .field("subheading", captionSubheading)
        .field("source", captionSource)
        .endObject();
    context.numbers().write(json);
    json.name("labels")
        .beginObject()
        .field("exportPng", texts.get("kit.chart.exportPng"))
        .field("national", referenceName(texts.get("kit.chart.national")))
        .field("ci95", texts.get("kit.chart.ci95"))
        .field("events", texts.get("kit.chart.events"))
        .field("population", texts.get("kit.chart.population"))
        .field("suppressed", texts.get("kit.chart.suppressed"))
        .field("noData", texts.get("kit.chart.noData"))
        .field("selected", texts.get("kit.chart.selected"))
        .endObject();
    writeData(json, context);
    return json.endObject().toString();
  }

  /** A file name from a title: letters, digits and dashes, {@code .png} added in the browser. */
  static String fileName(String title) {
    if (title == null || title.isBlank()) {
      return "variatlas-chart";
    }
    String name =
        java.text.Normalizer.normalize(
                title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
            .replace("æ", "ae")
            .replace("ø", "o")
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return name.isEmpty() ? "variatlas-chart" : name.substring(0, Math.min(80, name.length()));
  }
}
