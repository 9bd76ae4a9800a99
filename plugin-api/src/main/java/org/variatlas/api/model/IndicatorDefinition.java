package org.variatlas.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user sees: a numerator measure over a denominator, times a multiplier, standardised or
 * not, for a population, shown on area levels over periods. Values are computed by the platform
 * ({@link Provenance#COMPUTED}) or imported as published ({@link Provenance#PUBLISHED}).
 *
 * <p>Build with {@link #computed(String)} or {@link #published(String)}:
 *
 * <pre>{@code
 * IndicatorDefinition.computed("shoulder")
 *     .chapter("orthopaedics")
 *     .title(messages.text("day-surgery.shoulder.title"))
 *     .selection(messages.text("day-surgery.shoulder.selection"))
 *     .unit(messages.text("day-surgery.unit.per100k"))
 *     .numerator("shoulder-procedures")
 *     .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
 *     .standard(StandardPopulation.referenceYear(2016))
 *     .multiplier(100_000)
 *     .periods(Period.of(2013, 2017), Period.year(2013), ...)
 *     .levels("hf", "rhf")
 *     .build();
 * }</pre>
 *
 * @param id kebab-case id, unique within the topic
 * @param chapterId the {@link Chapter#id()} it belongs to
 * @param title the indicator's title
 * @param description a short introduction (Markdown), may be {@code null}
 * @param selection the patient selection ("utvalg"): who and what is counted (Markdown)
 * @param unit what the value means, e.g. "procedures per 100 000 inhabitants"
 * @param source where the data come from, e.g. "NPR, SSB"
 * @param provenance computed or published
 * @param valueType which statistic (decides formulas and CIs)
 * @param numeratorMeasure the measure counted (computed indicators)
 * @param denominator the resident population or a measure (computed indicators)
 * @param population the residents counted: age range and sexes
 * @param multiplier per how many (1, 100, 1 000, 10 000, 100 000)
 * @param standard the standard population of direct standardisation (and the reference of indirect
 *     standardisation and of the variation statistics)
 * @param ageBandWidth width in years of the age bands standardisation uses (Helseatlas: 5)
 * @param categories the parts shown stacked (empty for none)
 * @param polarity whether high is good, bad or neither
 * @param suppressionThreshold counts below this are never shown (e.g. 6 in psyk2). The platform
 *     enforces a minimum (default 5) and raises a lower threshold to it, so 0 means "the platform's
 *     minimum". For a period the threshold applies to the yearly average count
 * @param protectionWidth how far apart the smallest and largest value an attacker can derive for a
 *     suppressed count must be (in yearly-average counts, as the threshold); 0 for the threshold
 *     itself
 * @param minimumEvents a DSR is not published below this many events (PHE: 10)
 * @param periods the years and periods shown, the first being the default
 * @param levels the area levels shown, the first being the default
 * @param synthetic whether the values rest on synthetic demonstration data; the platform then shows
 *     a notice wherever they appear. For a computed indicator this is the default until counts are
 *     loaded; then the platform marks it by the loaders its counts come from ({@link
 *     org.variatlas.api.DataLoader#synthetic()})
 * @param dataDate when the data were extracted or published, may be {@code null}
 */
public record IndicatorDefinition(
    String id,
    String chapterId,
    LocalizedText title,
    LocalizedText description,
    LocalizedText selection,
    LocalizedText unit,
    LocalizedText source,
    Provenance provenance,
    ValueType valueType,
    String numeratorMeasure,
    Denominator denominator,
    PopulationFilter population,
    double multiplier,
    StandardPopulation standard,
    int ageBandWidth,
    List<Category> categories,
    Polarity polarity,
    int suppressionThreshold,
    int protectionWidth,
    int minimumEvents,
    List<Period> periods,
    List<String> levels,
    boolean synthetic,
    LocalDate dataDate) {

  public IndicatorDefinition {
    Ids.requireKebab(id, "indicator id");
    require(chapterId != null, id, "a chapter");
    require(title != null, id, "a title");
    require(unit != null, id, "a unit");
    require(provenance != null && valueType != null, id, "a provenance and a value type");
    require(multiplier > 0, id, "a positive multiplier");
    require(periods != null && !periods.isEmpty(), id, "at least one period");
    require(levels != null && !levels.isEmpty(), id, "at least one area level");
    require(
        suppressionThreshold >= 0 && protectionWidth >= 0 && minimumEvents >= 0,
        id,
        "non-negative thresholds");
    require(ageBandWidth > 0, id, "a positive age band width");
    if (provenance == Provenance.COMPUTED) {
      require(numeratorMeasure != null, id, "a numerator measure");
      require(denominator != null, id, "a denominator");
      require(!valueType.isStandardised() || standard != null, id, "a standard population");
    }
    population = population == null ? PopulationFilter.everyone() : population;
    categories = categories == null ? List.of() : List.copyOf(categories);
    periods = List.copyOf(periods);
    levels = List.copyOf(levels);
    polarity = polarity == null ? Polarity.NO_JUDGEMENT : polarity;
  }

  /**
   * This definition with {@code synthetic} set: the platform marks a computed indicator as the
   * provenance of its loaded counts says (see {@link org.variatlas.api.DataLoader#synthetic()}).
   */
  public IndicatorDefinition withSynthetic(boolean synthetic) {
    return synthetic == this.synthetic
        ? this
        : with(synthetic, suppressionThreshold, protectionWidth);
  }

  /**
   * This definition with another small-number threshold and protection width (the platform raises
   * them to its minimum).
   */
  public IndicatorDefinition withSuppression(int threshold, int width) {
    return threshold == suppressionThreshold && width == protectionWidth
        ? this
        : with(synthetic, threshold, width);
  }

  private IndicatorDefinition with(boolean synthetic, int threshold, int width) {
    Builder b = copy(this, id, provenance);
    b.synthetic = synthetic;
    b.suppressionThreshold = threshold;
    b.protectionWidth = width;
    return b.build();
  }

  /** The protection width in force: the declared one, or the threshold when none is declared. */
  public int effectiveProtectionWidth() {
    return protectionWidth > 0 ? protectionWidth : suppressionThreshold;
  }

  /** Starts an indicator the platform computes from counts. */
  public static Builder computed(String id) {
    return new Builder(id, Provenance.COMPUTED);
  }

  /** Starts an indicator whose values are imported as published. */
  public static Builder published(String id) {
    return new Builder(id, Provenance.PUBLISHED);
  }

  /**
   * Starts an indicator the platform computes from counts of {@code numeratorMeasure} that shows
   * the same thing as {@code model} (typically a published indicator it reproduces): chapter,
   * texts, unit, source, value type, population, multiplier, standard, age bands, categories,
   * polarity, thresholds, periods, levels and data date are copied and can be changed.
   */
  public static Builder computedLike(
      IndicatorDefinition model, String id, String numeratorMeasure) {
    Builder b = copy(model, id, Provenance.COMPUTED);
    b.numeratorMeasure = numeratorMeasure;
    b.denominator = Denominator.population();
    return b;
  }

  /** A builder holding every field of {@code model} under another id and provenance. */
  private static Builder copy(IndicatorDefinition model, String id, Provenance provenance) {
    Builder b = new Builder(id, provenance);
    b.chapterId = model.chapterId;
    b.title = model.title;
    b.description = model.description;
    b.selection = model.selection;
    b.unit = model.unit;
    b.source = model.source;
    b.valueType = model.valueType;
    b.numeratorMeasure = model.numeratorMeasure;
    b.denominator = model.denominator;
    b.population = model.population;
    b.multiplier = model.multiplier;
    b.standard = model.standard;
    b.ageBandWidth = model.ageBandWidth;
    b.categories.addAll(model.categories);
    b.polarity = model.polarity;
    b.suppressionThreshold = model.suppressionThreshold;
    b.protectionWidth = model.protectionWidth;
    b.minimumEvents = model.minimumEvents;
    b.periods.addAll(model.periods);
    b.levels.addAll(model.levels);
    b.synthetic = model.synthetic;
    b.dataDate = model.dataDate;
    return b;
  }

  public Period defaultPeriod() {
    return periods.get(0);
  }

  public String defaultLevel() {
    return levels.get(0);
  }

  public boolean isStandardised() {
    return valueType.isStandardised();
  }

  private static void require(boolean condition, String id, String what) {
    if (!condition) {
      throw new IllegalArgumentException("indicator '" + id + "' needs " + what);
    }
  }

  /** Fluent builder; {@link #build()} validates. */
  public static final class Builder {
    private final String id;
    private final Provenance provenance;
    private String chapterId;
    private LocalizedText title;
    private LocalizedText description;
    private LocalizedText selection;
    private LocalizedText unit;
    private LocalizedText source;
    private ValueType valueType = ValueType.DIRECTLY_STANDARDISED_RATE;
    private String numeratorMeasure;
    private Denominator denominator = Denominator.population();
    private PopulationFilter population = PopulationFilter.everyone();
    private double multiplier = 100_000;
    private StandardPopulation standard;
    private int ageBandWidth = 5;
    private final List<Category> categories = new ArrayList<>();
    private Polarity polarity = Polarity.NO_JUDGEMENT;
    private int suppressionThreshold;
    private int protectionWidth;
    private int minimumEvents = 10;
    private final List<Period> periods = new ArrayList<>();
    private final List<String> levels = new ArrayList<>();
    private boolean synthetic;
    private LocalDate dataDate;

    private Builder(String id, Provenance provenance) {
      this.id = id;
      this.provenance = provenance;
    }

    public Builder chapter(String chapterId) {
      this.chapterId = chapterId;
      return this;
    }

    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    public Builder description(LocalizedText description) {
      this.description = description;
      return this;
    }

    public Builder selection(LocalizedText selection) {
      this.selection = selection;
      return this;
    }

    public Builder unit(LocalizedText unit) {
      this.unit = unit;
      return this;
    }

    public Builder source(LocalizedText source) {
      this.source = source;
      return this;
    }

    public Builder valueType(ValueType valueType) {
      this.valueType = valueType;
      return this;
    }

    public Builder numerator(String measureId) {
      this.numeratorMeasure = measureId;
      return this;
    }

    public Builder denominator(Denominator denominator) {
      this.denominator = denominator;
      return this;
    }

    public Builder population(PopulationFilter population) {
      this.population = population;
      return this;
    }

    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    public Builder standard(StandardPopulation standard) {
      this.standard = standard;
      return this;
    }

    public Builder ageBandWidth(int years) {
      this.ageBandWidth = years;
      return this;
    }

    public Builder categories(List<Category> categories) {
      this.categories.clear();
      this.categories.addAll(categories);
      return this;
    }

    public Builder polarity(Polarity polarity) {
      this.polarity = polarity;
      return this;
    }

    public Builder suppressBelow(int threshold) {
      this.suppressionThreshold = threshold;
      return this;
    }

    /**
     * How wide the interval an attacker can derive for a suppressed count must stay, in
     * yearly-average counts; the default (0) is the threshold.
     */
    public Builder protectionWidth(int width) {
      this.protectionWidth = width;
      return this;
    }

    public Builder minimumEvents(int minimumEvents) {
      this.minimumEvents = minimumEvents;
      return this;
    }

    public Builder periods(Period... periods) {
      return periods(List.of(periods));
    }

    public Builder periods(List<Period> periods) {
      this.periods.clear();
      this.periods.addAll(periods);
      return this;
    }

    public Builder levels(String... levels) {
      this.levels.clear();
      this.levels.addAll(List.of(levels));
      return this;
    }

    public Builder synthetic(boolean synthetic) {
      this.synthetic = synthetic;
      return this;
    }

    public Builder dataDate(LocalDate dataDate) {
      this.dataDate = dataDate;
      return this;
    }

    public IndicatorDefinition build() {
      return new IndicatorDefinition(
          id,
          chapterId,
          title,
          description,
          selection,
          unit,
          source,
          provenance,
          valueType,
          numeratorMeasure,
          provenance == Provenance.COMPUTED ? denominator : null,
          population,
          multiplier,
          standard,
          ageBandWidth,
          categories,
          polarity,
          suppressionThreshold,
          protectionWidth,
          minimumEvents,
          periods,
          levels,
          synthetic,
          dataDate);
    }
  }
}
