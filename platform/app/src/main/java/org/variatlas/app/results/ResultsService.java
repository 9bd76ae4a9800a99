package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.areas.Area;
import org.variatlas.app.areas.CoveredAreas;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Reads materialised results as the API model ({@link IndicatorResults}) that views, the HTTP API
 * and plugin fact sheets use: one row per area of the level (areas without a value included, so
 * that a missing value shows as such), the national row, yearly values within a period, category
 * parts, variation and class breaks. Everything read here has been suppressed before it was stored.
 */
@Service
public class ResultsService {

  private final ResultRepository repository;
  private final TopicRegistry topics;
  private final GeographyPack pack;
  private final CountSources sources;
  private final ResultVersions versions;

  public ResultsService(
      ResultRepository repository,
      TopicRegistry topics,
      GeographyPack pack,
      CountSources sources,
      ResultVersions versions) {
    this.repository = repository;
    this.topics = topics;
    this.pack = pack;
    this.sources = sources;
    this.versions = versions;
  }

  /** The version of a topic's results readers see now (the validator of what they read). */
  public Optional<Long> version(String topicId) {
    return versions.current(topicId);
  }

  /**
   * The stored rows of an indicator on a level and period in the current version, national row
   * included, with the engine's status of each (why a value is missing).
   */
  public List<ResultRow> rows(String topicId, String indicatorId, String level, Period period) {
    return versions
        .current(topicId)
        .map(v -> repository.rows(v, indicatorId, level, period))
        .orElse(List.of());
  }

  /** The periods with results of an indicator on a level. */
  public List<Period> periods(String topicId, String indicatorId, String level) {
    return versions
        .current(topicId)
        .map(v -> repository.periods(v, indicatorId, level))
        .orElse(List.of());
  }

  /** The area levels with results, per indicator id of a topic. */
  public Map<String, java.util.Set<String>> levels(String topicId) {
    return versions.current(topicId).map(repository::levels).orElse(Map.of());
  }

  /**
   * The results of an indicator on a level and period with area names in {@code locale}; empty when
   * the topic or indicator is unknown or nothing has been computed yet.
   */
  public Optional<IndicatorResults> results(
      String topicId, String indicatorId, String level, Period period, Locale locale) {
    Optional<Long> current = versions.current(topicId);
    return current.isEmpty()
        ? Optional.empty()
        : results(topicId, indicatorId, level, period, locale, current.get());
  }

  /**
   * As {@link #results(String, String, String, Period, Locale)} from one given version of the
   * topic's results (every read is of that version: a page never mixes two).
   */
  public Optional<IndicatorResults> results(
      String topicId,
      String indicatorId,
      String level,
      Period period,
      Locale locale,
      long version) {
    Optional<IndicatorDefinition> indicator = shown(topicId, indicatorId);
    if (indicator.isEmpty()) {
      return Optional.empty();
    }
    List<ResultRow> rows = repository.rows(version, indicatorId, level, period);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, ResultRow> byArea = new HashMap<>();
    ResultRow nationalRow = null;
    for (ResultRow r : rows) {
      if (r.national()) {
        nationalRow = r;
      } else {
        byArea.put(r.areaCode(), r);
      }
    }
    Map<String, TreeMap<Integer, Double>> yearly = yearly(version, indicatorId, level, period);
    Map<String, Map<String, Double>> parts = parts(version, indicatorId, level, period);

    CoveredAreas coverage = coverage(topicId);
    List<AreaResult> areas = areaResults(coverage, level, period, locale, byArea, yearly, parts);
    // The reference value: the nation's, or the covered areas' ("Helse Nord").
    AreaRef nationalRef =
        new AreaRef(AreaRef.NATIONAL_LEVEL, AreaRef.NATIONAL_CODE, coverage.name(pack).get(locale));
    AreaResult national =
        result(nationalRef, nationalRow, yearly.get(AreaRef.NATIONAL_CODE), parts);
    Optional<SummaryRow> summary = repository.summary(version, indicatorId, level, period);
    return Optional.of(
        new IndicatorResults(
            indicator.get(),
            level,
            period,
            areas,
            national,
            summary.map(SummaryRow::variation).orElse(null),
            summary.map(SummaryRow::classBreaks).orElse(List.of())));
  }

  /**
   * The covered areas' rows, in the geography's order; then areas with results that the current
   * geography no longer has (e.g. published on older borders), named by the pack if it knows them.
   *
   * @param byArea the stored rows by area code; emptied of those used
   */
  private List<AreaResult> areaResults(
      CoveredAreas coverage,
      String level,
      Period period,
      Locale locale,
      Map<String, ResultRow> byArea,
      Map<String, TreeMap<Integer, Double>> yearly,
      Map<String, Map<String, Double>> parts) {
    Predicate<String> covered = coverage.filter(pack, pack.defaultVersion(), level, period.to());
    List<AreaResult> areas = new ArrayList<>();
    for (Area area : pack.areasIn(pack.defaultVersion(), level, period.to())) {
      if (!covered.test(area.code())) {
        continue; // outside the topic's coverage: not shown
      }
      AreaRef ref = new AreaRef(level, area.code(), area.name(locale));
      areas.add(result(ref, byArea.remove(area.code()), yearly.get(area.code()), parts));
    }
    for (ResultRow r : byArea.values()) {
      if (!coverage.everywhere() && !covered.test(r.areaCode())) {
        continue;
      }
      String name = pack.area(level, r.areaCode()).map(a -> a.name(locale)).orElse(r.areaCode());
      areas.add(result(new AreaRef(level, r.areaCode(), name), r, yearly.get(r.areaCode()), parts));
    }
    return areas;
  }

  /** Per area code, the values of a period's years (the trend's dots); none for a single year. */
  private Map<String, TreeMap<Integer, Double>> yearly(
      long version, String indicatorId, String level, Period period) {
    Map<String, TreeMap<Integer, Double>> yearly = new HashMap<>();
    if (!period.isSingleYear()) {
      for (ResultRow r : repository.yearRows(version, indicatorId, level, period)) {
        if (r.value() != null) {
          yearly.computeIfAbsent(key(r), k -> new TreeMap<>()).put(r.period().from(), r.value());
        }
      }
    }
    return yearly;
  }

  /** Per area code, the values of its category parts that are shown. */
  private Map<String, Map<String, Double>> parts(
      long version, String indicatorId, String level, Period period) {
    Map<String, Map<String, Double>> parts = new HashMap<>();
    for (CategoryRow c : repository.categories(version, indicatorId, level, period)) {
      if (c.value() != null) {
        parts
            .computeIfAbsent(c.areaCode(), k -> new LinkedHashMap<>())
            .put(c.category(), c.value());
      }
    }
    return parts;
  }

  /**
   * The single-year results within {@code span}, one per year with results, for trends: two queries
   * for all years (no categories, variation or breaks, which trends do not show).
   */
  public List<IndicatorResults> yearly(
      String topicId, String indicatorId, String level, Period span, Locale locale) {
    Optional<IndicatorDefinition> indicator = shown(topicId, indicatorId);
    Optional<Long> version = versions.current(topicId);
    if (indicator.isEmpty() || version.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<ResultRow>> byYear = new TreeMap<>();
    for (ResultRow r : repository.yearRows(version.get(), indicatorId, level, span)) {
      byYear.computeIfAbsent(r.period().from(), y -> new ArrayList<>()).add(r);
    }
    CoveredAreas coverage = coverage(topicId);
    String reference = coverage.name(pack).get(locale);
    Predicate<String> covered = coverage.filter(pack, pack.defaultVersion(), level, span.to());
    List<IndicatorResults> out = new ArrayList<>();
    List<Area> areas =
        pack.areasIn(pack.defaultVersion(), level, span.to()).stream()
            .filter(a -> covered.test(a.code()))
            .toList();
    for (var year : byYear.entrySet()) {
      Map<String, ResultRow> byArea = new HashMap<>();
      ResultRow national = null;
      for (ResultRow r : year.getValue()) {
        if (r.national()) {
          national = r;
        } else {
          byArea.put(r.areaCode(), r);
        }
      }
      List<AreaResult> rows = new ArrayList<>();
      for (Area area : areas) {
        rows.add(
            result(
                new AreaRef(level, area.code(), area.name(locale)),
                byArea.get(area.code()),
                null,
                Map.of()));
      }
      out.add(
          new IndicatorResults(
              indicator.get(),
              level,
              Period.year(year.getKey()),
              rows,
              result(
                  new AreaRef(AreaRef.NATIONAL_LEVEL, AreaRef.NATIONAL_CODE, reference),
                  national,
                  null,
                  Map.of()),
              null,
              List.of()));
    }
    return out;
  }

  /** The indicator's default level and period, or the first with results. */
  public Optional<IndicatorResults> defaultResults(
      InstalledTopic topic, IndicatorDefinition indicator, Locale locale) {
    return results(
        topic.id(), indicator.id(), indicator.defaultLevel(), indicator.defaultPeriod(), locale);
  }

  /** The indicator's definition, marked synthetic as its loaded counts are. */
  private Optional<IndicatorDefinition> shown(String topicId, String indicatorId) {
    return topics
        .shownTopic(topicId)
        .flatMap(t -> t.indicator(indicatorId).map(i -> sources.asShown(t, i)));
  }

  /** The topic's coverage on the geography (the whole country for an unknown topic). */
  private CoveredAreas coverage(String topicId) {
    return topics
        .topic(topicId)
        .map(t -> CoveredAreas.of(t.coverage(), pack))
        .orElseGet(() -> CoveredAreas.of(null, pack));
  }

  private static String key(ResultRow r) {
    return r.national() ? AreaRef.NATIONAL_CODE : r.areaCode();
  }

  private static AreaResult result(
      AreaRef ref,
      ResultRow row,
      TreeMap<Integer, Double> yearly,
      Map<String, Map<String, Double>> parts) {
    if (row == null || row.suppressed()) {
      return AreaResult.withoutFigures(ref, row != null, yearly);
    }
    return new AreaResult(
        ref,
        row.events(),
        row.population(),
        row.crude(),
        row.value(),
        row.lower95(),
        row.upper95(),
        row.lower998(),
        row.upper998(),
        row.comparison(),
        row.funnelSignificance(),
        row.suppressed(),
        parts.getOrDefault(row.areaCode(), Map.of()),
        yearly);
  }
}
