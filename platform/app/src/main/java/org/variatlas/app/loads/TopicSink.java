package org.variatlas.app.loads;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.areas.Area;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Checking what a topic's loader writes, row by row, against the topic's declarations and the
 * geography pack: a count's measure is declared by the topic, its category is one of the measure's
 * (or absent when it has none), the base unit is in the pack, year 1900-2100 (for the numerator of
 * a rate per resident, a year with population), age 0-105, a sex, a whole non-negative count; a
 * published value's indicator is declared with provenance {@code PUBLISHED}, its level is a level
 * of the pack, its area name matches an area of that level (national names go to level {@code
 * national}), its category is the indicator's; no published key twice, and none another loader of
 * the topic delivered. Accepted counts go to {@link StagedCounts}, accepted published values to a
 * map by key.
 */
final class TopicSink implements LoadSink {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private final InstalledTopic topic;
  private final String loaderId;
  private final GeographyPack pack;
  private final LoadRun run;
  private final StagedCounts counts;
  private final Map<String, PublishedRow> published;
  private final Supplier<Map<String, String>> otherLoaders;
  private Map<String, String> otherLoadersRead;
  private final Map<String, Set<String>> categoriesOfMeasure = new HashMap<>();
  private final Period populationYears;
  private final Set<String> measuresOverPopulation;
  private final SourceLocation unlocated;
  // The problems this sink found (the run's count is behind a lock, and the plugin adds its own).
  private int found;
  // The last measure and category that passed their check (loaders repeat the same strings).
  private String checkedMeasure;
  private String checkedCategory;

  TopicSink(
      InstalledTopic topic,
      String loaderId,
      GeographyPack pack,
      LoadRun run,
      StagedCounts counts,
      Map<String, PublishedRow> published,
      Supplier<Map<String, String>> otherLoaders,
      Period populationYears) {
    this.topic = topic;
    this.loaderId = loaderId;
    this.pack = pack;
    this.run = run;
    this.counts = counts;
    this.published = published;
    this.otherLoaders = otherLoaders;
    this.populationYears = populationYears;
    this.unlocated = SourceLocation.file(topic.id() + "/" + loaderId);
    // Numerators of rates need their years' population; a proportion's measures do not.
    this.measuresOverPopulation =
        topic.indicators().stream()
            .filter(i -> i.provenance() == Provenance.COMPUTED)
            .filter(i -> i.denominator() instanceof Denominator.ResidentPopulation)
            .map(IndicatorDefinition::numeratorMeasure)
            .collect(Collectors.toSet());
    for (MeasureDefinition m : topic.measures()) {
      categoriesOfMeasure.put(
          m.id(), m.categories().stream().map(Category::id).collect(Collectors.toSet()));
    }
  }

  @Override
  public synchronized void count(
      String measureId,
      String baseUnit,
      int year,
      Sex sex,
      int age,
      String category,
      double count,
      SourceLocation where) {
    run.read();
    SourceLocation at = where == null ? unlocated : where;
    int before = found;
    if (measureId == null || measureId != checkedMeasure || category != checkedCategory) {
      checkMeasure(at, measureId, category);
      if (found == before) {
        checkedMeasure = measureId;
        checkedCategory = category;
      }
    }
    checkCell(at, baseUnit, year, sex, age);
    checkPopulation(at, measureId, year);
    checkCount(at, count);
    if (found > before) {
      run.rejected();
      return;
    }
    counts.add(
        measureId, baseUnit, year, sex, age, category == null ? "" : category, (long) count, at);
    run.accepted();
  }

  private void checkMeasure(SourceLocation at, String measureId, String category) {
    Set<String> measureCategories = categoriesOfMeasure.get(measureId);
    if (measureCategories == null) {
      problem(
          located(at, "measure", measureId),
          "unknown-measure",
          "topic "
              + topic.id()
              + " declares no measure '"
              + measureId
              + "'; it has "
              + topic.measures().stream().map(MeasureDefinition::id).toList());
    } else {
      checkCategory(at, category, measureCategories, "measure ", measureId);
    }
  }

  private void checkCell(SourceLocation at, String baseUnit, int year, Sex sex, int age) {
    if (baseUnit == null || !pack.baseUnits().containsKey(baseUnit)) {
      // On the base_unit column of its line, whatever column the loader located the row by (a
      // count file names its count cell).
      problem(
          at.line() > 0 ? at.at("base_unit", baseUnit) : located(at, "base_unit", baseUnit),
          "unknown-area",
          "no base unit '"
              + baseUnit
              + "' (kommune or bydel number with leading zeros) in geography pack "
              + pack.id());
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      problem(
          located(at, "year", String.valueOf(year)),
          "bad-year",
          "a year " + FIRST_YEAR + "-" + LAST_YEAR + " is expected");
    }
    if (age < 0 || age > PopulationFilter.MAX_AGE) {
      problem(
          located(at, "age", String.valueOf(age)),
          "bad-age",
          "an age 0-" + PopulationFilter.MAX_AGE + " is expected");
    }
    if (sex == null) {
      problem(located(at, "sex", null), "bad-sex", "a sex is required");
    }
  }

  /** A rate's count in a year without population could never be shown: refused, located. */
  private void checkPopulation(SourceLocation at, String measureId, int year) {
    if (populationYears == null
        || populationYears.contains(year)
        || year < FIRST_YEAR
        || year > LAST_YEAR
        || !measuresOverPopulation.contains(measureId)) {
      return;
    }
    problem(
        located(at, "year", String.valueOf(year)),
        "no-population",
        "no population is loaded for "
            + year
            + " (the population covers "
            + populationYears.from()
            + "-"
            + populationYears.to()
            + "), and measure '"
            + measureId
            + "' is the numerator of a rate per resident");
  }

  private void checkCount(SourceLocation at, double count) {
    if (!Double.isFinite(count)) {
      problem(
          located(at, "count", String.valueOf(count)), "not-a-number", "the count is not a number");
    } else if (count < 0) {
      problem(located(at, "count", format(count)), "negative-count", "a count cannot be negative");
    } else if (count != Math.rint(count)) {
      problem(
          located(at, "count", format(count)),
          "non-integer-count",
          "a count must be a whole number");
    }
  }

  @Override
  public synchronized void published(PublishedValue v) {
    run.read();
    SourceLocation at = v.where() == null ? unlocated : v.where();
    int before = found;
    checkIndicator(at, v);
    Area area = area(at, v);
    checkNumbers(at, v);
    if (found > before) {
      run.rejected();
      return;
    }
    PublishedRow row =
        new PublishedRow(
            v.indicatorId(),
            area.level(),
            area.code(),
            v.period().from(),
            v.period().to(),
            v.category() == null ? "" : v.category(),
            v.value(),
            v.numerator(),
            v.denominator(),
            v.lower95(),
            v.upper95(),
            at);
    switch (seen(at, v, area, row)) {
      case NEW -> {
        published.put(row.key(), row);
        run.accepted();
      }
      case REPEATED -> run.accepted();
      case CONFLICT -> run.rejected();
    }
  }

  /**
   * Whether a published value's key was delivered before: REPEATED is the national row each level's
   * table repeats with the same figures (kept once), CONFLICT the key with other figures or from
   * another loader (a problem).
   */
  private enum Seen {
    NEW,
    REPEATED,
    CONFLICT
  }

  private void checkIndicator(SourceLocation at, PublishedValue v) {
    Optional<IndicatorDefinition> indicator = topic.indicator(v.indicatorId());
    if (indicator.isEmpty()) {
      problem(
          located(at, "indicator", v.indicatorId()),
          "unknown-indicator",
          "topic " + topic.id() + " declares no indicator '" + v.indicatorId() + "'");
    } else if (indicator.get().provenance() != Provenance.PUBLISHED) {
      problem(
          located(at, "indicator", v.indicatorId()),
          "not-published",
          "indicator '"
              + v.indicatorId()
              + "' is computed by the platform, not imported as published");
    } else {
      checkCategory(
          at,
          v.category(),
          indicator.get().categories().stream().map(Category::id).collect(Collectors.toSet()),
          "indicator ",
          v.indicatorId());
    }
  }

  /** The area a published value names, or null (with its problem). */
  private Area area(SourceLocation at, PublishedValue v) {
    if (pack.level(v.level()).isEmpty()) {
      problem(
          located(at, "level", v.level()),
          "unknown-level",
          pack.whyNoArea(v.level(), v.areaName()));
      return null;
    }
    Area area = pack.findArea(v.level(), v.areaName()).orElse(null);
    if (area == null) {
      problem(
          located(at, "area", v.areaName()),
          "unknown-area",
          pack.whyNoArea(v.level(), v.areaName()));
    }
    return area;
  }

  private void checkNumbers(SourceLocation at, PublishedValue v) {
    for (var number :
        List.of(
            Map.entry("value", Optional.ofNullable(v.value())),
            Map.entry("numerator", Optional.ofNullable(v.numerator())),
            Map.entry("denominator", Optional.ofNullable(v.denominator())),
            Map.entry("lower95", Optional.ofNullable(v.lower95())),
            Map.entry("upper95", Optional.ofNullable(v.upper95())))) {
      if (number.getValue().isPresent() && !Double.isFinite(number.getValue().get())) {
        problem(
            located(at, number.getKey(), String.valueOf(number.getValue().get())),
            "not-a-number",
            "not a finite number");
      }
    }
  }

  /**
   * Whether a checked value's key is new: the same key earlier in this run, or from another loader,
   * is a problem, except the national row each level's table repeats with the same figures.
   */
  private Seen seen(SourceLocation at, PublishedValue v, Area area, PublishedRow row) {
    PublishedRow earlier = published.get(row.key());
    if (earlier != null) {
      if (area.isNational() && earlier.sameFigures(row)) {
        return Seen.REPEATED;
      }
      problem(
          located(at, "area", v.areaName()),
          "duplicate-key",
          "a value for "
              + v.indicatorId()
              + ", "
              + area.level()
              + " "
              + area.code()
              + ", "
              + v.period()
              + (row.category().isEmpty() ? "" : ", " + row.category())
              + " already appears at "
              + earlier.where());
      return Seen.CONFLICT;
    }
    if (otherLoadersRead == null) {
      otherLoadersRead = otherLoaders.get(); // read at the first published value, if one comes
    }
    String other = otherLoadersRead.get(row.key());
    if (other != null) {
      problem(
          located(at, "area", v.areaName()),
          "duplicate-key",
          "loader '" + other + "' of this topic already delivered this value");
      return Seen.CONFLICT;
    }
    return Seen.NEW;
  }

  /** A count's category against its measure's, or a published value's against its indicator's. */
  private void checkCategory(
      SourceLocation at, String category, Set<String> ids, String kind, String ownerId) {
    if (category == null) {
      if (!ids.isEmpty() && kind.startsWith("measure")) {
        problem(
            located(at, "category", null),
            "missing-category",
            kind + ownerId + " has categories " + ids + "; each count needs one");
      }
    } else if (!ids.contains(category)) {
      problem(
          located(at, "category", category),
          "unknown-category",
          kind + ownerId + (ids.isEmpty() ? " has no categories" : " has categories " + ids));
    }
  }

  private void problem(SourceLocation where, String rule, String message) {
    found++;
    run.problem(where, rule, message);
  }

  /** The location with the field named, unless the loader named a column itself. */
  private static SourceLocation located(SourceLocation where, String field, String value) {
    return where.column() != null ? where : where.at(field, value);
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
