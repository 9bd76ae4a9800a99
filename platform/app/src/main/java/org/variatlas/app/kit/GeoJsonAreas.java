package org.variatlas.app.kit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.variatlas.api.io.Json;

/**
 * SKDE's referral-area map ({@code kart_2024.geojson}, property {@code area}) as the kit's map
 * reads it: properties {@code code} and {@code name}, without the enlarged copy of Oslo that SKDE
 * draws over Sweden, coordinates rounded to 4 decimals (about 10 m; the file shrinks by a third).
 *
 * <p>Stands in for the platform's own computed polygons ({@code /api/v1/areas?level=hf}) until they
 * exist.
 */
final class GeoJsonAreas {

  // SKDE's Oslo inset lies over Sweden, inside this box; no Norwegian land does.
  private static final double INSET_WEST = 14.9;
  private static final double INSET_EAST = 22.7;
  private static final double INSET_SOUTH = 59.3;
  private static final double INSET_NORTH = 63.4;

  private GeoJsonAreas() {}

  /**
   * The FeatureCollection of the referral areas.
   *
   * @param file SKDE's map
   * @param code area name -> code
   */
  static String referralAreas(Path file, Function<String, String> code) {
    String name = file.getFileName().toString();
    Map<String, Object> collection = Json.object(Json.parse(file, name), "the map", name);
    StringBuilder out =
        new StringBuilder(400_000).append("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean firstFeature = true;
    for (Object f : Json.array(collection.get("features"), "features", name)) {
      Map<String, Object> feature = Json.object(f, "a feature", name);
      Map<String, Object> properties = Json.object(feature.get("properties"), "properties", name);
      Map<String, Object> geometry = Json.object(feature.get("geometry"), "geometry", name);
      String area = (String) properties.get("area");
      List<Object> polygons =
          "Polygon".equals(geometry.get("type"))
              ? List.of(geometry.get("coordinates"))
              : Json.array(geometry.get("coordinates"), "coordinates", name);
      if (!firstFeature) {
        out.append(',');
      }
      firstFeature = false;
      out.append("{\"type\":\"Feature\",\"properties\":{\"code\":")
          .append(quote(code.apply(area)))
          .append(",\"name\":")
          .append(quote(area))
          .append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
      boolean firstPolygon = true;
      for (Object polygon : polygons) {
        List<Object> rings = Json.array(polygon, "a polygon", name);
        if (inInset(Json.array(rings.get(0), "a ring", name))) {
          continue;
        }
        if (!firstPolygon) {
          out.append(',');
        }
        firstPolygon = false;
        appendRings(out, rings);
      }
      out.append("]}}");
    }
    return out.append("]}").toString();
  }

  /** Whether the ring's bounding-box centre lies in SKDE's inset box. */
  private static boolean inInset(List<Object> ring) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Object p : ring) {
      List<?> point = (List<?>) p;
      double x = (Double) point.get(0);
      double y = (Double) point.get(1);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    return cx > INSET_WEST && cx < INSET_EAST && cy > INSET_SOUTH && cy < INSET_NORTH;
  }

  private static void appendRings(StringBuilder out, List<Object> rings) {
    out.append('[');
    for (int r = 0; r < rings.size(); r++) {
      if (r > 0) {
        out.append(',');
      }
      out.append('[');
      List<?> ring = (List<?>) rings.get(r);
      for (int i = 0; i < ring.size(); i++) {
        List<?> point = (List<?>) ring.get(i);
        if (i > 0) {
          out.append(',');
        }
        out.append('[')
            .append(round((Double) point.get(0)))
            .append(',')
            .append(round((Double) point.get(1)))
            .append(']');
      }
      out.append(']');
    }
    out.append(']');
  }

  private static String round(double v) {
    return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
