package org.variatlas.app.areas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.variatlas.app.areas.PackConfig.Level;

/**
 * Base units to the areas of a polygon file (e.g. SKDE's DPS map): each unit joins the area whose
 * polygon covers most of it (areas compared in degrees², which is fine for a choice between
 * neighbours); units without a polygon (residuals) join the area the pack names for them.
 */
final class SpatialMembership {

  private final Map<String, Geometry> shapes = new LinkedHashMap<>();
  private final Map<String, PreparedGeometry> prepared = new HashMap<>();
  private final STRtree index = new STRtree();

  private SpatialMembership(Map<String, Geometry> areaPolygons) {
    areaPolygons.forEach(
        (code, g) -> {
          Geometry valid = g.isValid() ? g : GeometryFixer.fix(g);
          shapes.put(code, valid);
          prepared.put(code, PreparedGeometryFactory.prepare(valid));
          index.insert(valid.getEnvelopeInternal(), code);
        });
  }

  /** Each base unit's area (always the same in every year). */
  static Map<String, YearRanges> assign(
      Level level,
      Map<String, Geometry> areaPolygons,
      PackBaseUnits base,
      AreaNames names,
      PackFiles files) {
    // The overlay of every unit with the areas is most of a pack's reading time: kept between
    // starts under the checksums of the files read so far (the level's polygons among them).
    Map<String, String> best =
        files.derived(
            "spatial-v1-" + level.id(), () -> mostOverlapping(level, areaPolygons, base, files));
    Map<String, YearRanges> out = new LinkedHashMap<>();
    best.forEach((unit, code) -> out.put(unit, YearRanges.always(code)));
    Map<String, String> residuals =
        level.from().residuals() == null ? Map.of() : level.from().residuals();
    for (BaseUnit u : base.units().values()) {
      if (u.kind() == BaseUnit.Kind.RESIDUAL) {
        String name = residuals.get(u.code());
        files.require(
            name != null,
            "level " + level.id() + ": 'residuals' must name the area of " + u.code());
        String code = names.find(name).orElse(null);
        files.require(
            code != null,
            "level " + level.id() + ": residual " + u.code() + " -> '" + name + "' is no area");
        out.put(u.code(), YearRanges.always(code));
      }
    }
    return out;
  }

  /** Each unit with a polygon to the area that covers most of it. */
  private static Map<String, String> mostOverlapping(
      Level level, Map<String, Geometry> areaPolygons, PackBaseUnits base, PackFiles files) {
    SpatialMembership areas = new SpatialMembership(areaPolygons);
    Map<String, String> out = new LinkedHashMap<>();
    List<String> uncovered = new ArrayList<>();
    base.polygons()
        .forEach(
            (unit, polygon) -> {
              String best = areas.mostOverlapping(polygon);
              if (best == null) {
                uncovered.add(unit);
              } else {
                out.put(unit, best);
              }
            });
    files.require(
        uncovered.isEmpty(),
        "level "
            + level.id()
            + ": no area of "
            + level.from().polygons().file()
            + " covers the base units "
            + uncovered);
    return out;
  }

  /** The code of the area that covers most of the polygon, or null when none touches it. */
  private String mostOverlapping(Geometry polygon) {
    Geometry unit = polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
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
    return best;
  }
}
