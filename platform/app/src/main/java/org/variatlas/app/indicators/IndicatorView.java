package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.ui.AreaMap;
import org.variatlas.api.ui.AreaSelection;
import org.variatlas.api.ui.FunnelChart;
import org.variatlas.api.ui.MapInset;
import org.variatlas.api.ui.RankedBarChart;
import org.variatlas.api.ui.TrendChart;
import org.variatlas.app.areas.Area;
import org.variatlas.app.areas.AreaLevel;
import org.variatlas.app.areas.AreaQuery;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.loads.StartupLoads;
import org.variatlas.app.results.FunnelLimitsFactory;
import org.variatlas.app.results.IndicatorTexts;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.results.ResultsService;
import org.variatlas.app.shell.MainLayout;
import org.variatlas.app.shell.Routes;
import org.variatlas.app.text.Markdown;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * An indicator's page: what it measures, then map, ranked bars, trend, funnel, variation and table,
 * all driven by one selection of areas that lives in the URL ({@code
 * ?level=hf&period=2022-2024&area=UNN&area=OUS}) so that a copied link restores the view.
 */
@Route(value = Routes.INDICATOR, layout = MainLayout.class)
@CssImport("./variatlas-results.css")
@AnonymousAllowed
public class IndicatorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Duration MAP_WAIT = Duration.ofSeconds(20);

  private final TopicRegistry topics;
  private final ResultsService results;
  private final ResultsPipeline pipeline;
  private final StartupLoads startup;
  private final CountSources sources;
  private final GeographyService geography;
  private final GeographyPack pack;
  private final AreaSelection selection = new AreaSelection();

  private InstalledTopic topic;
  private IndicatorDefinition indicator;
  private String level;
  private Period period;

  public IndicatorView(
      TopicRegistry topics,
      ResultsService results,
      ResultsPipeline pipeline,
      StartupLoads startup,
      CountSources sources,
      GeographyService geography) {
    this.topics = topics;
    this.results = results;
    this.pipeline = pipeline;
    this.startup = startup;
    this.sources = sources;
    this.geography = geography;
    this.pack = geography.pack();
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
    topic = topics.topic(topicId).orElse(null);
    indicator =
        topic == null
            ? null
            : topic.indicator(indicatorId).map(i -> sources.asShown(topic, i)).orElse(null);
    if (indicator == null) {
      event.rerouteToError(
          NotFoundException.class, getTranslation("indicator.notFound", indicatorId, topicId));
      return;
    }
    Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
    period =
        first(query, "period").flatMap(IndicatorView::period).orElse(indicator.defaultPeriod());
    List<String> levels =
        indicator.levels().stream().filter(l -> pack.level(l).isPresent()).toList();
    AreaQuery areas =
        AreaQuery.parse(
            pack,
            pack.defaultVersion(),
            period.to(),
            query,
            levels.isEmpty() ? indicator.levels() : levels);
    level = areas.level();
    removeAll();
    render(VariatlasI18NProvider.supported(getLocale()), new LinkedHashSet<>(areas.codes()));
  }

  /**
   * The definition's source; but where real counts superseded the synthetic ones the definition
   * describes, the loaders the counts come from now (e.g. the registry extract an editor loaded).
   */
  private String sourceText(Locale locale) {
    if (superseded()) {
      return sources.loaders(topic, indicator).stream()
          .map(
              l ->
                  sources
                      .loadedAt(topic, l)
                      .map(
                          at ->
                              getTranslation(
                                  "indicator.source.loaded",
                                  l.title().get(locale),
                                  Formats.date(at.toLocalDate(), locale)))
                      .orElse(l.title().get(locale)))
          .collect(Collectors.joining("; "));
    }
    return indicator.source() == null ? null : indicator.source().get(locale);
  }

  /** Whether real counts have replaced the synthetic ones the indicator was defined with. */
  private boolean superseded() {
    return !indicator.synthetic()
        && topic.indicator(indicator.id()).map(IndicatorDefinition::synthetic).orElse(false);
  }

  private String whyNoResults() {
    if (startup.isLoading()) {
      return "indicator.loading";
    }
    return pipeline.isPending(topic.id()) ? "indicator.computing" : "indicator.noResults";
  }

  private void render(Locale locale, Set<String> selected) {
    add(header(locale));
    Optional<IndicatorResults> shown =
        results.results(topic.id(), indicator.id(), level, period, locale);
    add(controls(locale));
    if (shown.isEmpty()) {
      Paragraph empty = new Paragraph(getTranslation(whyNoResults()));
      empty.addClassName("va-empty");
      empty.setId("indicator-empty");
      add(empty);
      return;
    }
    IndicatorResults r = shown.get();
    String title = indicator.title().get(locale);

    ResultGrid table =
        new ResultGrid(
            r, locale, topic.id() + "-" + indicator.id() + "-" + level + "-" + period + ".csv");
    RankedBarChart bars = new RankedBarChart();
    bars.setId("indicator-bars");
    bars.setTitle(title);
    bars.setResults(r);
    bars.setShowYearlyValues(true);
    bars.setDataTable(table);

    Component map = map(r, title, locale);
    TrendChart trend = new TrendChart();
    trend.setId("indicator-trend");
    trend.setTitle(title);
    trend.setYearlyResults(yearly(locale));
    trend.setHeight("340px");

    Optional<FunnelChart> funnel = funnel(r, title);

    if (map instanceof AreaMap areaMap) {
      selection.connect(areaMap);
    }
    selection.connect(bars, trend, table);
    funnel.ifPresent(selection::connect);
    selection.set(selected);
    selection.addChangeListener(codes -> updateUrl());

    add(selectionBar(r, map, locale));
    add(row(card("indicator.map", map), card("indicator.bars", bars)));
    add(
        row(
            card("indicator.trend", trend),
            card("indicator.funnel", funnel.<Component>map(f -> f).orElseGet(this::noFunnel))));
    add(
        row(
            card("indicator.variation", new VariationPanel(r.variation(), locale)),
            card("indicator.about", about(locale))));
    add(card("indicator.table", table));
  }

  // ---------------------------------------------------------------- header and controls

  private Component header(Locale locale) {
    RouterLink back =
        new RouterLink(
            topic.title().get(locale), TopicView.class, TopicView.parameters(topic.id()));
    back.addClassName("va-breadcrumb-link");
    Span chapter =
        new Span(
            topic.chapters().stream()
                .filter(c -> c.id().equals(indicator.chapterId()))
                .findFirst()
                .map(c -> c.title().get(locale))
                .orElse(""));
    Div crumbs = new Div(back, new Span("›"), chapter);
    crumbs.addClassName("va-breadcrumb");

    H1 title = new H1(indicator.title().get(locale));
    title.setId("indicator-title");
    Paragraph unit =
        new Paragraph(
            IndicatorTexts.unit(indicator, locale, (k, p) -> getTranslation(k, p))
                + " · "
                + periodLabel(period)
                + " · "
                + levelTitle(level, locale));
    unit.addClassName("va-indicator-unit-line");
    unit.setId("indicator-unit");
    Div head = new Div(crumbs, title, unit);
    head.addClassName("va-indicator-head");

    List<String> meta = new ArrayList<>();
    meta.add(
        getTranslation(
            indicator.provenance() == Provenance.PUBLISHED
                ? "indicator.provenance.published"
                : "indicator.provenance.computed"));
    // The definition's data date belongs to the synthetic counts; a loaded extract has its own.
    if (indicator.dataDate() != null && !superseded()) {
      meta.add(getTranslation("indicator.dataDate", Formats.date(indicator.dataDate(), locale)));
    }
    Paragraph provenance = new Paragraph(String.join(" · ", meta));
    provenance.addClassName("va-indicator-meta");
    head.add(provenance);
    String sourceText = sourceText(locale);
    if (sourceText != null) {
      Paragraph source = new Paragraph(getTranslation("indicator.source") + ": " + sourceText);
      source.addClassName("va-indicator-meta");
      source.setId("indicator-source");
      head.add(source);
    }
    if (indicator.synthetic()) {
      Div notice = new Div(new Html(Markdown.toHtml(getTranslation("indicator.synthetic.notice"))));
      notice.addClassName("va-notice");
      notice.setId("indicator-synthetic");
      head.add(notice);
    }
    if (indicator.selection() != null) {
      Details selection =
          new Details(
              getTranslation("indicator.selection"),
              new Html(Markdown.toHtml(indicator.selection().get(locale))));
      selection.setId("indicator-utvalg");
      selection.addClassName("va-utvalg");
      head.add(selection);
    }
    return head;
  }

  private Component controls(Locale locale) {
    Select<String> levels = new Select<>();
    levels.setId("indicator-level");
    levels.setLabel(getTranslation("indicator.level"));
    levels.setItems(indicator.levels().stream().filter(l -> pack.level(l).isPresent()).toList());
    levels.setItemLabelGenerator(l -> levelTitle(l, locale));
    levels.setValue(level);
    levels.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            navigate(e.getValue(), period, Set.of());
          }
        });

    Select<Period> periods = new Select<>();
    periods.setId("indicator-period");
    periods.setLabel(getTranslation("indicator.period"));
    Set<Period> available = new TreeSet<>(indicator.periods());
    available.addAll(results.periods(topic.id(), indicator.id(), level));
    List<Period> ordered = new ArrayList<>(available);
    ordered.sort((a, b) -> a.years() != b.years() ? b.years() - a.years() : b.compareTo(a));
    periods.setItems(ordered);
    periods.setItemLabelGenerator(this::periodLabel);
    periods.setValue(period);
    periods.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            navigate(level, e.getValue(), selection.get());
          }
        });
    Div controls = new Div(levels, periods);
    controls.addClassName("va-indicator-controls");
    return controls;
  }

  private Component selectionBar(IndicatorResults r, Component map, Locale locale) {
    Div chips = new Div();
    chips.addClassName("va-chips");
    chips.setId("indicator-selection");
    Map<String, String> names = new HashMap<>();
    r.areas().forEach(a -> names.put(a.area().code(), a.area().name()));
    Runnable refresh =
        () -> {
          chips.removeAll();
          if (selection.get().isEmpty()) {
            Span none = new Span(getTranslation("indicator.chosen.none"));
            none.addClassName("va-muted");
            chips.add(none);
          }
          for (String code : selection.get()) {
            Button chip =
                new Button(names.getOrDefault(code, code) + " \u00d7", e -> selection.toggle(code));
            chip.addClassName("va-chip");
            chip.getElement().setAttribute("data-code", code);
            chip.getElement()
                .setAttribute(
                    "aria-label",
                    getTranslation("indicator.chosen.remove", names.getOrDefault(code, code)));
            chips.add(chip);
          }
        };
    selection.addChangeListener(codes -> refresh.run());
    refresh.run();

    Span label = new Span(getTranslation("indicator.chosen") + ":");
    label.addClassName("va-selection-label");
    Div bar = new Div(label, chips);
    bar.addClassName("va-selection-bar");

    List<Area> regions =
        pack.level(level)
            .map(AreaLevel::parent)
            .map(parent -> pack.areasIn(pack.defaultVersion(), parent, period.to()))
            .orElse(List.of());
    if (!regions.isEmpty()) {
      Div quick = new Div();
      quick.addClassName("va-region-buttons");
      for (Area region : regions) {
        Button b = new Button(region.name(locale), e -> toggleRegion(region.code()));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.getElement().setAttribute("data-region", region.code());
        quick.add(b);
      }
      bar.add(quick);
    }
    Button clear = new Button(getTranslation("indicator.chosen.clear"), e -> selection.clear());
    clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    clear.setId("indicator-clear");
    bar.add(clear);
    if (map instanceof AreaMap areaMap) {
      Button oslo = new Button(getTranslation("indicator.zoomOslo"), e -> areaMap.zoomToInset());
      oslo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      Button all = new Button(getTranslation("indicator.zoomAll"), e -> areaMap.fitAll());
      all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      bar.add(oslo, all);
    }
    return bar;
  }

  /** Selecting a region selects all its areas; if all are selected already, deselects them. */
  private void toggleRegion(String regionCode) {
    List<String> members =
        AreaQuery.children(pack, pack.defaultVersion(), period.to(), level, regionCode);
    Set<String> now = new LinkedHashSet<>(selection.get());
    if (now.containsAll(members)) {
      members.forEach(now::remove);
    } else {
      now.addAll(members);
    }
    selection.set(now);
  }

  // ---------------------------------------------------------------- views

  private Component map(IndicatorResults r, String title, Locale locale) {
    try {
      String geoJson = geography.geoJson(level, period.to(), null, locale, MAP_WAIT);
      AreaMap map = new AreaMap();
      map.setId("indicator-map");
      map.setAreas(geoJson);
      map.setResults(r);
      map.setInset(MapInset.OSLO);
      map.setLabel(title);
      map.setHeight("600px");
      return map;
    } catch (GeographyService.PolygonsNotReadyException e) {
      Paragraph wait = new Paragraph(getTranslation("indicator.mapPending"));
      wait.addClassName("va-empty");
      return wait;
    }
  }

  private Optional<FunnelChart> funnel(IndicatorResults r, String title) {
    return FunnelLimitsFactory.limits(r)
        .map(
            limits -> {
              FunnelChart funnel = new FunnelChart();
              funnel.setId("indicator-funnel");
              funnel.setTitle(title);
              funnel.setResults(r, limits);
              funnel.setHeight("340px");
              return funnel;
            });
  }

  private Component noFunnel() {
    Paragraph none = new Paragraph(getTranslation("indicator.funnel.none"));
    none.addClassName("va-muted");
    return none;
  }

  private List<IndicatorResults> yearly(Locale locale) {
    List<Period> periods = results.periods(topic.id(), indicator.id(), level);
    int first = periods.stream().mapToInt(Period::from).min().orElse(period.from());
    int last = periods.stream().mapToInt(Period::to).max().orElse(period.to());
    return results.yearly(topic.id(), indicator.id(), level, Period.of(first, last), locale);
  }

  private Component about(Locale locale) {
    Div about = new Div();
    about.addClassName("va-about-indicator");
    if (indicator.description() != null) {
      about.add(new Html(Markdown.toHtml(indicator.description().get(locale))));
    }
    Paragraph method = new Paragraph(getTranslation(methodKey()));
    method.addClassName("va-muted");
    about.add(method);
    if (indicator.suppressionThreshold() > 0) {
      Paragraph small =
          new Paragraph(getTranslation("indicator.suppression", indicator.suppressionThreshold()));
      small.addClassName("va-muted");
      about.add(small);
    }
    return about;
  }

  private String methodKey() {
    if (indicator.provenance() == Provenance.PUBLISHED) {
      return "indicator.method.published";
    }
    return switch (indicator.valueType()) {
      case DIRECTLY_STANDARDISED_RATE -> "indicator.method.dsr";
      case CRUDE_RATE -> "indicator.method.crude";
      default -> "indicator.method.other";
    };
  }

  // ---------------------------------------------------------------- helpers

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

  private String periodLabel(Period p) {
    return p.isSingleYear()
        ? p.toString()
        : getTranslation("indicator.periodAverage", p.from() + "\u2013" + p.to());
  }

  private String levelTitle(String id, Locale locale) {
    return pack.level(id).map(AreaLevel::title).map(t -> t.get(locale)).orElse(id);
  }

  private void navigate(String newLevel, Period newPeriod, Set<String> codes) {
    getUI().ifPresent(ui -> ui.navigate(location(newLevel, newPeriod, codes)));
  }

  private void updateUrl() {
    getUI()
        .ifPresent(
            ui ->
                ui.getPage()
                    .getHistory()
                    .replaceState(null, location(level, period, selection.get())));
  }

  private String location(String newLevel, Period newPeriod, Set<String> codes) {
    Map<String, List<String>> params =
        new java.util.LinkedHashMap<>(
            new AreaQuery(newLevel, List.copyOf(codes)).toParameters(pack));
    params.put("period", List.of(newPeriod.toString()));
    return new Location("topic/" + topic.id() + "/" + indicator.id(), new QueryParameters(params))
        .getPathWithQueryParameters();
  }

  private static Optional<String> first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static Optional<Period> period(String text) {
    try {
      return Optional.of(Period.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String getPageTitle() {
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    return (indicator == null ? "" : indicator.title().get(locale) + " – ")
        + getTranslation("app.name");
  }
}
