package org.variatlas.app.areas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polygons of the areas of a level: the union of their base units' polygons, exact and
 * simplified for the web. Computed once per distinct assignment (mapping version, level and the
 * year's base unit -> area table; most years share one) and kept in memory; never per request.
 *
 * <p>Simplification is done on the level's areas as one coverage ({@link CoverageSimplifier},
 * Visvalingam–Whyatt), so that neighbours keep sharing their simplified border: simplifying each
 * area on its own would open slivers and gaps between them. Each area's tolerance is the level's
 * tolerance or 2 % of the square root of its area, whichever is smaller, so that small areas
 * (Oslo's referral areas, bydeler) keep their shape at the zoom they are seen at. Islands smaller
 * than the level's {@code removeRings} × tolerance² are dropped.
 */
public final class AreaPolygons {

  /** Coordinates in served GeoJSON have this many decimals (about 1 m). */
  public static final int DECIMALS = 5;

  private static final Logger log = LoggerFactory.getLogger(AreaPolygons.class);
  private static final double SMALL_AREA_FACTOR = 0.02;

  /** The polygons of one level under one assignment. */
  public record Shapes(
      String level,
      Map<String, Geometry> exact,
      Map<String, Geometry> simplified,
      Map<String, String> parents) {}

  private final GeographyPack pack;
  private final Map<String, Geometry> coverage;
  private final Map<String, Shapes> cache = new ConcurrentHashMap<>();
  // The serialised GeoJSON too: every map view asks for it, and writing 21 simplified areas
  // takes longer than the rest of the page's server work.
  private final Map<String, String> geoJsonCache = new ConcurrentHashMap<>();

  /** Builds the base units' coverage (a few seconds). */
  public AreaPolygons(GeographyPack pack) {
    this(pack, timedCoverage(pack));
  }

  /** Uses a coverage built before (e.g. cached in the database for the pack's fingerprint). */
  public AreaPolygons(GeographyPack pack, Map<String, Geometry> coverage) {
    this.pack = pack;
    this.coverage = Map.copyOf(coverage);
  }

  private static Map<String, Geometry> timedCoverage(GeographyPack pack) {
    long started = System.nanoTime();
    Map<String, Geometry> coverage = BaseUnitCoverage.build(pack, new GeometryFactory());
    log.info(
        "Base unit coverage of pack {}: {} units in {} ms",
        pack.id(),
        coverage.size(),
        (System.nanoTime() - started) / 1_000_000);
    return coverage;
  }

  /** The base units' polygons as a valid coverage. */
  public Map<String, Geometry> coverage() {
    return coverage;
  }

  /** The areas' polygons of a level in a year under a mapping version. */
  public Shapes shapes(MappingVersion version, String level, int year) {
    Assignment a = assignment(version, level, year);
    return cache.computeIfAbsent(a.key(), k -> compute(level, a.areaOfUnit(), a.parents()));
  }

  /**
   * Which area each base unit belongs to in a year, and each area's parent; {@code key} is the same
   * for every year with the same assignment, so that caches grow with the borders, not the years.
   */
  private record Assignment(
      String key, Map<String, String> areaOfUnit, Map<String, String> parents) {}

  private Assignment assignment(MappingVersion version, String level, int year) {
    Map<String, String> areaOfUnit = new TreeMap<>();
    for (String unit : coverage.keySet()) {
      version.areaOf(level, unit, year).ifPresent(area -> areaOfUnit.put(unit, area));
    }
    Map<String, String> parents = new TreeMap<>();
    for (Area area : pack.areasIn(version, level, year)) {
      pack.parent(version, level, area.code(), year)
          .ifPresent(p -> parents.put(area.code(), p.code()));
    }
    String key = level + "|" + areaOfUnit.hashCode() + "|" + parents.hashCode();
    return new Assignment(key, areaOfUnit, parents);
  }

  private Shapes compute(
      String level, Map<String, String> areaOfUnit, Map<String, String> parents) {
    long started = System.nanoTime();
    Map<String, List<Geometry>> parts = new LinkedHashMap<>();
    for (Area area : pack.areas(level)) {
      parts.put(area.code(), new ArrayList<>());
    }
    areaOfUnit.forEach((unit, area) -> parts.get(area).add(coverage.get(unit)));
    parts.values().removeIf(List::isEmpty);
    List<String> codes = new ArrayList<>(parts.keySet());
    Geometry[] exact = new Geometry[codes.size()];
    for (int i = 0; i < exact.length; i++) {
      exact[i] = CoverageUnion.union(parts.get(codes.get(i)).toArray(Geometry[]::new));
    }
    AreaLevel def = pack.level(level).orElseThrow();
    Geometry[] simplified = simplify(exact, def.tolerance(), def.removeRings());
    Map<String, Geometry> exactByCode = new LinkedHashMap<>();
    Map<String, Geometry> simplifiedByCode = new LinkedHashMap<>();
    for (int i = 0; i < exact.length; i++) {
      exactByCode.put(codes.get(i), exact[i]);
      simplifiedByCode.put(codes.get(i), simplified[i]);
    }
    log.info(
        "Polygons of level {}: {} areas in {} ms",
        level,
        codes.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new Shapes(level, exactByCode, simplifiedByCode, parents);
  }

  /**
   * Simplifies a coverage; when a tolerance gives an invalid result (rare: a ring collapsing onto a
   * neighbour), retries with half of it, and keeps the exact polygons as the last resort.
   */
  static Geometry[] simplify(Geometry[] exact, double tolerance, double removeRings) {
    double t = tolerance;
    for (int attempt = 0; attempt < 4 && t > 0; attempt++, t /= 2) {
      double[] tolerances = new double[exact.length];
      for (int i = 0; i < exact.length; i++) {
        tolerances[i] = Math.min(t, SMALL_AREA_FACTOR * Math.sqrt(exact[i].getArea()));
      }
      CoverageSimplifier simplifier = new CoverageSimplifier(exact);
      simplifier.setRemovableRingSizeFactor(removeRings);
      Geometry[] result = simplifier.simplify(tolerances);
      if (isValidCoverage(result)) {
        return result;
      }
      log.warn("Simplifying with tolerance {} gave invalid polygons; trying {}", t, t / 2);
    }
    return exact;
  }

  /** Each polygon valid and together a coverage (no overlaps, matching borders). */
  static boolean isValidCoverage(Geometry[] polygons) {
    for (Geometry g : polygons) {
      if (g == null || g.isEmpty() || !g.isValid()) {
        return false;
      }
    }
    for (Geometry problem : CoverageValidator.validate(polygons)) {
      if (problem != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The simplified polygons of a level as a GeoJSON FeatureCollection with properties {@code code},
   * {@code name} (in the language), {@code parent} (the parent area's code, e.g. the RHF of an HF)
   * and {@code parentName}.
   */
  public String geoJson(MappingVersion version, String level, int year, Locale language) {
    return geoJsonCache.computeIfAbsent(
        assignment(version, level, year).key() + "|" + language.getLanguage(),
        k -> writeGeoJson(version, level, year, language));
  }

  private String writeGeoJson(MappingVersion version, String level, int year, Locale language) {
    Shapes shapes = shapes(version, level, year);
    AreaLevel def = pack.level(level).orElseThrow();
    List<GeoJson.Output> features = new ArrayList<>();
    for (var e : shapes.simplified().entrySet()) {
      Area area = pack.area(level, e.getKey()).orElseThrow();
      String parent = shapes.parents().get(e.getKey());
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("code", area.code());
      properties.put("name", area.name(language));
      properties.put("parent", parent);
      properties.put(
          "parentName",
          parent == null
              ? null
              : pack.area(def.parent(), parent).map(p -> p.name(language)).orElse(null));
      features.add(new GeoJson.Output(properties, e.getValue()));
    }
    return GeoJson.write(features, DECIMALS);
  }
}
