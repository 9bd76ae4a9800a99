package org.variatlas.app.areas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.variatlas.api.model.AreaRef;
import org.variatlas.app.areas.PackConfig.Level;
import org.variatlas.app.areas.PackConfig.Version;

/**
 * Which area of a level each base unit belongs to, by year, in one mapping version: from columns of
 * the mapping files (with the version's overrides and the pack's history), from another level's
 * membership (with merges), from polygons, or from the unit's own kommune or bydel.
 */
final class LevelMembership {

  private final PackConfig config;
  private final PackFiles files;
  private final PackBaseUnits base;
  private final LevelAreas areas;
  private final Map<String, MappingTable> tables;
  private final Map<String, Map<String, YearRanges>> spatial = new HashMap<>();

  LevelMembership(
      PackConfig config,
      PackFiles files,
      PackBaseUnits base,
      LevelAreas areas,
      Map<String, MappingTable> tables) {
    this.config = config;
    this.files = files;
    this.base = base;
    this.areas = areas;
    this.tables = tables;
  }

  /**
   * @param done the memberships of the levels built before, in the same version
   * @param names the names of the level's areas
   */
  Map<String, YearRanges> of(
      Level level, Version version, Map<String, Map<String, YearRanges>> done, AreaNames names) {
    PackConfig.Source from = level.from();
    Map<String, YearRanges> out = new LinkedHashMap<>();
    if (from.mappingColumn() != null) {
      return fromMappingFiles(level, version, names);
    } else if (from.polygons() != null) {
      out.putAll(
          spatial.computeIfAbsent(
              level.id(),
              id -> SpatialMembership.assign(level, areas.polygons(id), base, names, files)));
    } else if (from.level() != null) {
      Map<String, YearRanges> source = done.get(from.level());
      files.require(
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
      base.units()
          .values()
          .forEach(
              u ->
                  out.put(
                      u.code(), YearRanges.always(u.kommune().substring(0, from.kommunePrefix()))));
    } else if (Boolean.TRUE.equals(from.kommune())) {
      base.units().values().forEach(u -> out.put(u.code(), YearRanges.always(u.kommune())));
    } else if (Boolean.TRUE.equals(from.bydel())) {
      base.units().values().stream()
          .filter(u -> u.kind() != BaseUnit.Kind.KOMMUNE)
          .forEach(u -> out.put(u.code(), YearRanges.always(u.code())));
    } else if (Boolean.TRUE.equals(from.national())) {
      base.units().keySet().forEach(u -> out.put(u, YearRanges.always(AreaRef.NATIONAL_CODE)));
    } else {
      throw new PackException(files.packFile() + ": level " + level.id() + ": 'from' says nothing");
    }
    return out;
  }

  private Map<String, YearRanges> fromMappingFiles(Level level, Version version, AreaNames names) {
    String column = level.from().mappingColumn();
    files.require(
        version.layers() != null && !version.layers().isEmpty(),
        "mapping version " + version.id() + " has no layers");
    Map<String, YearRanges> out = new LinkedHashMap<>();
    for (String unit : base.units().keySet()) {
      out.put(unit, new YearRanges());
    }
    for (PackConfig.Layer layer : version.layers()) {
      MappingTable table = tables.get(layer.file());
      files.require(
          table != null,
          "mapping version " + version.id() + ": unknown file '" + layer.file() + "'");
      for (String unit : base.units().keySet()) {
        String code = table.value(unit, column);
        String name = table.name(unit, column);
        // The file's own name for the code must be one of the pack's names for it: a guard
        // against a code that means another area than the pack thinks.
        files.require(
            name == null || names.find(name).filter(code::equals).isPresent(),
            table.where(unit, column + "_navn")
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
    applyOverridesAndHistory(level, version, out);
    return out;
  }

  private void applyOverridesAndHistory(Level level, Version version, Map<String, YearRanges> out) {
    for (PackConfig.Override o : version.overrides()) {
      files.require(
          base.units().containsKey(o.unit()),
          "mapping version " + version.id() + ": override of unknown base unit " + o.unit());
      if (level.id().equals(o.level())) {
        out.get(o.unit()).put(null, null, o.area());
      }
    }
    if (version.history()) {
      for (PackConfig.History h : config.history()) {
        if (level.id().equals(h.level())) {
          for (String unit : h.units()) {
            files.require(base.units().containsKey(unit), "history: unknown base unit " + unit);
            out.get(unit).put(h.from(), h.to(), h.area());
          }
        }
      }
    }
  }
}
