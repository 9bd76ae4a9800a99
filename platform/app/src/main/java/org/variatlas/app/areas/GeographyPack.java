package org.variatlas.app.areas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.LocalizedText;

/**
 * A loaded geography pack: base units with their polygons, area levels with their areas and names,
 * and the mapping versions that assign base units to areas by year. Immutable; built by {@link
 * GeographyPackLoader}. Polygons of areas are computed from it by {@link AreaPolygons}.
 */
public final class GeographyPack {

  /** The pack's population sources, resolved against the data directory. */
  public record PopulationSources(
      Path kommune,
      String kommuneName,
      Path bydel,
      String bydelName,
      Path national,
      String nationalName) {}

  private final String id;
  private final LocalizedText name;
  private final List<String> attribution;
  private final String fingerprint;
  private final List<AreaLevel> levels;
  private final Map<String, BaseUnit> baseUnits;
  private final Map<String, Geometry> unitPolygons;
  private final Map<String, Geometry> cityOutlines;
  private final Map<String, List<Area>> areas;
  private final Map<String, AreaNames> names;
  private final Map<String, Map<String, String>> notAreas;
  private final Map<String, MappingVersion> versions;
  private final String defaultVersion;
  private final PopulationSources population;
  private final List<String> splitKommuner;

  GeographyPack(
      String id,
      LocalizedText name,
      List<String> attribution,
      String fingerprint,
      List<AreaLevel> levels,
      Map<String, BaseUnit> baseUnits,
      Map<String, Geometry> unitPolygons,
      Map<String, Geometry> cityOutlines,
      Map<String, List<Area>> areas,
      Map<String, AreaNames> names,
      Map<String, Map<String, String>> notAreas,
      Map<String, MappingVersion> versions,
      String defaultVersion,
      PopulationSources population,
      List<String> splitKommuner) {
    this.id = id;
    this.name = name;
    this.attribution = List.copyOf(attribution);
    this.fingerprint = fingerprint;
    this.levels = List.copyOf(levels);
    this.baseUnits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baseUnits));
    this.unitPolygons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unitPolygons));
    this.cityOutlines = Map.copyOf(cityOutlines);
    this.areas = Map.copyOf(areas);
    this.names = Map.copyOf(names);
    this.notAreas = Map.copyOf(notAreas);
    this.versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    this.defaultVersion = defaultVersion;
    this.population = population;
    this.splitKommuner = List.copyOf(splitKommuner);
  }

  public String id() {
    return id;
  }

  public LocalizedText name() {
    return name;
  }

  /** Credits the data licences require, to be shown with maps and figures. */
  public List<String> attribution() {
    return attribution;
  }

  /** A hash of the pack file and every data file it names: changes when any of them does. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The levels in the pack's order. */
  public List<AreaLevel> levels() {
    return levels;
  }

  public Optional<AreaLevel> level(String levelId) {
    return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
  }

  /** Base units by code, kommuner first, in the polygon files' order. */
  public Map<String, BaseUnit> baseUnits() {
    return baseUnits;
  }

  /** Kommuner split into bydeler (no base units themselves), e.g. 0301. */
  public List<String> splitKommuner() {
    return splitKommuner;
  }

  /** The polygon of every base unit that has one (residual units have none), as read. */
  public Map<String, Geometry> unitPolygons() {
    return unitPolygons;
  }

  /** The kommune polygons of the split cities (their bydeler must fill them), as read. */
  public Map<String, Geometry> cityOutlines() {
    return cityOutlines;
  }

  /** All areas of a level in display order, whatever the year. */
  public List<Area> areas(String levelId) {
    return areas.getOrDefault(levelId, List.of());
  }

  public Optional<Area> area(String levelId, String code) {
    return areas(levelId).stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The national area (Norge/Noreg/Norway, code 8888). */
  public Area national() {
    return area(AreaRef.NATIONAL_LEVEL, AreaRef.NATIONAL_CODE)
        .orElseThrow(() -> new IllegalStateException("the pack has no national area"));
  }

  public List<MappingVersion> versions() {
    return List.copyOf(versions.values());
  }

  public MappingVersion defaultVersion() {
    return versions.get(defaultVersion);
  }

  /**
   * A mapping version by id; null or blank gives the default.
   *
   * @throws IllegalArgumentException naming the versions there are
   */
  public MappingVersion version(String versionId) {
    if (versionId == null || versionId.isBlank()) {
      return defaultVersion();
    }
    MappingVersion v = versions.get(versionId);
    if (v == null) {
      throw new IllegalArgumentException(
          "unknown mapping version '" + versionId + "'; the pack has " + versions.keySet());
    }
    return v;
  }

  public PopulationSources population() {
    return population;
  }

  /** The areas of a level that contain at least one base unit in the year, in display order. */
  public List<Area> areasIn(MappingVersion version, String levelId, int year) {
    if (AreaRef.NATIONAL_LEVEL.equals(levelId)) {
      return List.of(national());
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    for (String unit : baseUnits.keySet()) {
      version.areaOf(levelId, unit, year).ifPresent(used::add);
    }
    return areas(levelId).stream().filter(a -> used.contains(a.code())).toList();
  }

  /** The base units of an area in a year. */
  public List<String> members(MappingVersion version, String levelId, String code, int year) {
    List<String> out = new ArrayList<>();
    for (String unit : baseUnits.keySet()) {
      if (version.areaOf(levelId, unit, year).filter(code::equals).isPresent()) {
        out.add(unit);
      }
    }
    return out;
  }

  /** The area of the level's parent level that contains the area in a year (the RHF of an HF). */
  public Optional<Area> parent(MappingVersion version, String levelId, String code, int year) {
    String parentLevel = level(levelId).map(AreaLevel::parent).orElse(null);
    if (parentLevel == null) {
      return Optional.empty();
    }
    for (String unit : baseUnits.keySet()) {
      if (version.areaOf(levelId, unit, year).filter(code::equals).isPresent()) {
        return version.areaOf(parentLevel, unit, year).flatMap(p -> area(parentLevel, p));
      }
    }
    return Optional.empty();
  }

  /**
   * The area of a level a source means by a name or a code. The national total answers to its names
   * (Norge, Noreg, Norway, ...) and code 8888 in every level.
   */
  public Optional<Area> findArea(String levelId, String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String text = nameOrCode.trim();
    Optional<Area> byCode = area(levelId, text);
    if (byCode.isPresent()) {
      return byCode;
    }
    AreaNames levelNames = names.get(levelId);
    Optional<Area> byName =
        levelNames == null
            ? Optional.empty()
            : levelNames.find(text).flatMap(c -> area(levelId, c));
    if (byName.isPresent() || AreaRef.NATIONAL_LEVEL.equals(levelId)) {
      return byName;
    }
    return findArea(AreaRef.NATIONAL_LEVEL, text);
  }

  /**
   * Why a name matches no single area of a level: the reason the pack declares (e.g. Indre Oslo),
   * the areas it could mean when ambiguous, or that no area is called so.
   */
  public String whyNoArea(String levelId, String nameOrCode) {
    if (level(levelId).isEmpty()) {
      return "the pack has no area level '"
          + levelId
          + "'; it has "
          + levels.stream().map(AreaLevel::id).toList();
    }
    String declared = notAreas.getOrDefault(levelId, Map.of()).get(AreaNames.key(nameOrCode));
    if (declared != null) {
      return "'" + nameOrCode + "' is no area of level " + levelId + ": " + declared;
    }
    AreaNames levelNames = names.get(levelId);
    List<String> candidates = levelNames == null ? List.of() : levelNames.candidates(nameOrCode);
    if (candidates.size() > 1) {
      return "'"
          + nameOrCode
          + "' is ambiguous in level "
          + levelId
          + ": it may be any of "
          + candidates.stream()
              .map(c -> c + " " + area(levelId, c).map(a -> a.name().nb()).orElse(""))
              .toList()
          + "; use the code";
    }
    return "no area of level " + levelId + " is called '" + nameOrCode + "'";
  }
}
