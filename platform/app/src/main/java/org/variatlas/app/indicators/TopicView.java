package org.variatlas.app.indicators;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import org.variatlas.app.areas.AreaMapPanel;
import org.variatlas.app.areas.AreaQuery;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.loads.StartupLoads;
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

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** The levels the topic page's map offers, the first being the default. */
  static final List<String> MAP_LEVELS = List.of("hf", "hf19", "dps", "rhf", "fylke", "kommune");

  private final TopicRegistry topics;
  private final GeographyService geography;
  private final ResultsService results;
  private final StartupLoads startup;
  private final ResultsPipeline pipeline;
  private final TopicBoxes boxes;
  private final SharedViews views;
  private final ResultBoxesElement chapters = new ResultBoxesElement();
  private InstalledTopic topic;
  private String shownLevel;

  public TopicView(
      TopicRegistry topics,
      GeographyService geography,
      ResultsService results,
      StartupLoads startup,
      ResultsPipeline pipeline,
      TopicBoxes boxes,
      SharedViews views) {
    this.boxes = boxes;
    this.views = views;
    this.topics = topics;
    this.geography = geography;
    this.results = results;
    this.startup = startup;
    this.pipeline = pipeline;
    addClassName("va-topic");
    chapters
        .getElement()
        .addEventListener(
            "va-box-area",
            e ->
                openIndicator(
                    e.getEventData().getString("event.detail.indicator"),
                    e.getEventData().getString("event.detail.code")))
        .addEventData("event.detail.indicator")
        .addEventData("event.detail.code");
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
    shownLevel = null;
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
   * The chapters' result boxes with the figures of a level (rebuilt when the map's level changes):
   * the browser builds them from the topic's shared document ({@link TopicBoxes}).
   */
  private void showLevel(String level) {
    if (level.equals(shownLevel)) {
      return;
    }
    shownLevel = level;
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    boolean preparing = preparing();
    InstalledTopic shown = topic;
    chapters
        .getElement()
        .setProperty(
            "dataUrl",
            views
                .of(shown.id())
                .url(
                    boxes.key(shown, level, locale, preparing),
                    () -> boxes.render(shown, level, locale, preparing)));
  }

  /**
   * The map's selection in the result boxes: their dots are highlighted, and their links open the
   * indicator with the selection.
   */
  private void showSelection(AreaQuery query) {
    String parameters =
        new Location("topic", LanguagePreference.withLanguage(query.toParameters(geography.pack())))
            .getQueryParameters()
            .getQueryString();
    var selection = JSON.createObjectNode().put("query", parameters);
    query.codes().forEach(selection.putArray("codes")::add);
    chapters.getElement().setProperty("selection", selection.toString());
  }

  /** A click on an area of a box's dots opens the indicator on that area. */
  private void openIndicator(String indicatorId, String code) {
    topic.indicators().stream()
        .filter(i -> i.id().equals(indicatorId))
        .findFirst()
        .ifPresent(
            indicator ->
                UI.getCurrent()
                    .navigate(
                        TopicBoxes.route(topic, indicator),
                        LanguagePreference.withLanguage(
                            new AreaQuery(shownLevel, List.of(code))
                                .toParameters(geography.pack()))));
  }

  @Override
  public String getPageTitle() {
    Locale locale = VariatlasI18NProvider.supported(getLocale());
    return (topic == null ? "" : topic.title().get(locale) + " – ") + getTranslation("app.name");
  }
}
