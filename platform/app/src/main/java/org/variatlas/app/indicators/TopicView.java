package org.variatlas.app.indicators;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.ui.DotStrip;
import org.variatlas.app.areas.AreaMapPanel;
import org.variatlas.app.areas.AreaQuery;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.loads.StartupLoads;
import org.variatlas.app.results.ResultModels;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.results.ResultsService;
import org.variatlas.app.results.SharedViews;
import org.variatlas.app.shell.DataSources;
import org.variatlas.app.shell.DraftBanner;
import org.variatlas.app.shell.LanguagePreference;
import org.variatlas.app.shell.MainLayout;
import org.variatlas.app.shell.PreviewSwitch;
import org.variatlas.app.shell.Routes;
import org.variatlas.app.shell.StagedBanner;
import org.variatlas.app.shell.TopicRoute;
import org.variatlas.app.text.Markdown;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicPage;
import org.variatlas.app.topics.TopicRegistry;

/**
 * A topic's page: its title, description, a map of the chosen area level whose selection lives in
 * the URL ({@code ?level=hf&area=UNN&area=OUS}), and its indicators grouped by chapter.
 */
@Route(value = Routes.TOPIC, layout = MainLayout.class)
@CssImport("./variatlas-results.css")
@AnonymousAllowed
public class TopicView extends Div implements BeforeEnterObserver, HasDynamicTitle, TopicPage {

  /** The levels the topic page's map offers, the first being the default. */
  static final List<String> MAP_LEVELS = List.of("hf", "hf19", "dps", "rhf", "fylke", "kommune");

  private final TopicRegistry topics;
  private final GeographyService geography;
  private final ResultsService results;
  private final StartupLoads startup;
  private final ResultsPipeline pipeline;
  private final CountSources sources;
  private final ResultModels models;
  private final SharedViews views;
  private final List<ResultBox> boxes = new java.util.ArrayList<>();
  private final Div chapters = new Div();
  private InstalledTopic topic;
  private String shownLevel;

  public TopicView(
      TopicRegistry topics,
      GeographyService geography,
      ResultsService results,
      StartupLoads startup,
      ResultsPipeline pipeline,
      CountSources sources,
      ResultModels models,
      SharedViews views) {
    this.models = models;
    this.views = views;
    this.topics = topics;
    this.geography = geography;
    this.results = results;
    this.startup = startup;
    this.pipeline = pipeline;
    this.sources = sources;
    addClassName("va-topic");
  }

  /** Route parameters of a topic's page. */
  public static RouteParameters parameters(String topicId) {
    return new RouteParameters("topicId", topicId);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    PreviewSwitch.follow(event.getLocation().getQueryParameters().getParameters());
    topic = TopicRoute.open(event, topics).orElse(null);
    if (topic == null) {
      return;
    }
    removeAll();
    boxes.clear();
    chapters.removeAll();
    render(VariatlasI18NProvider.supported(getLocale()));
    addAreaMap(event.getLocation().getQueryParameters().getParameters());
    StagedBanner.of(topics, topic.id()).ifPresent(b -> addComponentAtIndex(0, b));
    if (topics.isDraft(topic.id())) {
      addComponentAtIndex(0, new DraftBanner());
    }
  }

  @Override
  public String shownTopicId() {
    return topic == null ? null : topic.id();
  }

  /**
   * The map's levels: those of {@link #MAP_LEVELS} that the topic's indicators have results on (all
   * of them before any results exist), and the one most indicators have, to open on.
   */
  private List<String> topicLevels(Map<String, java.util.Set<String>> byIndicator) {
    List<String> levels =
        MAP_LEVELS.stream()
            .filter(l -> byIndicator.values().stream().anyMatch(s -> s.contains(l)))
            .toList();
    return levels.isEmpty() ? MAP_LEVELS : levels;
  }

  private static String mostCommon(List<String> levels, Map<String, java.util.Set<String>> by) {
    return levels.stream()
        .max(
            java.util.Comparator.comparingLong(
                    (String l) -> by.values().stream().filter(s -> s.contains(l)).count())
                .thenComparing(l -> -levels.indexOf(l)))
        .orElse(levels.get(0));
  }

  /** The map, restored from the URL and writing its level and selection back into it. */
  private void addAreaMap(Map<String, List<String>> parameters) {
    int year = GeographyService.currentYear();
    Map<String, java.util.Set<String>> byIndicator = results.levels(topic.id());
    List<String> levels = topicLevels(byIndicator);
    String initial = mostCommon(levels, byIndicator);
    var pack = geography.pack();
    List<String> allowed = new java.util.ArrayList<>(List.of(initial));
    levels.stream().filter(l -> !l.equals(initial)).forEach(allowed::add);
    AreaQuery asked = AreaQuery.parse(pack, pack.defaultVersion(), year, parameters, allowed);
    AreaMapPanel map = new AreaMapPanel(geography, levels, asked.level(), year);
    map.restore(asked);
    map.shareState(views);
    showLevel(asked.level());
    List<String> unknown =
        AreaQuery.unknown(pack, pack.defaultVersion(), year, parameters, map.query().level());
    if (!unknown.isEmpty()) {
      Notification.show(
          getTranslation("areas.map.unknown", String.join(", ", unknown)),
          6000,
          Notification.Position.BOTTOM_START);
    }
    map.addQueryChangeListener(
        e -> {
          UI.getCurrent()
              .getPage()
              .getHistory()
              .replaceState(
                  null,
                  new Location(
                      "topic/" + topic.id(),
                      LanguagePreference.withLanguage(e.getQuery().toParameters(pack))));
          showLevel(e.getQuery().level());
          showSelection(e.getQuery());
        });
    showSelection(map.query());
    // After the topic's head, before its chapters.
    addComponentAtIndex(1, map);
  }

  /** Whether figures of the topic are still being loaded or computed (e.g. on a first start). */
  private boolean preparing() {
    return startup.isLoading() || pipeline.isPending(topic.id());
  }

  private void render(Locale locale) {
    H1 title = new H1(topic.title().get(locale));
    title.addClassName("va-topic-title");
    Html description = new Html(Markdown.toHtml(topic.description().get(locale)));
    description.getElement().getClassList().add("va-topic-description");
    Div head = new Div(title, description);
    head.addClassName("va-topic-head");
    add(head);

    if (preparing()) {
      Div notice = new Div(new Paragraph(getTranslation("topic.preparing")));
      notice.addClassName("va-notice");
      notice.setId("topic-preparing");
      head.add(notice);
    }

    if (topic.factSheet().isPresent()) {
      Anchor sheet =
          new Anchor("topic/" + topic.id() + "/factsheet", getTranslation("topic.factsheet"));
      sheet.getElement().setAttribute("router-link", true);
      sheet.addClassName("va-button-link");
      sheet.setId("topic-factsheet");
      head.add(sheet);
    }

    chapters.addClassName("va-chapters");
    add(chapters);
    if (!topic.sources().isEmpty()) {
      Div credits = new Div(new H2(getTranslation("topic.sources")));
      credits.addClassName("va-topic-sources");
      credits.add(DataSources.list(topic.sources(), locale, getTranslation("about.licence")));
      add(credits);
    }
  }

  /**
   * The chapters' result boxes with the figures of a level (rebuilt when the map's level changes).
   */
  private void showLevel(String level) {
    if (level.equals(shownLevel)) {
      return;
    }
    shownLevel = level;
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    chapters.removeAll();
    boxes.clear();
    for (Chapter chapter : topic.chapters()) {
      // Published figures first; computed twins after them, visibly secondary.
      var indicators =
          topic.indicators().stream()
              .filter(i -> i.chapterId().equals(chapter.id()))
              .sorted(java.util.Comparator.comparing(i -> sources.synthetic(topic, i)))
              .toList();
      if (indicators.isEmpty()) {
        continue;
      }
      Div section = new Div();
      section.addClassName("va-chapter");
      section.add(new H2(chapter.title().get(locale)));
      Div list = new Div();
      list.addClassName("va-result-boxes");
      for (IndicatorDefinition indicator : indicators) {
        list.add(resultBox(indicator, locale, level));
      }
      section.add(list);
      chapters.add(section);
    }
  }

  /**
   * The map's selection in the result boxes of the same level: their dots are highlighted, and
   * their links open the indicator with the selection.
   */
  private void showSelection(AreaQuery query) {
    for (ResultBox box : boxes) {
      boolean same = box.level().equals(query.level());
      box.strip().setSelectedAreas(same ? java.util.Set.copyOf(query.codes()) : java.util.Set.of());
      String href =
          same && !query.codes().isEmpty()
              ? new Location(
                      box.route(),
                      LanguagePreference.withLanguage(query.toParameters(geography.pack())))
                  .getPathWithQueryParameters()
              : new Location(
                      box.route(),
                      LanguagePreference.withLanguage(
                          new AreaQuery(box.level(), List.of()).toParameters(geography.pack())))
                  .getPathWithQueryParameters();
      box.title().setHref(href);
    }
  }

  /** A result box whose dots and link follow the map's selection. */
  private record ResultBox(String level, DotStrip strip, Anchor title, String route) {}

  private Div resultBox(IndicatorDefinition indicator, Locale locale, String level) {
    String route = "topic/" + topic.id() + "/" + indicator.id();
    Anchor title = new Anchor(route, indicator.title().get(locale));
    title.getElement().setAttribute("router-link", true);
    title.addClassName("va-result-box-title");
    Span unit = new Span(indicator.unit().get(locale));
    unit.addClassName("va-indicator-unit");
    Div head = new Div(title, unit);
    head.addClassName("va-result-box-head");
    boolean synthetic = sources.synthetic(topic, indicator);
    if (synthetic) {
      Span badge = new Span(getTranslation("indicator.synthetic.badge"));
      badge.addClassName("va-badge-synthetic");
      head.add(badge);
    }
    Div box = new Div(head);
    box.addClassName("va-result-box");
    box.getClassNames().set("va-result-box-synthetic", synthetic);
    box.getElement().setAttribute("data-indicator", indicator.id());
    levelResults(indicator, level, locale)
        .ifPresentOrElse(
            r -> {
              DotStrip strip = new DotStrip();
              strip.setResults(r);
              strip.setExportButtonVisible(false);
              strip.shareSpec(views, dotsKey(r, locale));
              boxes.add(new ResultBox(r.level(), strip, title, route));
              strip.addAreaClickListener(
                  e ->
                      UI.getCurrent()
                          .navigate(
                              route,
                              LanguagePreference.withLanguage(
                                  new AreaQuery(r.level(), List.of(e.getCode()))
                                      .toParameters(geography.pack()))));
              box.add(strip);
            },
            () -> {
              Span none =
                  new Span(
                      getTranslation(
                          preparing() ? "topic.noResults" : "topic.noResultsOnLevel",
                          levelTitle(level, locale)));
              none.addClassName("va-muted");
              box.add(none);
            });
    return box;
  }

  /** The indicator's figures on a level: its default period there, else its latest. */
  private java.util.Optional<org.variatlas.api.model.IndicatorResults> levelResults(
      IndicatorDefinition indicator, String level, Locale locale) {
    List<org.variatlas.api.model.Period> periods =
        results.periods(topic.id(), indicator.id(), level);
    if (periods.isEmpty()) {
      return java.util.Optional.empty();
    }
    org.variatlas.api.model.Period period =
        periods.contains(indicator.defaultPeriod())
            ? indicator.defaultPeriod()
            : periods.get(periods.size() - 1);
    return models.results(topic.id(), indicator.id(), level, period, locale);
  }

  /** What a result box's dots show: the figures (by version and hash) in a language. */
  private String dotsKey(org.variatlas.api.model.IndicatorResults r, Locale locale) {
    return String.join(
        "/",
        "dots",
        topic.id(),
        r.indicator().id(),
        r.level(),
        r.period().toString(),
        locale.toLanguageTag(),
        models.version(topic.id()).map(String::valueOf).orElse("-"),
        Integer.toHexString(r.hashCode()));
  }

  private String levelTitle(String level, Locale locale) {
    return geography.pack().level(level).map(l -> l.title().get(locale)).orElse(level);
  }

  @Override
  public String getPageTitle() {
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    return (topic == null ? "" : topic.title().get(locale) + " – ") + getTranslation("app.name");
  }
}
