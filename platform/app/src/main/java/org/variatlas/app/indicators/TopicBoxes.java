package org.variatlas.app.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.api.ui.DotStrip;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.results.ResultModels;
import org.variatlas.app.results.ResultsService;
import org.variatlas.app.topics.InstalledTopic;

/**
 * A topic's result boxes on one area level as one JSON document, from which the browser builds them
 * ({@code variatlas/result-boxes.js}): per chapter its title and per indicator its title, unit,
 * synthetic-data badge, page and dot strip (the strip's spec and text alternative) or why it has
 * none. The document depends on the topic, level, language and results version only, so it is
 * rendered once for every reader ({@link org.variatlas.app.results.SharedViews}); the selection
 * travels with the page.
 */
@Component
public class TopicBoxes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ResultsService results;
  private final ResultModels models;
  private final CountSources sources;
  private final GeographyService geography;
  private final VariatlasI18NProvider i18n;

  TopicBoxes(
      ResultsService results,
      ResultModels models,
      CountSources sources,
      GeographyService geography,
      VariatlasI18NProvider i18n) {
    this.results = results;
    this.models = models;
    this.sources = sources;
    this.geography = geography;
    this.i18n = i18n;
  }

  /** What the document depends on, as a key of the shared store. */
  String key(InstalledTopic topic, String level, Locale locale, boolean preparing) {
    return String.join(
        "/",
        "boxes",
        topic.id(),
        topic.pluginVersion(),
        level,
        locale.toLanguageTag(),
        models.version(topic.id()).map(String::valueOf).orElse("-"),
        preparing ? "preparing" : "ready");
  }

  /** The document of a topic's boxes on a level, in a language. */
  String render(InstalledTopic topic, String level, Locale locale, boolean preparing) {
    ObjectNode root = JSON.createObjectNode().put("level", level);
    ArrayNode chapters = root.putArray("chapters");
    for (Chapter chapter : topic.chapters()) {
      // Published figures first; computed twins after them, visibly secondary.
      List<IndicatorDefinition> indicators =
          topic.indicators().stream()
              .filter(i -> i.chapterId().equals(chapter.id()))
              .sorted(Comparator.comparing(i -> sources.synthetic(topic, i)))
              .toList();
      if (indicators.isEmpty()) {
        continue;
      }
      ObjectNode section = chapters.addObject().put("title", chapter.title().get(locale));
      ArrayNode boxes = section.putArray("boxes");
      for (IndicatorDefinition indicator : indicators) {
        boxes.add(box(topic, indicator, level, locale, preparing));
      }
    }
    return root.toString();
  }

  private ObjectNode box(
      InstalledTopic topic,
      IndicatorDefinition indicator,
      String level,
      Locale locale,
      boolean preparing) {
    ObjectNode box =
        JSON.createObjectNode()
            .put("indicator", indicator.id())
            .put("title", indicator.title().get(locale))
            .put("unit", indicator.unit().get(locale))
            .put("route", route(topic, indicator));
    if (sources.synthetic(topic, indicator)) {
      box.put("badge", i18n.getTranslation("indicator.synthetic.badge", locale));
    }
    Optional<IndicatorResults> figures = levelResults(topic, indicator, level, locale);
    if (figures.isPresent()) {
      DotStrip strip = new DotStrip();
      strip.setResults(figures.get());
      strip.setExportButtonVisible(false);
      try {
        box.set("chart", JSON.readTree(strip.browserJson(locale)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the kit wrote JSON it cannot read", e);
      }
    } else {
      String levelTitle =
          geography.pack().level(level).map(l -> l.title().get(locale)).orElse(level);
      box.put(
          "none",
          i18n.getTranslation(
              preparing ? "topic.noResults" : "topic.noResultsOnLevel", locale, levelTitle));
    }
    return box;
  }

  static String route(InstalledTopic topic, IndicatorDefinition indicator) {
    return "topic/" + topic.id() + "/" + indicator.id();
  }

  /** The indicator's figures on a level: its default period there, else its latest. */
  private Optional<IndicatorResults> levelResults(
      InstalledTopic topic, IndicatorDefinition indicator, String level, Locale locale) {
    List<Period> periods = results.periods(topic.id(), indicator.id(), level);
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    Period period =
        periods.contains(indicator.defaultPeriod())
            ? indicator.defaultPeriod()
            : periods.get(periods.size() - 1);
    return models.results(topic.id(), indicator.id(), level, period, locale);
  }
}
