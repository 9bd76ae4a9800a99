package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.SelectableAreas;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.VariatlasI18NProvider;

/**
 * One chart or the map of one indicator, alone on a page for an {@code <iframe>} in another site
 * ({@code /embed/day-surgery/cataract?part=bars&level=hf&period=2017&lang=nb}): a heading, the
 * unit, period and level, the chart at the width of the frame, and the source with a link to the
 * full page. Only {@code /embed/**} may be framed by other sites.
 */
@Route(value = "embed/:topicId/:indicatorId")
@AnonymousAllowed
@CssImport("./variatlas-results.css")
public class EmbedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  /** The query parameter naming the part to show. */
  static final String PART = "part";

  /** What an embed shows, and the frame height it suggests. */
  enum Part {
    BARS("bars", 640),
    MAP("map", 660),
    TREND("trend", 460),
    FUNNEL("funnel", 460);

    private final String id;
    private final int height;

    Part(String id, int height) {
      this.id = id;
      this.height = height;
    }

    String id() {
      return id;
    }

    int height() {
      return height;
    }

    static Part of(String id) {
      for (Part p : values()) {
        if (p.id.equals(id)) {
          return p;
        }
      }
      return BARS;
    }
  }

  private final IndicatorPages pages;
  private final GeographyService geography;
  private IndicatorPage page;

  public EmbedView(IndicatorPages pages, GeographyService geography) {
    this.pages = pages;
    this.geography = geography;
    addClassName("va-embed");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    Optional<IndicatorPages.Resolved> resolved =
        pages.resolve(
            event.getRouteParameters().get("topicId").orElse(""),
            event.getRouteParameters().get("indicatorId").orElse(""),
            query,
            locale,
            (k, p) -> getTranslation(k, p));
    if (resolved.isEmpty()) {
      event.rerouteToError(NotFoundException.class, getTranslation("notFound.text"));
      return;
    }
    page = resolved.get().page();
    removeAll();
    H1 title = new H1(page.title());
    Paragraph unit = new Paragraph(page.unitLine(this));
    unit.addClassName("va-muted");
    add(title, unit);
    Part part = Part.of(query.getOrDefault(PART, List.of("")).stream().findFirst().orElse(""));
    Optional<IndicatorResults> results =
        resolved.get().knownPeriod() ? pages.results(page) : Optional.empty();
    if (results.isEmpty()) {
      add(new Paragraph(getTranslation(pages.whyNoResults(page))));
    } else {
      Component shown = part(part, results.get());
      if (shown instanceof org.variatlas.api.ui.EChart chart) {
        // The page's heading names it already; its PNG keeps the full caption.
        chart.setTitle(null);
      }
      if (shown instanceof SelectableAreas selectable) {
        AreaSelection selection = new AreaSelection();
        selection.connect(selectable);
        selection.set(resolved.get().codes());
      }
      Div frame = new Div(shown);
      frame.addClassName("va-embed-part");
      add(frame);
    }
    add(footer());
  }

  private Component part(Part part, IndicatorResults results) {
    IndicatorCharts charts = new IndicatorCharts(pages, page, results, this, "embed");
    return switch (part) {
      case MAP -> {
        Component map = charts.map(geography);
        if (map instanceof AreaMap m) {
          m.setHeight("520px");
        }
        yield map;
      }
      case TREND -> charts.trend();
      case FUNNEL ->
          charts
              .funnel()
              .<Component>map(f -> f)
              .orElseGet(() -> new Paragraph(getTranslation("indicator.funnel.none")));
      case BARS -> charts.bars();
    };
  }

  private Paragraph footer() {
    Paragraph footer = new Paragraph();
    footer.addClassName("va-embed-source");
    if (page.source() != null) {
      footer.add(getTranslation("indicator.source") + ": " + page.source() + " · ");
    }
    Anchor full =
        new Anchor(
            "/"
                + new Location(
                        page.path(), page.query(page.level(), page.period(), java.util.Set.of()))
                    .getPathWithQueryParameters(),
            getTranslation("embed.open"));
    full.setTarget("_blank");
    full.setRouterIgnore(true);
    footer.add(full);
    return footer;
  }

  @Override
  public String getPageTitle() {
    return (page == null ? "" : page.title() + " – ") + getTranslation("app.name");
  }
}
