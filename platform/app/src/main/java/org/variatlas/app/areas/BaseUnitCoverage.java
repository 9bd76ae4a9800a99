package org.variatlas.app.areas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Turns the base units' polygons as read into a valid polygonal coverage: no gaps, no overlaps, and
 * shared borders with identical vertices, so that unions are exact and simplification keeps
 * neighbours together.
 *
 * <p>The inputs need this: the kommune file is a TopoJSON export simplified per arc, with a few
 * self-intersecting rings, and the bydel file comes from another source whose outlines do not
 * follow the kommune's (bydeler reach into the sea, and leave slivers of the kommune uncovered).
 * The steps:
 *
 * <ol>
 *   <li>each polygon is repaired ({@link GeometryFixer});
 *   <li>a city's bydeler are clipped to the city's kommune polygon, and the parts of the kommune no
 *       bydel covers go to the bydel sharing the longest border with them (the nearest if none
 *       touches), so the bydeler partition the kommune exactly;
 *   <li>all borders are noded together on a 10⁻⁷° grid (about 1 cm) and polygonized; each face goes
 *       to the unit containing its interior point (the first if two overlap), and faces inside no
 *       unit (enclosed water) stay out;
 *   <li>each unit is the coverage union of its faces.
 * </ol>
 */
final class BaseUnitCoverage {

  /** Grid of the noding: 10⁻⁷ degrees, about 1 cm. */
  static final PrecisionModel PRECISION = new PrecisionModel(1e7);

  private BaseUnitCoverage() {}

  /**
   * The coverage of the pack's base units that have polygons.
   *
   * @return base unit code -> valid (multi)polygon, sharing borders exactly with its neighbours
   */
  static Map<String, Geometry> build(GeographyPack pack, GeometryFactory factory) {
    Map<String, Geometry> units = new LinkedHashMap<>();
    Map<String, List<String>> bydelerOf = new HashMap<>();
    for (var e : pack.unitPolygons().entrySet()) {
      BaseUnit unit = pack.baseUnits().get(e.getKey());
      if (unit.kind() == BaseUnit.Kind.BYDEL) {
        bydelerOf.computeIfAbsent(unit.kommune(), k -> new ArrayList<>()).add(unit.code());
      } else {
        units.put(e.getKey(), repaired(e.getValue()));
      }
    }
    // A split city is no base unit, but its kommune polygon is the outline its bydeler must fill.
    for (var city : bydelerOf.entrySet()) {
      Geometry outline = pack.cityOutlines().get(city.getKey());
      Map<String, Geometry> bydeler = new LinkedHashMap<>();
      for (String code : city.getValue()) {
        bydeler.put(code, repaired(pack.unitPolygons().get(code)));
      }
      units.putAll(partition(outline == null ? null : repaired(outline), bydeler));
    }
    return coverage(units, factory);
  }

  private static Geometry repaired(Geometry g) {
    return g.isValid() ? g : GeometryFixer.fix(g);
  }

  /** Bydeler clipped to the city and extended over what they leave uncovered. */
  static Map<String, Geometry> partition(Geometry city, Map<String, Geometry> bydeler) {
    if (city == null) {
      return bydeler;
    }
    Map<String, Geometry> pieces = new LinkedHashMap<>();
    for (var e : bydeler.entrySet()) {
      pieces.put(e.getKey(), OverlayNGRobust.overlay(e.getValue(), city, OverlayNG.INTERSECTION));
    }
    Geometry covered = OverlayNGRobust.union(pieces.values());
    Geometry left = OverlayNGRobust.overlay(city, covered, OverlayNG.DIFFERENCE);
    Map<String, List<Geometry>> extra = new HashMap<>();
    for (int i = 0; i < left.getNumGeometries(); i++) {
      Geometry part = left.getGeometryN(i);
      if (part.isEmpty() || part.getArea() == 0) {
        continue;
      }
      extra.computeIfAbsent(bestNeighbour(part, pieces), k -> new ArrayList<>()).add(part);
    }
    Map<String, Geometry> out = new LinkedHashMap<>();
    for (var e : pieces.entrySet()) {
      List<Geometry> all = new ArrayList<>();
      all.add(e.getValue());
      all.addAll(extra.getOrDefault(e.getKey(), List.of()));
      out.put(e.getKey(), all.size() == 1 ? e.getValue() : OverlayNGRobust.union(all));
    }
    return out;
  }

  /** The piece sharing the longest border with the part; the nearest when none touches it. */
  private static String bestNeighbour(Geometry part, Map<String, Geometry> pieces) {
    String best = null;
    double bestLength = 0;
    String nearest = null;
    double nearestDistance = Double.MAX_VALUE;
    Envelope around = part.getEnvelopeInternal();
    around.expandBy(1e-6);
    for (var e : pieces.entrySet()) {
      Geometry piece = e.getValue();
      double distance =
          piece.getEnvelopeInternal().intersects(around) ? part.distance(piece) : Double.MAX_VALUE;
      if (distance < nearestDistance) {
        nearestDistance = distance;
        nearest = e.getKey();
      }
      if (distance < 1e-9) {
        double shared =
            OverlayNGRobust.overlay(part.getBoundary(), piece.getBoundary(), OverlayNG.INTERSECTION)
                .getLength();
        if (shared > bestLength) {
          bestLength = shared;
          best = e.getKey();
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (nearest != null) {
      return nearest;
    }
    // Far from every piece (an islet of the city): the piece closest by distance.
    return pieces.entrySet().stream()
        .min(java.util.Comparator.comparingDouble(e -> part.distance(e.getValue())))
        .orElseThrow()
        .getKey();
  }

  /** Nodes all borders together and rebuilds each unit from the faces inside it. */
  static Map<String, Geometry> coverage(Map<String, Geometry> units, GeometryFactory factory) {
    List<Geometry> borders = new ArrayList<>(units.size());
    units.values().forEach(g -> borders.add(g.getBoundary()));
    Geometry noded = UnaryUnionNG.union(borders, factory, PRECISION);
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(noded);
    @SuppressWarnings("unchecked")
    Collection<Polygon> faces = polygonizer.getPolygons();

    STRtree index = new STRtree();
    Map<String, IndexedPointInAreaLocator> locators = new HashMap<>();
    units.forEach(
        (code, g) -> {
          index.insert(g.getEnvelopeInternal(), code);
          locators.put(code, new IndexedPointInAreaLocator(g));
        });
    Map<String, List<Geometry>> facesOf = new LinkedHashMap<>();
    units.keySet().forEach(code -> facesOf.put(code, new ArrayList<>()));
    for (Polygon face : faces) {
      Coordinate inside = face.getInteriorPoint().getCoordinate();
      @SuppressWarnings("unchecked")
      List<String> candidates = index.query(new Envelope(inside));
      candidates.stream()
          .filter(code -> locators.get(code).locate(inside) == Location.INTERIOR)
          .findFirst()
          .ifPresent(code -> facesOf.get(code).add(face));
    }
    Map<String, Geometry> out = new LinkedHashMap<>();
    facesOf.forEach(
        (code, list) -> {
          if (list.isEmpty()) {
            throw new PackException(
                "base unit " + code + " has no area left after noding its polygon");
          }
          out.put(code, CoverageUnion.union(list.toArray(Geometry[]::new)));
        });
    return out;
  }
}
