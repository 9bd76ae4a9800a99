package org.variatlas.app.kit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.ValueType;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.config.VariatlasProperties;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.results.FunnelLimitsFactory;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.classify.ClassBreaks;
import org.variatlas.engine.classify.Classifier;
import org.variatlas.engine.compare.BenchmarkComparison;
import org.variatlas.engine.compare.Judgement;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.sdk.io.CsvReader;
import org.variatlas.sdk.io.CsvRow;
import org.variatlas.sdk.io.Json;

/**
 * Reads the UI-kit gallery's sample data from the data directory, once: Helseatlas' day-surgery
 * atlas 2013–2017 (published yearly rates, counts and populations per referral area), SKDE's
 * referral-area map and a stacked result box of the child-health atlas 2025.
 *
 * <p>The published rates are used as they are; the intervals, funnel and classes come from the
 * engine. Rates are age- and sex-adjusted, so their intervals are the Poisson limits of the counts
 * scaled by adjusted/crude, the usual approximation when only the totals are published.
 *
 * <p>This is demonstration data for the gallery until the results pipeline serves real results; it
 * never reaches the results tables.
 */
@Component
class GalleryData {

  static final String DAY_SURGERY = "helseatlas/legacy_instantatlas/dagkir2.csv";
  static final String AREA_CODES = "helseatlas/mapping/boomr.csv";
  static final String CHILDREN = "helseatlas/atlas_v2/data/barn2025/aad_rb1_tot.json";

  /** dagkir2's indicator 1: shoulder surgery (acromioplasty). */
  private static final String SHOULDER = "1";

  private static final double PER_100K = 100_000;
  private static final double PER_1000 = 1_000;
  private static final String NATIONAL = "8888";

  /** The referral areas as the platform draws them, with the borders of this year's mapping. */
  private static final int MAP_YEAR = 2024;

  private static final Duration POLYGONS_WAIT = Duration.ofMinutes(2);

  private final Path dataDir;
  private final VariatlasI18NProvider i18n;
  private final GeographyService geography;
  private final Map<String, GallerySample> cache = new ConcurrentHashMap<>();

  GalleryData(
      VariatlasProperties properties, VariatlasI18NProvider i18n, GeographyService geography) {
    this.dataDir = properties.dataDirectory();
    this.i18n = i18n;
    this.geography = geography;
  }

  /** The files the gallery reads, relative to the data directory. */
  static List<String> files() {
    return List.of(DAY_SURGERY, AREA_CODES, CHILDREN);
  }

  /** The first missing file, or null when all are there. */
  String missingFile() {
    return files().stream()
        .filter(f -> !Files.isReadable(dataDir.resolve(f)))
        .findFirst()
        .map(f -> dataDir.resolve(f).toString())
        .orElse(null);
  }

  /** The sample; its texts carry all three languages, so one instance serves everyone. */
  GallerySample sample() {
    return cache.computeIfAbsent("sample", k -> load());
  }

  private GallerySample load() {
    Map<String, String> codes = areaCodes();
    Function<String, String> code =
        name -> {
          String c = codes.get(name);
          if (c == null) {
            throw new IllegalStateException("no referral-area code for '" + name + "'");
          }
          return c;
        };
    IndicatorDefinition shoulder =
        published(
                "shoulder-surgery",
                "orthopaedics",
                "kit.gallery.indicator",
                "kit.gallery.unit",
                PER_100K,
                Period.of(2013, 2017),
                "hf")
            .build();
    Map<String, Area> areas = readDaySurgery(code);
    List<IndicatorResults> years = new ArrayList<>();
    for (int year = 2013; year <= 2017; year++) {
      int y = year;
      years.add(results(shoulder, Period.year(y), areas, a -> a.year(y)));
    }
    // The same limits and classes as a topic's page: around Norway's value, from the engine.
    FunnelLimitsFactory.Funnel funnel =
        FunnelLimitsFactory.funnel(results(shoulder, Period.of(2013, 2017), areas, Area::period))
            .orElseThrow();
    return new GallerySample(
        funnel.results(),
        years,
        funnel.limits(),
        stacked(code),
        geography.geoJson("hf", MAP_YEAR, null, LocalizedText.BOKMAL, POLYGONS_WAIT));
  }

  /** A directly standardised rate from a Helseatlas publication, titled from the bundles. */
  private IndicatorDefinition.Builder published(
      String id,
      String chapter,
      String titleKey,
      String unitKey,
      double multiplier,
      Period period,
      String level) {
    return IndicatorDefinition.published(id)
        .chapter(chapter)
        .title(text(titleKey))
        .unit(text(unitKey))
        .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
        .multiplier(multiplier)
        .periods(period)
        .levels(level);
  }

  private LocalizedText text(String key) {
    return LocalizedText.of(
        i18n.getTranslation(key, LocalizedText.BOKMAL),
        i18n.getTranslation(key, LocalizedText.NYNORSK),
        i18n.getTranslation(key, LocalizedText.ENGLISH));
  }

  /** Referral-area name -> SKDE bohf code, from the SAS mapping (one row per kommune/bydel). */
  private Map<String, String> areaCodes() {
    Map<String, String> codes = new HashMap<>();
    try (CsvReader csv = CsvReader.open(dataDir.resolve(AREA_CODES), AREA_CODES, ';')) {
      for (CsvRow row : csv) {
        String bohf = row.get("bohf");
        String name = row.get("bohf_navn");
        if (bohf != null && name != null && !bohf.isBlank()) {
          codes.putIfAbsent(name, bohf);
        }
      }
    }
    codes.put("Norge", NATIONAL);
    // dagkir2 (2018) spells St. Olav's referral area with the genitive s.
    codes.put("St. Olavs", codes.get("St. Olav"));
    return codes;
  }

  /** One area's published yearly figures. */
  private record Year(double value, double events, double population) {}

  /** An area with its figures per year. */
  private record Area(AreaRef ref, TreeMap<Integer, Year> years) {

    Year year(int y) {
      return years.get(y);
    }

    /** Helseatlas' period figures: yearly averages of counts and of the adjusted rates. */
    Year period() {
      return new Year(
          years.values().stream().mapToDouble(Year::value).average().orElse(Double.NaN),
          years.values().stream().mapToDouble(Year::events).average().orElse(Double.NaN),
          years.values().stream().mapToDouble(Year::population).average().orElse(Double.NaN));
    }

    TreeMap<Integer, Double> yearlyValues() {
      TreeMap<Integer, Double> values = new TreeMap<>();
      years.forEach((y, v) -> values.put(y, v.value()));
      return values;
    }
  }

  private Map<String, Area> readDaySurgery(Function<String, String> code) {
    Map<String, Area> areas = new LinkedHashMap<>();
    try (CsvReader csv = CsvReader.open(dataDir.resolve(DAY_SURGERY), DAY_SURGERY, ';')) {
      csv.requireColumns(
          "level1", "level2_name", "area", "area_name", "value", "numerator", "denominator");
      for (CsvRow row : csv) {
        if (!SHOULDER.equals(row.get("level1"))) {
          continue;
        }
        String name = row.require("area_name");
        boolean national = "8888".equals(row.get("area"));
        String c = code.apply(name);
        Area area =
            areas.computeIfAbsent(
                c,
                k ->
                    new Area(
                        new AreaRef(national ? AreaRef.NATIONAL_LEVEL : "hf", k, name),
                        new TreeMap<>()));
        area.years()
            .put(
                row.getInt("level2_name"),
                new Year(
                    row.requireDouble("value"),
                    row.requireDouble("numerator"),
                    row.requireDouble("denominator")));
      }
    }
    return areas;
  }

  private static IndicatorResults results(
      IndicatorDefinition indicator,
      Period period,
      Map<String, Area> areas,
      Function<Area, Year> pick) {
    Area nationalArea = areas.get(NATIONAL);
    AreaResult national = result(nationalArea, pick.apply(nationalArea), period, null);
    List<AreaResult> rows = new ArrayList<>();
    for (Area area : areas.values()) {
      if (!area.ref().isNational()) {
        rows.add(result(area, pick.apply(area), period, national.value()));
      }
    }
    double[] values = rows.stream().mapToDouble(AreaResult::value).toArray();
    ClassBreaks breaks = Classifier.breaks(values, 4, BreakMethod.KMEANS);
    List<Double> inner = new ArrayList<>();
    for (int c = 1; c < breaks.classes(); c++) {
      inner.add(breaks.upper(c));
    }
    return new IndicatorResults(indicator, "hf", period, rows, national, null, inner);
  }

  /** An area's row: the published value with the count's Poisson limits scaled to it. */
  private static AreaResult result(Area area, Year y, Period period, Double nationalValue) {
    int years = period.to() - period.from() + 1;
    Estimate crude = CountRates.crude(y.events() * years, y.population() * years, PER_100K);
    double scale = y.value() / crude.value();
    double lower95 = crude.lower95() * scale;
    double upper95 = crude.upper95() * scale;
    Comparison comparison =
        nationalValue == null
            ? Comparison.NOT_COMPARED
            : Comparison.valueOf(
                BenchmarkComparison.compare(lower95, upper95, nationalValue, Judgement.NO_JUDGEMENT)
                    .name());
    return new AreaResult(
        area.ref(),
        y.events(),
        y.population(),
        crude.value(),
        y.value(),
        lower95,
        upper95,
        crude.lower998() * scale,
        crude.upper998() * scale,
        comparison,
        null,
        false,
        Map.of(),
        years > 1 ? area.yearlyValues() : null);
  }

  /** Helseatlas barn 2025: consultations per 1 000 children, specialist + general practitioner. */
  private IndicatorResults stacked(Function<String, String> code) {
    List<Object> data = childrenRows();
    IndicatorDefinition indicator =
        published(
                "child-consultations",
                "atopic",
                "kit.gallery.stacked",
                "kit.gallery.unitChildren",
                PER_1000,
                Period.of(2022, 2024),
                "hf19")
            .categories(
                List.of(
                    new Category("specialist", text("kit.gallery.category.specialist")),
                    new Category("general", text("kit.gallery.category.general"))))
            .build();
    List<AreaResult> rows = new ArrayList<>();
    AreaResult national = null;
    for (Object item : data) {
      Map<String, Object> r = Json.object(item, "a row", CHILDREN);
      String name = (String) r.get("area");
      boolean isNational = "Norge".equals(name);
      AreaResult row =
          new AreaResult(
              new AreaRef(isNational ? AreaRef.NATIONAL_LEVEL : "hf19", code.apply(name), name),
              (Double) r.get("antsnitt"),
              (Double) r.get("popsnitt"),
              null,
              (Double) r.get("ratesnitt"),
              null,
              null,
              null,
              null,
              null,
              null,
              false,
              Map.of(
                  "specialist", (Double) r.get("privratesnitt"),
                  "general", (Double) r.get("offratesnitt")),
              null);
      if (isNational) {
        national = row;
      } else {
        rows.add(row);
      }
    }
    return new IndicatorResults(
        indicator, "hf19", Period.of(2022, 2024), rows, national, null, List.of());
  }

  /** The rows of the consultations' bar chart ({@code datasett_1}) in the atlas's JSON. */
  private List<Object> childrenRows() {
    Object document = Json.parse(dataDir.resolve(CHILDREN), CHILDREN);
    List<Object> content =
        Json.array(Json.object(document, "the file", CHILDREN).get("innhold"), "innhold", CHILDREN);
    for (Object item : content) {
      Map<String, Object> part = Json.object(item, "an innhold item", CHILDREN);
      if ("data".equals(part.get("type")) && "datasett_1".equals(part.get("label"))) {
        return Json.array(part.get("data"), "datasett_1", CHILDREN);
      }
    }
    throw new IllegalStateException(CHILDREN + " has no datasett_1");
  }
}
