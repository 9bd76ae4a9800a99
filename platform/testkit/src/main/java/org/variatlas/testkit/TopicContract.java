package org.variatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.PublishedRow;
import org.variatlas.app.plugins.PluginImports;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.results.ResultRow;
import org.variatlas.app.topics.InstalledTopic;

/**
 * The checks every topic plugin must pass, whatever its content: it starts, serves its topic, says
 * everything in nb, nn and en, and its indicators are complete ({@link #verify}); its jar depends
 * on nothing but the plugin API, the SDK, PF4J and the JDK ({@link #verifyImports}); its loaders
 * run on the shared data without a problem and every indicator then has a value for every area, or
 * a stated reason why not ({@link #verifyLoads}); synthetic counts reproduce the published events
 * ({@link #verifySyntheticEvents}).
 */
public final class TopicContract {

  /**
   * Why an area may lack a value (the engine's status names, as stored): small-number suppression
   * ({@link AreaResult#suppressed()}), or a directly standardised rate resting on fewer events than
   * the indicator's {@link IndicatorDefinition#minimumEvents()}.
   */
  private static final Set<String> STATED_REASONS = Set.of("SUPPRESSED", "BELOW_MINIMUM_EVENTS");

  /** A count of events stored as a yearly average is whole again, times the years, within this. */
  private static final double WHOLE = 1e-6;

  private TopicContract() {}

  /** Asserts the contract for the plugin's jar and topic. */
  public static InstalledTopic verify(PluginHarness harness, String pluginId, String topicId) {
    return verify(harness.runtime(), pluginId, topicId);
  }

  /** Asserts the contract for the plugin's jar and topic as the whole platform loaded them. */
  public static InstalledTopic verify(PlatformHarness platform, String pluginId, String topicId) {
    return verify(platform.runtime(), pluginId, topicId);
  }

  private static InstalledTopic verify(PluginRuntime runtime, String pluginId, String topicId) {
    PluginStatus status = PluginHarness.status(runtime, pluginId);
    assertThat(status.state())
        .as("state of %s (error: %s)", pluginId, status.error())
        .isEqualTo("STARTED");
    assertThat(status.error()).isNull();
    assertThat(status.version()).isNotBlank();
    assertThat(status.provider()).as("Plugin-Provider").isNotBlank();
    assertThat(status.requires()).as("Plugin-Requires").isNotBlank();

    InstalledTopic topic = PluginHarness.topic(runtime, topicId);
    assertThat(topic.pluginId()).isEqualTo(pluginId);
    inAllLanguages(topic.title(), "topic title");
    inAllLanguages(topic.description(), "topic description");
    assertThat(topic.chapters()).as("chapters").isNotEmpty();
    topic.chapters().forEach(c -> inAllLanguages(c.title(), "chapter " + c.id()));
    for (IndicatorDefinition indicator : topic.indicators()) {
      inAllLanguages(indicator.title(), "title of indicator " + indicator.id());
      inAllLanguages(indicator.unit(), "unit of indicator " + indicator.id());
    }
    return topic;
  }

  /**
   * Asserts that the plugin jar's classes use only the plugin API ({@code org.variatlas.api..}),
   * the SDK ({@code org.variatlas.sdk..}), PF4J ({@code org.pf4j..}), the JDK ({@code java..}) and
   * the jar's own packages, and that the jar bundles no copy of the API, the SDK or PF4J (the
   * platform provides all three).
   */
  public static void verifyImports(Path pluginJar) {
    // The platform's own rule, the one it applies to an uploaded jar before installing it.
    assertThat(PluginImports.violations(pluginJar))
        .as("what the classes of %s use beyond %s (STYLE.md)", pluginJar, PluginImports.ALLOWED)
        .isEmpty();
  }

  /**
   * {@link #loadOnInstall} and then {@link #verifyValues}: the topic's loaders run on the shared
   * data without a problem, and every indicator has a value for every area or a stated reason.
   * Takes as long as the population load (30-90 s) plus the topic's loaders: call it once per test
   * class.
   *
   * @return the topic's runs, in the order of its loaders
   */
  public static List<LoadRunRecord> verifyLoads(PlatformHarness platform, String topicId) {
    List<LoadRunRecord> runs = loadOnInstall(platform, topicId);
    verifyValues(platform, topicId);
    return runs;
  }

  /**
   * Loads the population, runs every {@code loadOnInstall()} loader of the topic as the platform
   * does after installing it, asserts that each run is applied with no problem at all (an area name
   * the platform cannot match is a problem, so none goes unmatched silently; the assertion lists
   * the problems), and computes the topic's results.
   *
   * @return the topic's runs, in the order of its loaders
   */
  public static List<LoadRunRecord> loadOnInstall(PlatformHarness platform, String topicId) {
    LoadRunRecord population = platform.loadPopulation();
    assertThat(population.status())
        .as("population load: %s %s", population.message(), platform.problems(population))
        .isEqualTo(LoadRunRecord.APPLIED);
    List<LoadRunRecord> runs = platform.runLoadersOnInstall(topicId);
    assertThat(runs).as("loadOnInstall() loaders of %s", topicId).isNotEmpty();
    for (LoadRunRecord run : runs) {
      assertThat(run.status())
          .as(
              "run of %s/%s: %s; problems: %s",
              topicId, run.loaderId(), run.message(), platform.problems(run))
          .isEqualTo(LoadRunRecord.APPLIED);
      assertThat(run.problemCount())
          .as("problems of %s/%s: %s", topicId, run.loaderId(), platform.problems(run))
          .isZero();
    }
    platform.computeResults(topicId);
    return runs;
  }

  /**
   * An area shown without a value.
   *
   * @param indicatorId the indicator
   * @param level its default level
   * @param period its default period
   * @param area the area; the national row has level {@code national}
   * @param status the stored row's status (the engine's: {@code SUPPRESSED}, {@code
   *     BELOW_MINIMUM_EVENTS}, {@code MISSING_INPUT}...), or null when nothing is stored for the
   *     area
   */
  public record MissingValue(
      String indicatorId, String level, Period period, AreaRef area, String status) {

    /** Whether the status is a reason the atlas states: small numbers or too few events. */
    public boolean stated() {
      return status != null && STATED_REASONS.contains(status);
    }

    @Override
    public String toString() {
      return indicatorId
          + " ("
          + level
          + ", "
          + period
          + "): "
          + area.name()
          + " ["
          + area.code()
          + "] "
          + (status == null ? "has no result (nothing was loaded for it)" : "status " + status);
    }
  }

  /**
   * Asserts, after the loads and the results pipeline, that every indicator of the topic has
   * results on its default level and period, a national value, and a value for every area of that
   * level unless the area's stored row states why not: small-number suppression ({@code
   * SUPPRESSED}, {@link AreaResult#suppressed()}) or a directly standardised rate resting on fewer
   * events than the indicator's {@link IndicatorDefinition#minimumEvents()} ({@code
   * BELOW_MINIMUM_EVENTS}). An area without a stored row (nothing was loaded for it) or with any
   * other status fails: {@code MISSING_INPUT} (the source gave no value), {@code ZERO_DENOMINATOR},
   * {@code INVALID_STRATUM} (events where the population has nobody). Every offending area of every
   * indicator is listed.
   *
   * @return the areas without a value for a stated reason, for topic-specific checks
   */
  public static List<MissingValue> verifyValues(PlatformHarness platform, String topicId) {
    return verifyValues(platform, topicId, false);
  }

  /**
   * {@link #verifyValues} on every level and period each indicator declares, not only the default
   * ones: what a reader can pick in the views.
   *
   * @return the areas without a value for a stated reason
   */
  public static List<MissingValue> verifyValuesOnEveryLevelAndPeriod(
      PlatformHarness platform, String topicId) {
    return verifyValues(platform, topicId, true);
  }

  private static List<MissingValue> verifyValues(
      PlatformHarness platform, String topicId, boolean everyLevelAndPeriod) {
    List<MissingValue> missing = new ArrayList<>();
    List<String> noResults = new ArrayList<>();
    for (IndicatorDefinition indicator : platform.topic(topicId).indicators()) {
      List<String> levels =
          everyLevelAndPeriod ? indicator.levels() : List.of(indicator.defaultLevel());
      List<Period> periods =
          everyLevelAndPeriod ? indicator.periods() : List.of(indicator.defaultPeriod());
      for (String level : levels) {
        for (Period period : periods) {
          try {
            missing.addAll(missingValues(platform, topicId, indicator, level, period));
          } catch (AssertionError e) {
            noResults.add(e.getMessage());
          }
        }
      }
    }
    assertThat(noResults).as("indicators of %s without results", topicId).isEmpty();
    assertThat(missing)
        .filteredOn(m -> !m.stated())
        .as("indicators of %s with areas that have no value and no stated reason", topicId)
        .isEmpty();
    return missing;
  }

  /** Areas (and the national row) of an indicator's level and period without a value. */
  private static List<MissingValue> missingValues(
      PlatformHarness platform,
      String topicId,
      IndicatorDefinition indicator,
      String level,
      Period period) {
    IndicatorResults results = platform.results(topicId, indicator.id(), level, period);
    if (results.areas().isEmpty()) {
      throw new AssertionError(
          "results of "
              + indicator.id()
              + " on level "
              + level
              + " for "
              + period
              + " name no area");
    }
    Map<String, ResultRow> stored = new HashMap<>();
    ResultRow national = null;
    for (ResultRow row : platform.resultRows(topicId, indicator.id(), level, period)) {
      if (row.national()) {
        national = row;
      } else {
        stored.put(row.areaCode(), row);
      }
    }
    List<MissingValue> missing = new ArrayList<>();
    if (results.national().value() == null) {
      missing.add(
          new MissingValue(
              indicator.id(),
              level,
              period,
              results.national().area(),
              national == null ? null : national.status()));
    }
    for (AreaResult area : results.areas()) {
      if (area.value() == null) {
        ResultRow row = stored.get(area.area().code());
        missing.add(
            new MissingValue(
                indicator.id(), level, period, area.area(), row == null ? null : row.status()));
      }
    }
    return missing;
  }

  /**
   * Asserts that a computed indicator on synthetic counts reproduces the published events of the
   * indicator it mirrors, area by area, on the computed indicator's default level, for one period:
   * the computed events of the period (stored as a yearly average) times its years equal the
   * published numerator (for a period: the published yearly average) times the years, rounded as
   * the synthetic generator rounds it. For a single year that is the published count exactly. A
   * suppressed computed area passes only if the published count is below the threshold too; an area
   * without a published value must have no events.
   *
   * @param computedId the indicator computed from the synthetic counts
   * @param publishedId the published indicator whose events they reproduce
   * @return the number of areas compared
   */
  public static int verifySyntheticEvents(
      PlatformHarness platform,
      String topicId,
      String computedId,
      String publishedId,
      Period period) {
    IndicatorDefinition computed =
        platform
            .topic(topicId)
            .indicator(computedId)
            .orElseThrow(
                () -> new AssertionError("topic " + topicId + " has no indicator " + computedId));
    assertThat(computed.synthetic()).as("%s is marked synthetic", computedId).isTrue();
    String level = computed.defaultLevel();
    int years = period.years();
    Map<String, AreaResult> byArea = new HashMap<>();
    for (AreaResult area : platform.results(topicId, computedId, level, period).areas()) {
      byArea.put(area.area().code(), area);
    }
    List<PublishedRow> published =
        platform.published(topicId, publishedId).stream()
            .filter(r -> r.level().equals(level) && r.category().isEmpty())
            .filter(r -> r.periodFrom() == period.from() && r.periodTo() == period.to())
            .toList();
    assertThat(published)
        .as("published values of %s on level %s for %s", publishedId, level, period)
        .isNotEmpty();
    List<String> wrong = new ArrayList<>();
    for (PublishedRow row : published) {
      AreaResult area = byArea.remove(row.areaCode());
      String what =
          computedId
              + " "
              + (area == null ? "[" + row.areaCode() + "]" : name(area))
              + " "
              + period
              + (row.where() == null ? "" : " (" + row.where() + ")");
      eventsProblem(row, area, computed, years).ifPresent(p -> wrong.add(what + ": " + p));
    }
    for (AreaResult area : byArea.values()) {
      if (area.events() != null && area.events() != 0) {
        wrong.add(
            computedId
                + " "
                + name(area)
                + " "
                + period
                + ": "
                + area.events()
                + " events a year, but nothing was published for the area");
      }
    }
    assertThat(wrong)
        .as("%s events against the published %s on %s, %s", computedId, publishedId, level, period)
        .isEmpty();
    return published.size();
  }

  /** What is wrong with an area's computed events against the published row, if anything. */
  private static Optional<String> eventsProblem(
      PublishedRow row, AreaResult area, IndicatorDefinition computed, int years) {
    if (row.numerator() == null) {
      return Optional.of("the published value has no numerator");
    }
    if (area == null) {
      return Optional.of("no computed result");
    }
    if (area.suppressed()) {
      return row.numerator() < computed.suppressionThreshold()
          ? Optional.empty()
          : Optional.of("suppressed, but " + row.numerator() + " events were published");
    }
    long expected = Math.round(row.numerator() * years);
    double actual = area.events() == null ? Double.NaN : area.events() * years;
    return Math.abs(actual - expected) < WHOLE
        ? Optional.empty()
        : Optional.of(actual + " events in all, published " + expected);
  }

  private static String name(AreaResult area) {
    return area.area().name() + " [" + area.area().code() + "]";
  }

  private static void inAllLanguages(LocalizedText text, String what) {
    assertThat(text).as(what).isNotNull();
    for (String language : new String[] {"nb", "nn", "en"}) {
      assertThat(text.has(Locale.forLanguageTag(language))).as("%s in %s", what, language).isTrue();
    }
  }
}
