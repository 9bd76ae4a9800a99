package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.EChart;
import org.variatlas.api.ui.FunnelChart;
import org.variatlas.api.ui.MapInset;
import org.variatlas.api.ui.RankedBarChart;
import org.variatlas.api.ui.ResultsChart;
import org.variatlas.api.ui.TrendChart;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.results.ResultModels;
import org.variatlas.app.results.SharedViews;

/**
 * Builds the charts of one indicator's results the same way for its page and for an embed: each
 * names the reference value alike and exports as a PNG that says what it shows (title, unit,
 * period, level and source). The charts' and the map's data are not sent with the page: the map
 * fetches its polygons from {@code /api/v1/areas}, and each element fetches its spec from the app's
 * shared copy ({@link SharedViews}), rendered once for every reader of the same figures.
 */
final class IndicatorCharts {

  private static final Duration MAP_WAIT = Duration.ofSeconds(20);

  private final IndicatorPages pages;
  private final IndicatorPage page;
  private final IndicatorResults results;
  private final ReferenceValue reference;
  private final Component texts;
  private final String key;

  /**
   * @param variant what else shapes the charts than the page's figures and language (e.g. {@code
   *     embed}, whose charts have no title)
   */
  IndicatorCharts(
      IndicatorPages pages,
      IndicatorPage page,
      IndicatorResults results,
      Component texts,
      String variant) {
    this.pages = pages;
    this.page = page;
    this.results = results;
    this.texts = texts;
    this.reference = ReferenceValue.of(results, texts);
    // The results' hash guards against a version switched between reading them and the version.
    this.key =
        String.join(
            "/",
            variant,
            page.topic().id(),
            page.indicator().id(),
            page.level(),
            page.period().toString(),
            page.locale().toLanguageTag(),
            pages.models().version(page.topic().id()).map(String::valueOf).orElse("-"),
            Integer.toHexString(results.hashCode()));
  }

  /** What the page's shared JSON depends on (results version and hash, language, variant). */
  String key() {
    return key;
  }

  ReferenceValue reference() {
    return reference;
  }

  /** The choropleth map, or a note while the polygons are still being computed. */
  Component map(GeographyService geography) {
    try {
      // Computed (and kept) before the browser asks for them, so that the map draws at once.
      geography.geoJson(page.level(), page.period().to(), null, page.locale(), MAP_WAIT);
      AreaMap map = new AreaMap();
      map.setId("indicator-map");
      map.setAreasUrl(GeographyService.areasUrl(page.level(), page.period().to(), page.locale()));
      map.setResults(results);
      map.shareState(pages.views(page.topic().id()), "map/" + key);
      map.setInset(MapInset.OSLO);
      map.setLabel(page.title());
      map.setHeight("600px");
      return map;
    } catch (GeographyService.PolygonsNotReadyException e) {
      Paragraph wait = new Paragraph(texts.getTranslation("indicator.mapPending"));
      wait.addClassName("va-empty");
      return wait;
    }
  }

  RankedBarChart bars() {
    RankedBarChart bars = new RankedBarChart();
    bars.setId("indicator-bars");
    bars.setShowYearlyValues(true);
    chart(bars).shareSpec(pages.views(page.topic().id()), "bars/" + key);
    return bars;
  }

  TrendChart trend() {
    TrendChart trend = new TrendChart();
    trend.setId("indicator-trend");
    List<IndicatorResults> yearly = yearly(pages.models());
    trend.setYearlyResults(yearly);
    trend.shareSpec(
        pages.views(page.topic().id()),
        "trend/" + key + "/" + Integer.toHexString(yearly.hashCode()));
    trend.setHeight("340px");
    caption(trend);
    trend.setTitle(page.title());
    trend.setReferenceLabel(reference.label());
    return trend;
  }

  /** The funnel around the reference value, or empty without two areas with events. */
  Optional<FunnelChart> funnel() {
    return pages
        .models()
        .funnel(key, results)
        .map(
            f -> {
              FunnelChart funnel = new FunnelChart();
              funnel.setId("indicator-funnel");
              funnel.setHeight("340px");
              funnel.setTitle(page.title());
              funnel.setReferenceLabel(reference.label());
              funnel.setResults(f.results(), f.limits());
              caption(funnel);
              funnel.shareSpec(pages.views(page.topic().id()), "funnel/" + key);
              return funnel;
            });
  }

  private <T extends ResultsChart> T chart(T chart) {
    chart.setTitle(page.title());
    chart.setReferenceLabel(reference.label());
    chart.setResults(results);
    caption(chart);
    return chart;
  }

  private void caption(EChart chart) {
    String source =
        page.source() == null
            ? texts.getTranslation("indicator.png.madeWith")
            : texts.getTranslation("indicator.source")
                + ": "
                + page.source()
                + " · "
                + texts.getTranslation("indicator.png.madeWith");
    chart.setExportCaption(page.title(), page.unitLine(texts), source);
  }

  private List<IndicatorResults> yearly(ResultModels service) {
    List<Period> periods =
        pages.results().periods(page.topic().id(), page.indicator().id(), page.level());
    int first = periods.stream().mapToInt(Period::from).min().orElse(page.period().from());
    int last = periods.stream().mapToInt(Period::to).max().orElse(page.period().to());
    return service.yearly(
        page.topic().id(),
        page.indicator().id(),
        page.level(),
        Period.of(first, last),
        page.locale());
  }
}
