package org.variatlas.app.areas;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.app.areas.PackConfig.AreaConfig;
import org.variatlas.app.areas.PackConfig.Level;

/**
 * The areas of each level: declared in the pack, taken from another level (with merges), read from
 * a polygon file (whose polygons {@link SpatialMembership} then assigns base units to), or one per
 * kommune or bydel.
 */
final class LevelAreas {

  private final PackConfig config;
  private final PackFiles files;
  private final PackBaseUnits base;
  private final Map<String, Map<String, Geometry>> polygons = new HashMap<>();

  LevelAreas(PackConfig config, PackFiles files, PackBaseUnits base) {
    this.config = config;
    this.files = files;
    this.base = base;
  }

  /** The areas of a level; {@code done} holds the levels built before it. */
  List<Area> of(Level level, Map<String, List<Area>> done) {
    PackConfig.Source from = level.from();
    if (!level.areas().isEmpty()) {
      return declared(level);
    } else if (from.level() != null) {
      Map<String, String> merge = from.merge() == null ? Map.of() : from.merge();
      List<Area> out = new ArrayList<>();
      for (Area a : done.get(from.level())) {
        if (!merge.containsKey(a.code())) {
          out.add(new Area(level.id(), a.code(), a.name(), a.fullName(), a.aliases(), out.size()));
        }
      }
      return out;
    } else if (from.polygons() != null) {
      return fromPolygons(level);
    } else if (Boolean.TRUE.equals(from.kommune())) {
      List<Area> out = new ArrayList<>();
      base.kommuneNames()
          .forEach((code, name) -> out.add(plain(level, code, LocalizedText.of(name), out.size())));
      return out;
    } else if (Boolean.TRUE.equals(from.bydel())) {
      return bydeler(level);
    }
    throw new PackException(files.packFile() + ": level " + level.id() + " needs a list of areas");
  }

  /** The polygons of a level read from a polygon file: area code -> polygon. */
  Map<String, Geometry> polygons(String levelId) {
    return polygons.get(levelId);
  }

  /** Every name (all languages, full names, aliases) of a level's areas. */
  static AreaNames namesOf(List<Area> areas) {
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

  private List<Area> declared(Level level) {
    List<Area> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (AreaConfig a : level.areas()) {
      files.require(
          a.code() != null && a.name() != null,
          "level " + level.id() + ": every area needs a code and a name");
      files.require(
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
    return out;
  }

  private List<Area> fromPolygons(Level level) {
    PackConfig.Polygons file = level.from().polygons();
    Map<String, Geometry> shapes = new LinkedHashMap<>();
    List<Area> out = new ArrayList<>();
    for (GeoJson.Feature f : files.features(file.file())) {
      String name = PackFiles.property(f, file.name(), file.file());
      String code =
          file.code() == null ? slug(name) : PackFiles.property(f, file.code(), file.file());
      files.require(
          shapes.put(code, f.geometry()) == null,
          file.file() + ": two areas have the code '" + code + "' (" + name + ")");
      out.add(plain(level, code, LocalizedText.of(name), out.size()));
    }
    polygons.put(level.id(), shapes);
    return out;
  }

  private List<Area> bydeler(Level level) {
    PackConfig.Residual residual = config.baseUnits().bydeler().residual();
    List<Area> out = new ArrayList<>();
    base.units().values().stream()
        .filter(u -> u.kind() != BaseUnit.Kind.KOMMUNE)
        .sorted(Comparator.comparing(BaseUnit::code))
        .forEach(
            u -> {
              LocalizedText name =
                  u.kind() == BaseUnit.Kind.RESIDUAL
                      ? residualName(residual, base.kommuneNames().get(u.kommune()))
                      : LocalizedText.of(u.name());
              out.add(plain(level, u.code(), name, out.size()));
            });
    return out;
  }

  private static LocalizedText residualName(PackConfig.Residual residual, String city) {
    return LocalizedText.of(
        MessageFormat.format(residual.name().nb(), city),
        MessageFormat.format(residual.name().nn(), city),
        MessageFormat.format(residual.name().en(), city));
  }

  private static Area plain(Level level, String code, LocalizedText name, int order) {
    return new Area(level.id(), code, name, null, List.of(), order);
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
}
