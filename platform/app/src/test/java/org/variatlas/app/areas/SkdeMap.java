package org.variatlas.app.areas;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** SKDE's own HF map (kart_2024.geojson) and the overlap of two polygons, for comparison. */
final class SkdeMap {

  /** SKDE draws an enlarged Oslo over Sweden in this box; it is no geography. */
  static final Envelope OSLO_INSET = new Envelope(14.9, 22.7, 59.3, 63.4);

  private SkdeMap() {}

  /** SKDE's 21 HF polygons by name, without the inset parts. */
  static Map<String, Geometry> hfAreas(Path dataDirectory) {
    return areas(dataDirectory, "helseatlas/geo/kart_2024.geojson");
  }

  /** The polygons of one of SKDE's maps by area name, without the Oslo inset's parts. */
  static Map<String, Geometry> areas(Path dataDirectory, String file) {
    GeometryFactory factory = new GeometryFactory();
    Geometry inset = factory.toGeometry(OSLO_INSET);
    Map<String, Geometry> out = new HashMap<>();
    for (GeoJson.Feature f : GeoJson.read(dataDirectory.resolve(file), file, factory)) {
      out.put(
          f.properties().get("area"),
          OverlayNGRobust.overlay(GeometryFixer.fix(f.geometry()), inset, OverlayNG.DIFFERENCE));
    }
    return out;
  }

  /**
   * Areas in km² in a sinusoidal projection about 15°E (equal-area: areas are exact up to the
   * sphere's approximation of the ellipsoid, ±0.5 %): {ours, theirs, intersection/union}.
   */
  static double[] overlap(Geometry ours, Geometry theirs) {
    Geometry a = equalArea(ours);
    Geometry b = equalArea(theirs);
    double intersection = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    double union = OverlayNGRobust.overlay(a, b, OverlayNG.UNION).getArea();
    return new double[] {a.getArea(), b.getArea(), intersection / union};
  }

  private static Geometry equalArea(Geometry g) {
    Geometry copy = g.copy();
    double kmPerDegree = Math.PI * 6371.0088 / 180;
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence s, int i) {
            double lat = s.getY(i);
            s.setOrdinate(i, 0, (s.getX(i) - 15) * Math.cos(Math.toRadians(lat)) * kmPerDegree);
            s.setOrdinate(i, 1, lat * kmPerDegree);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    copy.geometryChanged();
    return copy;
  }
}
