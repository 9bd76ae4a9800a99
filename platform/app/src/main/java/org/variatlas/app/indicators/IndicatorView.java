package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.FunnelChart;
import org.variatlas.api.ui.RankedBarChart;
import org.variatlas.api.ui.TrendChart;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.shell.DraftBanner;
import org.variatlas.app.shell.MainLayout;
import org.variatlas.app.shell.PreviewSwitch;
import org.variatlas.app.shell.Routes;
import org.variatlas.app.topics.TopicPage;

/**
 * An indicator's page: what it measures, then map, ranked bars, trend, funnel, variation and table,
 * all driven by one selection of areas that lives in the URL ({@code
 * ?level=hf&period=2022-2024&area=UNN&area=OUS&lang=nb}) so that a copied link restores the view.
 * The page is put together from its parts ({@link IndicatorHeader}, {@link IndicatorControls},
 * {@link SelectionBar}, {@link IndicatorCharts}, {@link ResultGrid}), which report to it through
 * typed events.
 */
@Route(value = Routes.INDICATOR, layout = MainLayout.class)
@CssImport("./variatlas-results.css")
@AnonymousAllowed
public class IndicatorView extends Div implements BeforeEnterObserver, HasDynamicTitle, TopicPage {

  private final IndicatorPages pages;
  private final GeographyService geography;
  private IndicatorPage page;
  private AreaSelection selection;

  public IndicatorView(IndicatorPages pages, GeographyService geography) {
    this.pages = pages;
    this.geography = geography;
    addClassName("va-indicator");
  }

  /** Route parameters of an indicator's page. */
  public static RouteParameters parameters(String topicId, String indicatorId) {
    return new RouteParameters(Map.of("topicId", topicId, "indicatorId", indicatorId));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String topicId = event.getRouteParameters().get("topicId").orElse("");
    String indicatorId = event.getRouteParameters().get("indicatorId").orElse("");
    PreviewSwitch.follow(event.getLocation().getQueryParameters().getParameters());
    if (pages.removed(topicId)) {
      page = null;
      event.rerouteToError(NotFoundException.class, getTranslation("lifecycle.topic.gone"));
      return;
    }
    Optional<IndicatorPages.Resolved> resolved =
        pages.resolve(
            topicId,
            indicatorId,
            event.getLocation().getQueryParameters().getParameters(),
            VariatlasI18NProvider.supported(getLocale()),
            (k, p) -> getTranslation(k, p));
    if (resolved.isEmpty()) {
      page = null;
      event.rerouteToError(
          NotFoundException.class, getTranslation("indicator.notFound", indicatorId, topicId));
      return;
    }
    page = resolved.get().page();
    removeAll();
    if (pages.draft(page.topic().id())) {
      add(new DraftBanner());
    }
    pages.stagedBanner(page.topic().id()).ifPresent(this::add);
    configureHeader();
    if (!resolved.get().knownPeriod()) {
      configureUnknownPeriod();
      return;
    }
    pages
        .results(page)
        .ifPresentOrElse(
            r -> configureResults(r, new LinkedHashSet<>(resolved.get().codes())),
            this::configureNoResults);
  }

  @Override
  public String shownTopicId() {
    return page == null ? null : page.topic().id();
  }

  private void configureHeader() {
    add(new IndicatorHeader(page, pages.dataDate(page)));
    IndicatorControls controls = new IndicatorControls(page);
    controls.addChangeListener(
        e ->
            navigate(
                e.level(), e.period(), e.level().equals(page.level()) ? selection() : Set.of()));
    add(controls);
  }

  private void configureUnknownPeriod() {
    String known =
        page.periods().stream()
            .map(p -> page.periodLabel(this, p))
            .collect(Collectors.joining(", "));
    empty(getTranslation("indicator.unknownPeriod", page.period().toString(), known));
  }

  private void configureNoResults() {
    empty(getTranslation(pages.whyNoResults(page)));
  }

  private void empty(String text) {
    Paragraph empty = new Paragraph(text);
    empty.addClassName("va-empty");
    empty.setId("indicator-empty");
    add(empty);
  }

  private void configureResults(IndicatorResults r, Set<String> selected) {
    selection = new AreaSelection();
    IndicatorCharts charts = new IndicatorCharts(pages, page, r, this, "page");
    ResultGrid table =
        new ResultGrid(
            page, r, charts.reference(), pages.views(page.topic().id()), "table/" + charts.key());
    RankedBarChart bars = charts.bars();
    bars.setDataTable(table);
    Component map = charts.map(geography);
    TrendChart trend = charts.trend();
    Optional<FunnelChart> funnel = charts.funnel();

    if (map instanceof AreaMap areaMap) {
      selection.connect(areaMap);
    }
    selection.connect(bars, trend, table);
    funnel.ifPresent(selection::connect);
    selection.set(selected);
    selection.addChangeListener(codes -> updateUrl());

    SelectionBar bar = new SelectionBar(page, r, selection, map instanceof AreaMap);
    bar.addActionListener(e -> act(e.action(), map));
    add(bar);
    add(row(card("indicator.map", map), card("indicator.bars", bars)));
    add(
        row(
            card("indicator.trend", trend),
            card("indicator.funnel", funnel.<Component>map(f -> f).orElseGet(this::noFunnel))));
    add(
        row(
            card("indicator.variation", new VariationPanel(r.variation(), page.locale())),
            card("indicator.about", new IndicatorAbout(page, r, charts.reference()))));
    add(card("indicator.table", table));
  }

  private void act(SelectionBar.Action action, Component map) {
    switch (action) {
      case ZOOM_INSET -> ((AreaMap) map).zoomToInset();
      case ZOOM_ALL -> ((AreaMap) map).fitAll();
      case SHARE -> {
        ShareDialog dialog = new ShareDialog(page, selection());
        add(dialog);
        dialog.addOpenedChangeListener(
            e -> {
              if (!e.isOpened()) {
                remove(dialog);
              }
            });
        dialog.show();
      }
    }
  }

  private Component noFunnel() {
    Paragraph none = new Paragraph(getTranslation("indicator.funnel.none"));
    none.addClassName("va-muted");
    return none;
  }

  private static Div row(Component... cards) {
    Div row = new Div(cards);
    row.addClassName("va-indicator-row");
    return row;
  }

  private Div card(String key, Component content) {
    H2 heading = new H2(getTranslation(key));
    Div card = new Div(heading, content);
    card.addClassName("va-card-panel");
    return card;
  }

  private Set<String> selection() {
    return selection == null ? Set.of() : selection.get();
  }

  private void navigate(String level, Period period, Set<String> codes) {
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    IndicatorView.class,
                    parameters(page.topic().id(), page.indicator().id()),
                    page.query(level, period, codes)));
  }

  private void updateUrl() {
    getUI()
        .ifPresent(
            ui ->
                ui.getPage()
                    .getHistory()
                    .replaceState(
                        null,
                        new Location(
                            page.path(), page.query(page.level(), page.period(), selection()))));
  }

  @Override
  public String getPageTitle() {
    return (page == null ? "" : page.title() + " – ") + getTranslation("app.name");
  }
}
