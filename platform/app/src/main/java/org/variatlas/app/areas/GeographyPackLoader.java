package org.variatlas.app.areas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.AreaRef;
import org.variatlas.app.areas.PackConfig.Level;
import org.variatlas.app.areas.PackConfig.Version;

/**
 * Builds a {@link GeographyPack} from its YAML file and the data files it names. Every
 * inconsistency (a base unit without an area, an area code no level declares, a name in a mapping
 * file that contradicts the pack, an RHF that changes within an HF) is a {@link PackException}
 * naming the file and line: the platform refuses a pack it cannot trust.
 *
 * <p>The steps: read the base units ({@link PackBaseUnits}) and the mapping files ({@link
 * MappingTable}); build each level's areas ({@link LevelAreas}) and, per mapping version, each base
 * unit's area by year ({@link LevelMembership}, {@link SpatialMembership}); check the whole ({@link
 * PackChecks}).
 */
public final class GeographyPackLoader {

  private final PackConfig config;
  private final PackFiles files;

  private GeographyPackLoader(Path packFile, Path dataDir, DerivedFiles derived) {
    this.config = PackConfigReader.read(packFile);
    this.files = new PackFiles(packFile, dataDir, derived);
  }

  /**
   * Loads a pack.
   *
   * @param packFile the YAML file, e.g. {@code config/geography/norway.yml}
   * @param dataDir the data directory its paths are relative to
   * @throws PackException when anything is missing or inconsistent
   */
  public static GeographyPack load(Path packFile, Path dataDir) {
    return new GeographyPackLoader(packFile, dataDir, DerivedFiles.none()).build();
  }

  /**
   * Loads a pack, keeping what it derives from the files (which area covers each base unit) in
   * {@code cacheDir} for the next start with unchanged files.
   */
  public static GeographyPack load(Path packFile, Path dataDir, Path cacheDir) {
    return new GeographyPackLoader(packFile, dataDir, new DerivedFiles(cacheDir)).build();
  }

  private GeographyPack build() {
    requireDeclarations();
    files.hash(files.packFile());
    PackBaseUnits base = PackBaseUnits.read(config.baseUnits(), files);
    Map<String, MappingTable> tables = new LinkedHashMap<>();
    config
        .mappingFiles()
        .forEach(
            (id, f) ->
                tables.put(
                    id,
                    MappingTable.read(
                        files.dataDir(), f.file(), base.units().keySet(), files::hash)));

    LevelAreas levelAreas = new LevelAreas(config, files, base);
    LevelMembership membership = new LevelMembership(config, files, base, levelAreas, tables);
    Map<String, List<Area>> areas = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, YearRanges>>> byVersion = versionSlots();
    for (Level level : inDependencyOrder(config.levels())) {
      files.require(
          level.id() != null && level.title() != null && level.from() != null,
          "every level needs an id, a title and 'from'");
      files.require(!areas.containsKey(level.id()), "level " + level.id() + " is declared twice");
      areas.put(level.id(), levelAreas.of(level, areas));
      AreaNames names = LevelAreas.namesOf(areas.get(level.id()));
      for (Version v : config.mappings().versions()) {
        Map<String, Map<String, YearRanges>> done = byVersion.get(v.id());
        done.put(level.id(), membership.of(level, v, done, names));
      }
    }
    List<AreaLevel> levels = levels(areas);
    Map<String, MappingVersion> versions = versions(byVersion, areas);
    PackChecks.oneParentPerYear(levels, versions, base.units().keySet(), files);

    Map<String, AreaNames> names = new HashMap<>();
    areas.forEach((levelId, list) -> names.put(levelId, LevelAreas.namesOf(list)));
    return new GeographyPack(
        config.id(),
        config.name().localized(),
        config.attribution(),
        files.fingerprint(),
        levels,
        base.units(),
        base.polygons(),
        base.cityOutlines(),
        areas,
        names,
        notAreas(),
        versions,
        config.mappings().defaultVersion(),
        populationSources(),
        new ArrayList<>(base.cities()));
  }

  private void requireDeclarations() {
    files.require(config.id() != null && config.name() != null, "the pack needs an id and a name");
    files.require(
        config.baseUnits() != null && config.baseUnits().kommuner() != null,
        "baseUnits.kommuner is required");
    files.require(
        config.levels() != null && !config.levels().isEmpty(), "the pack declares no levels");
    files.require(
        config.mappings() != null
            && config.mappings().versions() != null
            && !config.mappings().versions().isEmpty(),
        "the pack declares no mapping versions");
  }

  /** An empty membership map per declared mapping version. */
  private Map<String, Map<String, Map<String, YearRanges>>> versionSlots() {
    Map<String, Map<String, Map<String, YearRanges>>> byVersion = new LinkedHashMap<>();
    for (Version v : config.mappings().versions()) {
      files.require(
          v.id() != null && v.title() != null, "every mapping version needs an id and a title");
      files.require(
          !byVersion.containsKey(v.id()), "mapping version " + v.id() + " is declared twice");
      byVersion.put(v.id(), new LinkedHashMap<>());
    }
    files.require(
        byVersion.containsKey(config.mappings().defaultVersion()),
        "mappings.default '" + config.mappings().defaultVersion() + "' is no declared version");
    return byVersion;
  }

  /** Levels derived from another level after the others (a stable sort keeps their order). */
  private static List<Level> inDependencyOrder(List<Level> declared) {
    List<Level> ordered = new ArrayList<>(declared);
    ordered.sort(
        (x, y) ->
            Boolean.compare(
                x.from() != null && x.from().level() != null,
                y.from() != null && y.from().level() != null));
    return ordered;
  }

  /** The levels in their declared order, with their parents checked. */
  private List<AreaLevel> levels(Map<String, List<Area>> areas) {
    List<AreaLevel> levels = new ArrayList<>();
    for (Level level : config.levels()) {
      PackConfig.Simplify s =
          level.simplify() == null ? new PackConfig.Simplify(0.01, 1) : level.simplify();
      levels.add(
          new AreaLevel(
              level.id(),
              level.title().localized(),
              level.parent(),
              "name".equals(level.urlKey()),
              s.tolerance(),
              s.removeRings()));
      files.require(
          level.parent() == null || areas.containsKey(level.parent()),
          "level " + level.id() + ": parent '" + level.parent() + "' is no level");
    }
    files.require(areas.containsKey(AreaRef.NATIONAL_LEVEL), "the pack needs a level 'national'");
    return levels;
  }

  private Map<String, MappingVersion> versions(
      Map<String, Map<String, Map<String, YearRanges>>> byVersion, Map<String, List<Area>> areas) {
    Map<String, MappingVersion> versions = new LinkedHashMap<>();
    for (Version v : config.mappings().versions()) {
      Map<String, Map<String, YearRanges>> assignments = byVersion.get(v.id());
      PackChecks.codesAreAreas(v.id(), assignments, areas, files);
      versions.put(
          v.id(),
          new MappingVersion(
              v.id(),
              v.title().localized(),
              v.description() == null ? v.title().localized() : v.description().localized(),
              Map.copyOf(assignments)));
    }
    return versions;
  }

  /** Names that are no area of a level, with the reason (e.g. Indre Oslo). */
  private Map<String, Map<String, String>> notAreas() {
    Map<String, Map<String, String>> notAreas = new HashMap<>();
    for (PackConfig.NotArea n : config.notAreas()) {
      for (String levelId : n.levels()) {
        for (String name : n.names()) {
          notAreas
              .computeIfAbsent(levelId, x -> new HashMap<>())
              .put(AreaNames.key(name), n.reason());
        }
      }
    }
    return notAreas;
  }

  private GeographyPack.PopulationSources populationSources() {
    PackConfig.PopulationFiles p = config.population();
    if (p == null) {
      return null;
    }
    return new GeographyPack.PopulationSources(
        files.resolve(p.kommune()),
        p.kommune(),
        files.resolve(p.bydel()),
        p.bydel(),
        files.resolve(p.national()),
        p.national());
  }
}
