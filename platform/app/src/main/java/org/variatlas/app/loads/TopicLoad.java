package org.variatlas.app.loads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.variatlas.api.DataLoader;
import org.variatlas.api.Geography;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.Population;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Runs one plugin {@link DataLoader} as a load run: gives it a {@link LoadContext} and a {@link
 * LoadSink}, checks every row against the topic's declarations and the geography pack, stages the
 * counts (COPY into a temporary table) and the published values, and replaces the loader's previous
 * rows when nothing was wrong ({@link RunScope}: all of them, or the measures a run with parameters
 * delivers; real counts replace synthetic ones).
 *
 * <p>Checks: the measure is declared by the topic, the category is one of the measure's (or absent
 * when it has none), the base unit is in the pack, year 1900-2100, age 0-105, a sex, a whole
 * non-negative count; a published value's indicator is declared with provenance {@code PUBLISHED},
 * its level is a level of the pack, its area name matches an area of that level (national names go
 * to level {@code national}), its category is the indicator's; no key twice, and no key another
 * loader of the topic delivered.
 */
final class TopicLoad implements LoadJob {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private final InstalledTopic topic;
  private final DataLoader loader;
  private final Map<String, String> parameters;
  private final GeographyPack pack;
  private final Geography geography;
  private final Population population;
  private final MeasureDataRepository repository;
  private final List<PublishedRow> published = new ArrayList<>();

  TopicLoad(
      InstalledTopic topic,
      DataLoader loader,
      Map<String, String> parameters,
      GeographyPack pack,
      Geography geography,
      Population population,
      MeasureDataRepository repository) {
    this.topic = topic;
    this.loader = loader;
    this.parameters = Map.copyOf(parameters);
    this.pack = pack;
    this.geography = geography;
    this.population = population;
    this.repository = repository;
  }

  @Override
  public String topicId() {
    return topic.id();
  }

  @Override
  public String loaderId() {
    return loader.id();
  }

  @Override
  public String title() {
    return topic.title().get(org.variatlas.api.model.LocalizedText.ENGLISH)
        + ": "
        + loader.title().get(org.variatlas.api.model.LocalizedText.ENGLISH);
  }

  @Override
  public String pluginVersion() {
    return topic.pluginVersion();
  }

  @Override
  public String parameters() {
    return parameters(parameters);
  }

  static String parameters(Map<String, String> parameters) {
    return new java.util.TreeMap<>(parameters)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
  }

  /** What besides the sources' content a run's fingerprint covers. */
  static String fingerprintExtra(
      InstalledTopic topic, DataLoader loader, Map<String, String> parameters, GeographyPack pack) {
    return String.join(
        "\n",
        topic.pluginId(),
        topic.pluginVersion(),
        loader.id(),
        parameters(parameters),
        pack.fingerprint());
  }

  @Override
  public void stage(LoadRun run) throws Exception {
    run.fingerprintAlso(fingerprintExtra(topic, loader, parameters, pack));
    repository.createStaging();
    Map<String, PublishedRow> byKey = new LinkedHashMap<>();
    Map<String, String> others = repository.publishedByOtherLoaders(topic.id(), loader.id());
    try (CopyStream counts =
        run.copy(MeasureDataRepository.STAGE, MeasureDataRepository.STAGE_COLUMNS)) {
      try {
        loader.load(new Context(run), new Sink(run, counts, byKey, others));
      } catch (org.variatlas.api.io.SourceProblemException e) {
        throw e;
      } catch (Exception | LinkageError e) {
        throw new LoaderFailedException(e);
      }
    }
    published.clear();
    published.addAll(byKey.values());
    repository.checkStaging(run, scope());
  }

  @Override
  public void apply(LoadRun run) {
    repository.apply(run, scope(), published);
  }

  /** What the run replaces: see {@link RunScope}. */
  private RunScope scope() {
    return new RunScope(
        topic.id(), loader.id(), topic.syntheticLoaderIds(), !loader.parameters().isEmpty());
  }

  /** What the loader gets from the platform during the run. */
  private final class Context implements LoadContext {
    private final LoadRun run;

    Context(LoadRun run) {
      this.run = run;
    }

    @Override
    public Path dataDirectory() {
      return run.dataDirectory();
    }

    @Override
    public Path resolve(String relative) {
      Path resolved = run.dataDirectory().resolve(relative).normalize();
      if (!resolved.startsWith(run.dataDirectory())) {
        throw new IllegalArgumentException("'" + relative + "' lies outside the data directory");
      }
      run.source(resolved);
      return resolved;
    }

    @Override
    public Optional<String> parameter(String name) {
      return Optional.ofNullable(parameters.get(name));
    }

    @Override
    public Geography geography() {
      return geography;
    }

    @Override
    public Population population() {
      return population;
    }

    @Override
    public void problem(LoadProblem problem) {
      run.problem(problem);
    }

    @Override
    public void progress(String message) {
      run.progress(message);
    }
  }

  /** Checks and stages what the loader writes. */
  private final class Sink implements LoadSink {
    private final LoadRun run;
    private final CopyStream counts;
    private final Map<String, PublishedRow> published;
    private final Map<String, String> otherLoaders;

    Sink(
        LoadRun run,
        CopyStream counts,
        Map<String, PublishedRow> published,
        Map<String, String> otherLoaders) {
      this.run = run;
      this.counts = counts;
      this.published = published;
      this.otherLoaders = otherLoaders;
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
      SourceLocation at =
          where == null ? SourceLocation.file(topic.id() + "/" + loader.id()) : where;
      int before = run.problemCount();
      Optional<MeasureDefinition> measure = topic.measure(measureId);
      if (measure.isEmpty()) {
        run.problem(
            located(at, "measure", measureId),
            "unknown-measure",
            "topic "
                + topic.id()
                + " declares no measure '"
                + measureId
                + "'; it has "
                + topic.measures().stream().map(MeasureDefinition::id).toList());
      } else {
        checkCategory(at, category, measure.get().categories(), "measure " + measureId);
      }
      if (baseUnit == null || !pack.baseUnits().containsKey(baseUnit)) {
        run.problem(
            located(at, "base unit", baseUnit),
            "unknown-area",
            "no base unit '"
                + baseUnit
                + "' (kommune or bydel number with leading zeros) in geography pack "
                + pack.id());
      }
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        run.problem(
            located(at, "year", String.valueOf(year)),
            "bad-year",
            "a year " + FIRST_YEAR + "-" + LAST_YEAR + " is expected");
      }
      if (age < 0 || age > PopulationFilter.MAX_AGE) {
        run.problem(
            located(at, "age", String.valueOf(age)),
            "bad-age",
            "an age 0-" + PopulationFilter.MAX_AGE + " is expected");
      }
      if (sex == null) {
        run.problem(located(at, "sex", null), "bad-sex", "a sex is required");
      }
      if (!Double.isFinite(count)) {
        run.problem(
            located(at, "count", String.valueOf(count)),
            "not-a-number",
            "the count is not a number");
      } else if (count < 0) {
        run.problem(
            located(at, "count", format(count)), "negative-count", "a count cannot be negative");
      } else if (count != Math.rint(count)) {
        run.problem(
            located(at, "count", format(count)),
            "non-integer-count",
            "a count must be a whole number");
      }
      if (run.problemCount() > before) {
        run.rejected();
        return;
      }
      counts.row(
          measureId,
          baseUnit,
          year,
          sex.code(),
          age,
          category == null ? "" : category,
          (long) count,
          at.file(),
          at.line());
      run.accepted();
    }

    @Override
    public synchronized void published(PublishedValue v) {
      run.read();
      SourceLocation at =
          v.where() == null ? SourceLocation.file(topic.id() + "/" + loader.id()) : v.where();
      int before = run.problemCount();
      Optional<IndicatorDefinition> indicator = topic.indicator(v.indicatorId());
      if (indicator.isEmpty()) {
        run.problem(
            located(at, "indicator", v.indicatorId()),
            "unknown-indicator",
            "topic " + topic.id() + " declares no indicator '" + v.indicatorId() + "'");
      } else if (indicator.get().provenance() != Provenance.PUBLISHED) {
        run.problem(
            located(at, "indicator", v.indicatorId()),
            "not-published",
            "indicator '"
                + v.indicatorId()
                + "' is computed by the platform, not imported as published");
      } else {
        checkCategory(
            at, v.category(), indicator.get().categories(), "indicator " + v.indicatorId());
      }
      org.variatlas.app.areas.Area area = null;
      if (pack.level(v.level()).isEmpty()) {
        run.problem(
            located(at, "level", v.level()),
            "unknown-level",
            pack.whyNoArea(v.level(), v.areaName()));
      } else {
        area = pack.findArea(v.level(), v.areaName()).orElse(null);
        if (area == null) {
          run.problem(
              located(at, "area", v.areaName()),
              "unknown-area",
              pack.whyNoArea(v.level(), v.areaName()));
        }
      }
      for (var number :
          List.of(
              Map.entry("value", Optional.ofNullable(v.value())),
              Map.entry("numerator", Optional.ofNullable(v.numerator())),
              Map.entry("denominator", Optional.ofNullable(v.denominator())),
              Map.entry("lower95", Optional.ofNullable(v.lower95())),
              Map.entry("upper95", Optional.ofNullable(v.upper95())))) {
        if (number.getValue().isPresent() && !Double.isFinite(number.getValue().get())) {
          run.problem(
              located(at, number.getKey(), String.valueOf(number.getValue().get())),
              "not-a-number",
              "not a finite number");
        }
      }
      if (run.problemCount() > before) {
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
      PublishedRow earlier = published.get(row.key());
      if (earlier != null) {
        if (area.isNational() && earlier.sameFigures(row)) {
          run.accepted(); // the national row repeated by each level's table: the same value once
          return;
        }
        run.problem(
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
        run.rejected();
        return;
      }
      String other = otherLoaders.get(row.key());
      if (other != null) {
        run.problem(
            located(at, "area", v.areaName()),
            "duplicate-key",
            "loader '" + other + "' of this topic already delivered this value");
        run.rejected();
        return;
      }
      published.put(row.key(), row);
      run.accepted();
    }

    private void checkCategory(
        SourceLocation at, String category, List<Category> categories, String owner) {
      Set<String> ids = categories.stream().map(Category::id).collect(Collectors.toSet());
      if (category == null) {
        if (!ids.isEmpty() && owner.startsWith("measure")) {
          run.problem(
              located(at, "category", null),
              "missing-category",
              owner + " has categories " + ids + "; each count needs one");
        }
      } else if (!ids.contains(category)) {
        run.problem(
            located(at, "category", category),
            "unknown-category",
            owner + (ids.isEmpty() ? " has no categories" : " has categories " + ids));
      }
    }
  }

  /** The location with the field named, unless the loader named a column itself. */
  private static SourceLocation located(SourceLocation where, String field, String value) {
    return where.column() != null ? where : where.at(field, value);
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
