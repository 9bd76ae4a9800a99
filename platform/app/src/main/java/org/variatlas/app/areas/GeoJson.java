package org.variatlas.app.areas;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads polygon features from GeoJSON (RFC 7946, lon/lat) into JTS, and writes area polygons as a
 * FeatureCollection with coordinates rounded to a fixed number of decimals (5 decimals are about 1
 * m, far finer than the simplified borders).
 */
final class GeoJson {

  /** One feature: its properties as text and its (multi)polygon. */
  record Feature(Map<String, String> properties, Geometry geometry) {}

  /** Properties of a written feature, in order; values are strings, numbers or null. */
  record Output(Map<String, Object> properties, Geometry geometry) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GeoJson() {}

  /**
   * Reads every feature of a FeatureCollection.
   *
   * @throws PackException when the file is missing, not JSON, or has a non-polygon geometry
   */
  static List<Feature> read(Path file, String displayName, GeometryFactory factory) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new PackException(displayName + ": cannot read GeoJSON: " + e.getMessage(), e);
    }
    JsonNode features = root.path("features");
    if (!features.isArray()) {
      throw new PackException(displayName + ": not a GeoJSON FeatureCollection (no 'features')");
    }
    List<Feature> out = new ArrayList<>();
    int index = 0;
    for (JsonNode feature : features) {
      Map<String, String> properties = new LinkedHashMap<>();
      feature
          .path("properties")
          .fields()
          .forEachRemaining(
              e ->
                  properties.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
      try {
        out.add(new Feature(properties, geometry(feature.path("geometry"), factory)));
      } catch (IllegalArgumentException e) {
        throw new PackException(
            displayName + ": feature " + index + " " + properties + ": " + e.getMessage(), e);
      }
      index++;
    }
    return out;
  }

  private static Geometry geometry(JsonNode geometry, GeometryFactory factory) {
    String type = geometry.path("type").asText();
    JsonNode c = geometry.path("coordinates");
    return switch (type) {
      case "Polygon" -> polygon(c, factory);
      case "MultiPolygon" -> {
        Polygon[] polygons = new Polygon[c.size()];
        for (int i = 0; i < c.size(); i++) {
          polygons[i] = polygon(c.get(i), factory);
        }
        yield factory.createMultiPolygon(polygons);
      }
      default ->
          throw new IllegalArgumentException("geometry type '" + type + "' is not a polygon");
    };
  }

  private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
    LinearRing shell = ring(rings.get(0), factory);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i), factory);
    }
    return factory.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points, GeometryFactory factory) {
    Coordinate[] coordinates = new Coordinate[points.size()];
    for (int i = 0; i < points.size(); i++) {
      coordinates[i] =
          new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return factory.createLinearRing(coordinates);
  }

  /** A FeatureCollection of (multi)polygons, coordinates rounded to {@code decimals}. */
  static String write(List<Output> features, int decimals) {
    StringWriter out = new StringWriter(1 << 16);
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      for (Output feature : features) {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        for (var p : feature.properties().entrySet()) {
          json.writeFieldName(p.getKey());
          if (p.getValue() == null) {
            json.writeNull();
          } else if (p.getValue() instanceof Number n) {
            json.writeNumber(n.toString());
          } else {
            json.writeString(p.getValue().toString());
          }
        }
        json.writeEndObject();
        json.writeFieldName("geometry");
        writeGeometry(json, feature.geometry(), decimals);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeGeometry(JsonGenerator json, Geometry g, int decimals)
      throws IOException {
    if (g == null || g.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("type", "MultiPolygon");
    json.writeArrayFieldStart("coordinates");
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      json.writeStartArray();
      // RFC 7946: exterior rings counterclockwise, holes clockwise.
      writeRing(json, p.getExteriorRing(), decimals, true);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        writeRing(json, p.getInteriorRingN(h), decimals, false);
      }
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeRing(JsonGenerator json, LineString ring, int decimals, boolean ccw)
      throws IOException {
    Coordinate[] cs = ring.getCoordinates();
    boolean reverse = org.locationtech.jts.algorithm.Orientation.isCCW(cs) != ccw;
    json.writeStartArray();
    BigDecimal lastX = null;
    BigDecimal lastY = null;
    for (int i = 0; i < cs.length; i++) {
      Coordinate c = cs[reverse ? cs.length - 1 - i : i];
      BigDecimal x = round(c.x, decimals);
      BigDecimal y = round(c.y, decimals);
      // Rounding can make neighbours equal; repeating a point only adds bytes.
      if (x.equals(lastX) && y.equals(lastY)) {
        continue;
      }
      json.writeStartArray();
      json.writeNumber(x);
      json.writeNumber(y);
      json.writeEndArray();
      lastX = x;
      lastY = y;
    }
    json.writeEndArray();
  }

  private static BigDecimal round(double value, int decimals) {
    return BigDecimal.valueOf(value)
        .setScale(decimals, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }
}
