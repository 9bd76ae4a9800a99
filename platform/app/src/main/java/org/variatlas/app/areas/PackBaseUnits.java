package org.variatlas.app.areas;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * A pack's base units as its boundary files give them: the kommuner, except the cities split into
 * bydeler, whose bydeler (and one residual unit per city, for people registered without a bydel)
 * stand in for them.
 *
 * @param units code -> base unit
 * @param polygons code -> polygon of each unit that has one (residuals have none)
 * @param cityOutlines code -> outline of each city split into bydeler
 * @param kommuneNames kommune number -> name, for every kommune (split or not)
 * @param cities the kommuner split into bydeler
 */
record PackBaseUnits(
    Map<String, BaseUnit> units,
    Map<String, Geometry> polygons,
    Map<String, Geometry> cityOutlines,
    Map<String, String> kommuneNames,
    List<String> cities) {

  /** Reads the kommune and bydel files the pack names. */
  static PackBaseUnits read(PackConfig.BaseUnits config, PackFiles files) {
    Map<String, BaseUnit> units = new LinkedHashMap<>();
    Map<String, Geometry> polygons = new LinkedHashMap<>();
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    Map<String, String> kommuneNames = new TreeMap<>();
    PackConfig.Polygons k = config.kommuner();
    PackConfig.Bydeler b = config.bydeler();
    Set<String> cities = b == null ? Set.of() : new LinkedHashSet<>(b.cities());
    for (GeoJson.Feature f : files.features(k.file())) {
      String code = PackFiles.property(f, k.code(), k.file());
      String name = PackFiles.property(f, k.name(), k.file());
      files.require(
          kommuneNames.put(code, name) == null, k.file() + ": kommune " + code + " appears twice");
      if (!cities.contains(code)) {
        units.put(code, new BaseUnit(code, BaseUnit.Kind.KOMMUNE, code, name));
        polygons.put(code, f.geometry());
      } else {
        outlines.put(code, f.geometry());
      }
    }
    if (b != null) {
      readBydeler(b, cities, kommuneNames, files, units, polygons);
    }
    return new PackBaseUnits(units, polygons, outlines, kommuneNames, List.copyOf(cities));
  }

  private static void readBydeler(
      PackConfig.Bydeler b,
      Set<String> cities,
      Map<String, String> kommuneNames,
      PackFiles files,
      Map<String, BaseUnit> units,
      Map<String, Geometry> polygons) {
    for (String city : cities) {
      files.require(
          kommuneNames.containsKey(city),
          "baseUnits.bydeler.cities: " + city + " is no kommune of " + b.file());
    }
    for (GeoJson.Feature f : files.features(b.file())) {
      String code = PackFiles.property(f, b.code(), b.file());
      String kommune = code.length() > 4 ? code.substring(0, 4) : "";
      files.require(
          cities.contains(kommune),
          b.file() + ": bydel " + code + " lies in no city listed under baseUnits.bydeler.cities");
      files.require(!units.containsKey(code), b.file() + ": bydel " + code + " appears twice");
      units.put(
          code,
          new BaseUnit(
              code, BaseUnit.Kind.BYDEL, kommune, PackFiles.property(f, b.name(), b.file())));
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
}
