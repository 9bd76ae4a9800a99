package org.variatlas.app.areas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.variatlas.api.io.CsvReader;
import org.variatlas.api.io.CsvRow;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.app.areas.PackConfig.AreaConfig;
import org.variatlas.app.areas.PackConfig.Level;
import org.variatlas.app.areas.PackConfig.Version;

/**
 * Builds a {@link GeographyPack} from its YAML file and the data files it names. Every
 * inconsistency (a base unit without an area, an area code no level declares, a name in a mapping
 * file that contradicts the pack, an RHF that changes within an HF) is a {@link PackException}
 * naming the file and line: the platform refuses a pack it cannot trust.
 */
public final class GeographyPackLoader {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final Path packFile;
  private final Path dataDir;
  private final PackConfig config;
  private final MessageDigest digest;

  /** Levels defined by polygons: area code -> polygon, and the units' areas once computed. */
  private final Map<String, Map<String, Geometry>> levelPolygons = new HashMap<>();

  private final Map<String, Map<String, YearRanges>> spatialMembership = new HashMap<>();
  private Map<String, Geometry> rawUnitPolygons = Map.of();

  private GeographyPackLoader(Path packFile, Path dataDir) {
    this.packFile = packFile;
    this.dataDir = dataDir;
    this.config = PackConfigReader.read(packFile);
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Loads a pack.
   *
   * @param packFile the YAML file, e.g. {@code config/geography/norway.yml}
   * @param dataDir the data directory its paths are relative to
   * @throws PackException when anything is missing or inconsistent
   */
  public static GeographyPack load(Path packFile, Path dataDir) {
    return new GeographyPackLoader(packFile, dataDir).build();
  }

  private GeographyPack build() {
    require(config.id() != null && config.name() != null, "the pack needs an id and a name");
    require(
        config.baseUnits() != null && config.baseUnits().kommuner() != null,
        "baseUnits.kommuner is required");
    require(config.levels() != null && !config.levels().isEmpty(), "the pack declares no levels");
    require(
        config.mappings() != null
            && config.mappings().versions() != null
            && !config.mappings().versions().isEmpty(),
        "the pack declares no mapping versions");
    hash(packFile);

    // Base units: kommuner, except the cities split into bydeler; their bydeler and residuals.
    Map<String, BaseUnit> units = new LinkedHashMap<>();
    Map<String, Geometry> polygons = new LinkedHashMap<>();
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    Map<String, String> kommuneNames = new TreeMap<>();
    PackConfig.Polygons k = config.baseUnits().kommuner();
    PackConfig.Bydeler b = config.baseUnits().bydeler();
    Set<String> cities = b == null ? Set.of() : new LinkedHashSet<>(b.cities());
    for (GeoJson.Feature f : features(k.file())) {
      String code = property(f, k.code(), k.file());
      String name = property(f, k.name(), k.file());
      require(
          kommuneNames.put(code, name) == null, k.file() + ": kommune " + code + " appears twice");
      if (!cities.contains(code)) {
        units.put(code, new BaseUnit(code, BaseUnit.Kind.KOMMUNE, code, name));
        polygons.put(code, f.geometry());
      } else {
        outlines.put(code, f.geometry());
      }
    }
    if (b != null) {
      for (String city : cities) {
        require(
            kommuneNames.containsKey(city),
            "baseUnits.bydeler.cities: " + city + " is no kommune of " + k.file());
      }
      for (GeoJson.Feature f : features(b.file())) {
        String code = property(f, b.code(), b.file());
        String kommune = code.length() > 4 ? code.substring(0, 4) : "";
        require(
            cities.contains(kommune),
            b.file()
                + ": bydel "
                + code
                + " lies in no city listed under baseUnits.bydeler.cities");
        require(!units.containsKey(code), b.file() + ": bydel " + code + " appears twice");
        units.put(
            code,
            new BaseUnit(code, BaseUnit.Kind.BYDEL, kommune, property(f, b.name(), b.file())));
        polygons.put(code, f.geometry());
      }
      if (b.residual() != null) {
        for (String city : cities) {
          String code = city + b.residual().suffix();
          String name = MessageFormat.format(b.residual().name().nb(), kommuneNames.get(city));
          units.put(code, new BaseUnit(code, BaseUnit.Kind.RESIDUAL, city, name));
        }
      }
    }

    rawUnitPolygons = polygons;
    Map<String, MappingTable> files = new LinkedHashMap<>();
    config
        .mappingFiles()
        .forEach(
            (id, f) ->
                files.put(id, MappingTable.read(dataDir, f.file(), units.keySet(), this::hash)));

    // Levels in dependency order: those derived from another level after it.
    List<AreaLevel> levels = new ArrayList<>();
    Map<String, List<Area>> areas = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, YearRanges>>> byVersion = new LinkedHashMap<>();
    for (Version v : config.mappings().versions()) {
      require(v.id() != null && v.title() != null, "every mapping version needs an id and a title");
      require(!byVersion.containsKey(v.id()), "mapping version " + v.id() + " is declared twice");
      byVersion.put(v.id(), new LinkedHashMap<>());
    }
    require(
        byVersion.containsKey(config.mappings().defaultVersion()),
        "mappings.default '" + config.mappings().defaultVersion() + "' is no declared version");
    List<Level> ordered = new ArrayList<>(config.levels());
    ordered.sort(
        (x, y) ->
            Boolean.compare(
                x.from() != null && x.from().level() != null,
                y.from() != null && y.from().level() != null));
    for (Level level : ordered) {
      require(
          level.id() != null && level.title() != null && level.from() != null,
          "every level needs an id, a title and 'from'");
      require(!areas.containsKey(level.id()), "level " + level.id() + " is declared twice");
      areas.put(level.id(), areasOf(level, units, kommuneNames, areas));
      AreaNames levelNames = namesOf(areas.get(level.id()));
      for (Version v : config.mappings().versions()) {
        byVersion
            .get(v.id())
            .put(level.id(), membership(level, v, units, files, byVersion.get(v.id()), levelNames));
      }
    }
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
      require(
          level.parent() == null || areas.containsKey(level.parent()),
          "level " + level.id() + ": parent '" + level.parent() + "' is no level");
    }
    require(areas.containsKey(AreaRef.NATIONAL_LEVEL), "the pack needs a level 'national'");

    Map<String, MappingVersion> versions = new LinkedHashMap<>();
    for (Version v : config.mappings().versions()) {
      Map<String, Map<String, YearRanges>> assignments = byVersion.get(v.id());
      checkCodes(v.id(), assignments, areas);
      versions.put(
          v.id(),
          new MappingVersion(
              v.id(),
              v.title().localized(),
              v.description() == null ? v.title().localized() : v.description().localized(),
              Map.copyOf(assignments)));
    }
    checkParents(levels, versions, units.keySet());

    Map<String, AreaNames> names = new HashMap<>();
    areas.forEach((levelId, list) -> names.put(levelId, namesOf(list)));
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

    PackConfig.PopulationFiles p = config.population();
    GeographyPack.PopulationSources population =
        p == null
            ? null
            : new GeographyPack.PopulationSources(
                resolve(p.kommune()),
                p.kommune(),
                resolve(p.bydel()),
                p.bydel(),
                resolve(p.national()),
                p.national());
    return new GeographyPack(
        config.id(),
        config.name().localized(),
        config.attribution(),
        HexFormat.of().formatHex(digest.digest()),
        levels,
        units,
        polygons,
        outlines,
        areas,
        names,
        notAreas,
        versions,
        config.mappings().defaultVersion(),
        population,
        new ArrayList<>(cities));
  }

  /** Which area each base unit belongs to by year, in one version. */
  private Map<String, YearRanges> membership(
      Level level,
      Version version,
      Map<String, BaseUnit> units,
      Map<String, MappingTable> files,
      Map<String, Map<String, YearRanges>> done,
      AreaNames levelNames) {
    PackConfig.Source from = level.from();
    Map<String, YearRanges> out = new LinkedHashMap<>();
    if (from.mappingColumn() != null) {
      require(
          version.layers() != null && !version.layers().isEmpty(),
          "mapping version " + version.id() + " has no layers");
      for (String unit : units.keySet()) {
        out.put(unit, new YearRanges());
      }
      for (PackConfig.Layer layer : version.layers()) {
        MappingTable table = files.get(layer.file());
        require(
            table != null,
            "mapping version " + version.id() + ": unknown file '" + layer.file() + "'");
        for (String unit : units.keySet()) {
          String code = table.value(unit, from.mappingColumn());
          String name = table.name(unit, from.mappingColumn());
          // The file's own name for the code must be one of the pack's names for it: a guard
          // against a code that means another area than the pack thinks.
          require(
              name == null || levelNames.find(name).filter(code::equals).isPresent(),
              table.where(unit, from.mappingColumn() + "_navn")
                  + ": '"
                  + name
                  + "' is not a name of "
                  + level.id()
                  + " "
                  + code
                  + " in the pack");
          out.get(unit).put(layer.from(), layer.to(), code);
        }
      }
      for (PackConfig.Override o : version.overrides()) {
        require(
            units.containsKey(o.unit()),
            "mapping version " + version.id() + ": override of unknown base unit " + o.unit());
        if (level.id().equals(o.level())) {
          out.get(o.unit()).put(null, null, o.area());
        }
      }
      if (version.history()) {
        for (PackConfig.History h : config.history()) {
          if (level.id().equals(h.level())) {
            for (String unit : h.units()) {
              require(units.containsKey(unit), "history: unknown base unit " + unit);
              out.get(unit).put(h.from(), h.to(), h.area());
            }
          }
        }
      }
    } else if (from.polygons() != null) {
      out.putAll(
          spatialMembership.computeIfAbsent(level.id(), id -> spatial(level, units, levelNames)));
    } else if (from.level() != null) {
      Map<String, YearRanges> source = done.get(from.level());
      require(
          source != null,
          "level "
              + level.id()
              + ": 'from.level' "
              + from.level()
              + " is no level declared before");
      Map<String, String> merge = from.merge() == null ? Map.of() : from.merge();
      source.forEach(
          (unit, ranges) -> out.put(unit, ranges.map(code -> merge.getOrDefault(code, code))));
    } else if (from.kommunePrefix() != null) {
      units
          .values()
          .forEach(
              u ->
                  out.put(
                      u.code(), YearRanges.always(u.kommune().substring(0, from.kommunePrefix()))));
    } else if (Boolean.TRUE.equals(from.kommune())) {
      units.values().forEach(u -> out.put(u.code(), YearRanges.always(u.kommune())));
    } else if (Boolean.TRUE.equals(from.bydel())) {
      units.values().stream()
          .filter(u -> u.kind() != BaseUnit.Kind.KOMMUNE)
          .forEach(u -> out.put(u.code(), YearRanges.always(u.code())));
    } else if (Boolean.TRUE.equals(from.national())) {
      units.keySet().forEach(u -> out.put(u, YearRanges.always(AreaRef.NATIONAL_CODE)));
    } else {
      throw new PackException(packFile + ": level " + level.id() + ": 'from' says nothing");
    }
    return out;
  }

  /** The areas of a level: declared, or derived (kommuner, bydeler, a merged level's). */
  private List<Area> areasOf(
      Level level,
      Map<String, BaseUnit> units,
      Map<String, String> kommuneNames,
      Map<String, List<Area>> done) {
    List<Area> out = new ArrayList<>();
    if (!level.areas().isEmpty()) {
      Set<String> codes = new HashSet<>();
      for (AreaConfig a : level.areas()) {
        require(
            a.code() != null && a.name() != null,
            "level " + level.id() + ": every area needs a code and a name");
        require(
            codes.add(a.code()),
            "level " + level.id() + ": area code " + a.code() + " is declared twice");
        out.add(
            new Area(
                level.id(),
                a.code(),
                a.name().localized(),
                a.full() == null ? null : a.full().nb(),
                a.aliases(),
                out.size()));
      }
    } else if (level.from().level() != null) {
      Map<String, String> merge = level.from().merge() == null ? Map.of() : level.from().merge();
      for (Area a : done.get(level.from().level())) {
        if (!merge.containsKey(a.code())) {
          out.add(new Area(level.id(), a.code(), a.name(), a.fullName(), a.aliases(), out.size()));
        }
      }
    } else if (level.from().polygons() != null) {
      PackConfig.Polygons file = level.from().polygons();
      Map<String, Geometry> shapes = new LinkedHashMap<>();
      for (GeoJson.Feature f : features(file.file())) {
        String name = property(f, file.name(), file.file());
        String code = file.code() == null ? slug(name) : property(f, file.code(), file.file());
        require(
            shapes.put(code, f.geometry()) == null,
            file.file() + ": two areas have the code '" + code + "' (" + name + ")");
        out.add(new Area(level.id(), code, LocalizedText.of(name), null, List.of(), out.size()));
      }
      levelPolygons.put(level.id(), shapes);
    } else if (Boolean.TRUE.equals(level.from().kommune())) {
      kommuneNames.forEach(
          (code, name) ->
              out.add(
                  new Area(level.id(), code, LocalizedText.of(name), null, List.of(), out.size())));
    } else if (Boolean.TRUE.equals(level.from().bydel())) {
      PackConfig.Residual residual = config.baseUnits().bydeler().residual();
      units.values().stream()
          .filter(u -> u.kind() != BaseUnit.Kind.KOMMUNE)
          .sorted(java.util.Comparator.comparing(BaseUnit::code))
          .forEach(
              u ->
                  out.add(
                      new Area(
                          level.id(),
                          u.code(),
                          u.kind() == BaseUnit.Kind.RESIDUAL
                              ? LocalizedText.of(
                                  MessageFormat.format(
                                      residual.name().nb(), kommuneNames.get(u.kommune())),
                                  MessageFormat.format(
                                      residual.name().nn(), kommuneNames.get(u.kommune())),
                                  MessageFormat.format(
                                      residual.name().en(), kommuneNames.get(u.kommune())))
                              : LocalizedText.of(u.name()),
                          null,
                          List.of(),
                          out.size())));
    } else {
      throw new PackException(packFile + ": level " + level.id() + " needs a list of areas");
    }
    return out;
  }

  /**
   * Base units to the areas of a polygon file: each unit joins the area whose polygon covers most
   * of it (areas compared in degrees², which is fine for a choice between neighbours); units
   * without a polygon (residuals) join the area the pack names for them.
   */
  private Map<String, YearRanges> spatial(
      Level level, Map<String, BaseUnit> units, AreaNames names) {
    Map<String, Geometry> shapes = new LinkedHashMap<>();
    Map<String, PreparedGeometry> prepared = new HashMap<>();
    levelPolygons
        .get(level.id())
        .forEach(
            (code, g) -> {
              Geometry valid = g.isValid() ? g : GeometryFixer.fix(g);
              shapes.put(code, valid);
              prepared.put(code, PreparedGeometryFactory.prepare(valid));
            });
    STRtree index = new STRtree();
    shapes.forEach((code, g) -> index.insert(g.getEnvelopeInternal(), code));
    Map<String, YearRanges> out = new LinkedHashMap<>();
    List<String> uncovered = new ArrayList<>();
    for (var e : rawUnitPolygons.entrySet()) {
      Geometry unit = e.getValue().isValid() ? e.getValue() : GeometryFixer.fix(e.getValue());
      @SuppressWarnings("unchecked")
      List<String> candidates = index.query(unit.getEnvelopeInternal());
      String best = null;
      double most = 0;
      for (String code : candidates) {
        PreparedGeometry area = prepared.get(code);
        if (!area.intersects(unit)) {
          continue;
        }
        // Most units lie wholly inside one area: no overlay needed for them.
        double overlap =
            area.covers(unit)
                ? unit.getArea()
                : OverlayNGRobust.overlay(unit, shapes.get(code), OverlayNG.INTERSECTION).getArea();
        if (overlap > most) {
          most = overlap;
          best = code;
        }
      }
      if (best == null) {
        uncovered.add(e.getKey());
      } else {
        out.put(e.getKey(), YearRanges.always(best));
      }
    }
    require(
        uncovered.isEmpty(),
        "level "
            + level.id()
            + ": no area of "
            + level.from().polygons().file()
            + " covers the base units "
            + uncovered);
    Map<String, String> residuals =
        level.from().residuals() == null ? Map.of() : level.from().residuals();
    for (BaseUnit u : units.values()) {
      if (u.kind() == BaseUnit.Kind.RESIDUAL) {
        String name = residuals.get(u.code());
        require(
            name != null,
            "level " + level.id() + ": 'residuals' must name the area of " + u.code());
        String code = names.find(name).orElse(null);
        require(
            code != null,
            "level " + level.id() + ": residual " + u.code() + " -> '" + name + "' is no area");
        out.put(u.code(), YearRanges.always(code));
      }
    }
    return out;
  }

  /** A code from a name: {@code Elverum - Hamar} -> {@code elverum-hamar}, ø -> o, æ -> ae. */
  static String slug(String name) {
    String s =
        name.toLowerCase(java.util.Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("å", "a");
    s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static AreaNames namesOf(List<Area> areas) {
    AreaNames names = new AreaNames();
    for (Area a : areas) {
      names.add(a.name().nb(), a.code());
      names.add(a.name().nn(), a.code());
      names.add(a.name().en(), a.code());
      names.add(a.fullName(), a.code());
      a.aliases().forEach(alias -> names.add(alias, a.code()));
    }
    return names;
  }

  /** Every area code a version assigns must be an area of its level. */
  private void checkCodes(
      String versionId,
      Map<String, Map<String, YearRanges>> assignments,
      Map<String, List<Area>> areas) {
    assignments.forEach(
        (levelId, units) -> {
          Set<String> known = new HashSet<>();
          areas.get(levelId).forEach(a -> known.add(a.code()));
          units.forEach(
              (unit, ranges) -> {
                for (YearRanges.Range r : ranges.ranges()) {
                  require(
                      known.contains(r.value()),
                      "mapping version "
                          + versionId
                          + " puts base unit "
                          + unit
                          + " in "
                          + levelId
                          + " "
                          + r.value()
                          + " (years "
                          + r.from()
                          + "-"
                          + r.to()
                          + "), which is no area of level "
                          + levelId);
                }
              });
        });
  }

  /** An area must lie in one parent area in every year (an HF in one RHF). */
  private void checkParents(
      List<AreaLevel> levels, Map<String, MappingVersion> versions, Set<String> units) {
    for (MappingVersion v : versions.values()) {
      for (AreaLevel level : levels) {
        if (level.parent() == null) {
          continue;
        }
        for (int year = 1990; year <= 2035; year++) {
          Map<String, String> parentOf = new HashMap<>();
          for (String unit : units) {
            String area = v.areaOf(level.id(), unit, year).orElse(null);
            String parent = v.areaOf(level.parent(), unit, year).orElse(null);
            if (area == null) {
              continue;
            }
            String before = parentOf.putIfAbsent(area, parent);
            require(
                before == null || Objects.equals(before, parent),
                "mapping version "
                    + v.id()
                    + ", "
                    + year
                    + ": "
                    + level.id()
                    + " "
                    + area
                    + " lies in both "
                    + level.parent()
                    + " "
                    + before
                    + " and "
                    + parent
                    + " (base unit "
                    + unit
                    + ")");
          }
        }
      }
    }
  }

  private List<GeoJson.Feature> features(String relative) {
    Path file = resolve(relative);
    hash(file);
    return GeoJson.read(file, relative, FACTORY);
  }

  private static String property(GeoJson.Feature f, String name, String file) {
    String v = f.properties().get(name);
    if (v == null || v.isBlank()) {
      throw new PackException(
          file + ": a feature lacks property '" + name + "': " + f.properties());
    }
    return v.trim();
  }

  private Path resolve(String relative) {
    require(relative != null, "a data file path is missing");
    Path p = dataDir.resolve(relative).normalize();
    require(
        Files.isRegularFile(p),
        "data file " + relative + " not found in the data directory " + dataDir);
    return p;
  }

  private void hash(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new PackException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void require(boolean condition, String message) {
    if (!condition) {
      throw new PackException(packFile.getFileName() + ": " + message);
    }
  }

  /**
   * One SKDE mapping file: a row per kommune or bydel with area codes in named columns. Kommune
   * numbers lose their leading zeros there ({@code 301}), bydel numbers too ({@code 30112}); {@code
   * .} and empty cells are missing values.
   */
  static final class MappingTable {

    private final String name;
    private final Map<String, CsvRowValues> rows;

    private record CsvRowValues(long line, Map<String, String> values) {}

    private MappingTable(String name, Map<String, CsvRowValues> rows) {
      this.name = name;
      this.rows = rows;
    }

    static MappingTable read(
        Path dataDir, String relative, Set<String> units, java.util.function.Consumer<Path> hash) {
      Path file = dataDir.resolve(relative).normalize();
      if (!Files.isRegularFile(file)) {
        throw new PackException("mapping file " + relative + " not found in " + dataDir);
      }
      hash.accept(file);
      Map<String, CsvRowValues> rows = new HashMap<>();
      try (CsvReader csv = CsvReader.open(file, relative, ';')) {
        csv.requireColumns("komnr", "bydel");
        for (CsvRow row : csv) {
          String komnr = row.get("komnr");
          if (komnr == null || !komnr.chars().allMatch(Character::isDigit)) {
            continue; // comment rows and the lone "Indre Oslo" row
          }
          String bydel = row.get("bydel");
          String unit = bydel == null ? pad(komnr, 4) : pad(bydel, 6);
          if (!units.contains(unit)) {
            continue; // Oslo as a whole, Svalbard, abroad, unknown, Norge: no base units
          }
          Map<String, String> values = new HashMap<>();
          for (String column : csv.header()) {
            values.put(column, row.get(column));
          }
          if (rows.put(unit, new CsvRowValues(row.line(), values)) != null) {
            throw new PackException(
                relative + ":" + row.line() + ": base unit " + unit + " appears twice");
          }
        }
      } catch (SourceProblemException e) {
        throw new PackException(e.problem().toString(), e);
      }
      for (String unit : units) {
        if (!rows.containsKey(unit)) {
          throw new PackException(relative + ": no row for base unit " + unit);
        }
      }
      return new MappingTable(relative, rows);
    }

    /** The code in a column for a base unit, with the line, or a located problem. */
    String value(String unit, String column) {
      CsvRowValues row = rows.get(unit);
      if (!row.values().containsKey(column)) {
        throw new PackException(name + ": no column '" + column + "'");
      }
      String v = row.values().get(column);
      if (v == null || !v.chars().allMatch(Character::isDigit)) {
        throw new PackException(
            name
                + ":"
                + row.line()
                + ", column '"
                + column
                + "', value '"
                + v
                + "': base unit "
                + unit
                + " has no area code");
      }
      return String.valueOf(Integer.parseInt(v));
    }

    /** The name column beside a code column ({@code bohf_navn}), or null when absent. */
    String name(String unit, String column) {
      return rows.get(unit).values().get(column + "_navn");
    }

    /** {@code file:line, column 'c'} of a base unit's row. */
    String where(String unit, String column) {
      return name + ":" + rows.get(unit).line() + ", column '" + column + "'";
    }

    private static String pad(String digits, int width) {
      return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
  }
}
