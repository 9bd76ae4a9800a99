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
import org.variatlas.app.results.FunnelLimitsFactory;
import org.variatlas.app.results.ResultsService;

/**
 * Builds the charts of one indicator's results the same way for its page and for an embed: each
 * names the reference value alike and exports as a PNG that says what it shows (title, unit,
 * period, level and source).
 */
final class IndicatorCharts {

  private static final Duration MAP_WAIT = Duration.ofSeconds(20);

  private final IndicatorPage page;
  private final IndicatorResults results;
  private final ReferenceValue reference;
  private final Component texts;

  IndicatorCharts(IndicatorPage page, IndicatorResults results, Component texts) {
    this.page = page;
    this.results = results;
    this.texts = texts;
    this.reference = ReferenceValue.of(results, texts);
  }

  ReferenceValue reference() {
    return reference;
  }

  /** The choropleth map, or a note while the polygons are still being computed. */
  Component map(GeographyService geography) {
    try {
      String geoJson =
          geography.geoJson(page.level(), page.period().to(), null, page.locale(), MAP_WAIT);
      AreaMap map = new AreaMap();
      map.setId("indicator-map");
      map.setAreas(geoJson);
      map.setResults(results);
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
    return chart(bars);
  }

  TrendChart trend(ResultsService service) {
    TrendChart trend = new TrendChart();
    trend.setId("indicator-trend");
    trend.setYearlyResults(yearly(service));
    trend.setHeight("340px");
    caption(trend);
    trend.setTitle(page.title());
    trend.setReferenceLabel(reference.label());
    return trend;
  }

  /** The funnel around the reference value, or empty without two areas with events. */
  Optional<FunnelChart> funnel() {
    return FunnelLimitsFactory.funnel(results)
        .map(
            f -> {
              FunnelChart funnel = new FunnelChart();
              funnel.setId("indicator-funnel");
              funnel.setHeight("340px");
              funnel.setTitle(page.title());
              funnel.setReferenceLabel(reference.label());
              funnel.setResults(f.results(), f.limits());
              caption(funnel);
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

  private List<IndicatorResults> yearly(ResultsService service) {
    List<Period> periods = service.periods(page.topic().id(), page.indicator().id(), page.level());
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
