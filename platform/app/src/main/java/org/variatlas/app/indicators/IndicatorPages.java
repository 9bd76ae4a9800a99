package org.variatlas.app.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.areas.AreaQuery;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.i18n.Formats;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.loads.StartupLoads;
import org.variatlas.app.results.ResultModels;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.results.ResultsService;
import org.variatlas.app.results.SharedViews;
import org.variatlas.app.shell.StagedBanner;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Reads what an indicator's page (and its embed) shows from an address: the topic and indicator,
 * the levels that have results, the level and period asked for (or the defaults), the source line.
 */
@Component
class IndicatorPages {

  /** An address's page: the page, the areas it selects, and whether its period exists. */
  record Resolved(IndicatorPage page, List<String> codes, boolean knownPeriod) {}

  private final TopicRegistry topics;
  private final ResultsService results;
  private final ResultsPipeline pipeline;
  private final StartupLoads startup;
  private final CountSources sources;
  private final GeographyPack pack;
  private final ResultModels models;
  private final SharedViews views;

  IndicatorPages(
      TopicRegistry topics,
      ResultsService results,
      ResultsPipeline pipeline,
      StartupLoads startup,
      CountSources sources,
      GeographyService geography,
      ResultModels models,
      SharedViews views) {
    this.topics = topics;
    this.results = results;
    this.models = models;
    this.views = views;
    this.pipeline = pipeline;
    this.startup = startup;
    this.sources = sources;
    this.pack = geography.pack();
  }

  ResultsService results() {
    return results;
  }

  /** The results shared by every reader, per results version. */
  ResultModels models() {
    return models;
  }

  /**
   * Where the charts' and maps' JSON of a topic's page is kept for every reader (apart, and
   * private, for a draft or a staged preview).
   */
  org.variatlas.api.ui.SharedSpecs views(String topicId) {
    return views.of(topicId);
  }

  /**
   * The page of an address, or empty for an unknown topic or indicator.
   *
   * @param translate the platform's translation in {@code locale} (for the source line)
   */
  Optional<Resolved> resolve(
      String topicId,
      String indicatorId,
      Map<String, List<String>> query,
      Locale locale,
      BiFunction<String, Object[], String> translate) {
    InstalledTopic topic = topics.visibleTopic(topicId).orElse(null);
    IndicatorDefinition indicator =
        topic == null
            ? null
            : topic.indicator(indicatorId).map(i -> sources.asShown(topic, i)).orElse(null);
    if (indicator == null) {
      return Optional.empty();
    }
    List<String> levels = levels(topic, indicator);
    AreaQuery areas =
        AreaQuery.parse(pack, pack.defaultVersion(), indicator.defaultPeriod().to(), query, levels);
    String level = areas.level();
    List<Period> periods = periods(topic, indicator, level);
    Optional<Period> asked = first(query, "period").map(IndicatorPages::period);
    Period period = asked.orElseGet(() -> defaultPeriod(indicator, periods));
    boolean known = periods.contains(period) || periods.isEmpty() && asked.isEmpty();
    String source = sourceText(topic, indicator, locale, translate);
    IndicatorPage page =
        new IndicatorPage(topic, indicator, level, period, levels, periods, locale, source, pack);
    return Optional.of(new Resolved(page, areas.codes(), known));
  }

  Optional<IndicatorResults> results(IndicatorPage page) {
    return models.results(
        page.topic().id(), page.indicator().id(), page.level(), page.period(), page.locale());
  }

  /** The translation key that says why a known period has no results. */
  String whyNoResults(IndicatorPage page) {
    if (startup.isLoading()) {
      return "indicator.loading";
    }
    return pipeline.isPending(page.topic().id()) ? "indicator.computing" : "indicator.noResults";
  }

  /** The date of the data, unless real counts replaced the synthetic ones it belongs to. */
  LocalDate dataDate(IndicatorPage page) {
    return superseded(page.topic(), page.indicator()) ? null : page.indicator().dataDate();
  }

  /** The indicator's levels that the pack knows and that have results (all known ones if none). */
  private List<String> levels(InstalledTopic topic, IndicatorDefinition indicator) {
    List<String> known =
        indicator.levels().stream().filter(l -> pack.level(l).isPresent()).toList();
    Set<String> withResults = results.levels(topic.id()).getOrDefault(indicator.id(), Set.of());
    List<String> shown = known.stream().filter(withResults::contains).toList();
    return shown.isEmpty() ? (known.isEmpty() ? indicator.levels() : known) : shown;
  }

  /** The periods with results on the level (the declared ones before any are computed). */
  private List<Period> periods(InstalledTopic topic, IndicatorDefinition indicator, String level) {
    Set<Period> available = new TreeSet<>(results.periods(topic.id(), indicator.id(), level));
    if (available.isEmpty()) {
      available.addAll(indicator.periods());
    }
    List<Period> ordered = new ArrayList<>(available);
    ordered.sort((a, b) -> a.years() != b.years() ? b.years() - a.years() : b.compareTo(a));
    return ordered;
  }

  private static Period defaultPeriod(IndicatorDefinition indicator, List<Period> periods) {
    return periods.isEmpty() || periods.contains(indicator.defaultPeriod())
        ? indicator.defaultPeriod()
        : periods.get(0);
  }

  /**
   * The definition's source; but where real counts superseded the synthetic ones the definition
   * describes, the loaders the counts come from now (e.g. the registry extract an editor loaded).
   */
  private String sourceText(
      InstalledTopic topic,
      IndicatorDefinition indicator,
      Locale locale,
      BiFunction<String, Object[], String> translate) {
    if (superseded(topic, indicator)) {
      return sources.loaders(topic, indicator).stream()
          .map(
              l ->
                  sources
                      .loadedAt(topic, l)
                      .map(
                          at ->
                              translate.apply(
                                  "indicator.source.loaded",
                                  new Object[] {
                                    l.title().get(locale), Formats.date(at.toLocalDate(), locale)
                                  }))
                      .orElse(l.title().get(locale)))
          .collect(Collectors.joining("; "));
    }
    return indicator.source() == null ? null : indicator.source().get(locale);
  }

  /** Whether real counts have replaced the synthetic ones the indicator was defined with. */
  private static boolean superseded(InstalledTopic topic, IndicatorDefinition indicator) {
    return !indicator.synthetic()
        && topic.indicator(indicator.id()).map(IndicatorDefinition::synthetic).orElse(false);
  }

  private static Optional<String> first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the topic was served since the start and is no longer (removed or disabled). */
  boolean removed(String topicId) {
    return topics.wasRemoved(topicId);
  }

  /** The banner of a topic with a staged version, for those who may preview it. */
  Optional<StagedBanner> stagedBanner(String topicId) {
    return StagedBanner.of(topics, topicId);
  }

  /** Whether the topic is a draft (its page carries a banner). */
  boolean draft(String topicId) {
    return topics.isDraft(topicId);
  }
}
