package org.variatlas.api.ui;

/**
 * A small typed way to a GeoJSON FeatureCollection for {@link AreaMap#setAreas(String)}, for
 * plugins and tests that have coordinates rather than a file. Coordinates are WGS84 longitude,
 * latitude (GeoJSON's order); rings are closed by the builder if they are not.
 *
 * <pre>{@code
 * String areas = new GeoJsonBuilder()
 *     .polygon("1", "North", new double[][] {{10, 60}, {11, 60}, {11, 61}, {10, 61}})
 *     .feature("2", "South", "{\"type\":\"Point\",\"coordinates\":[10.5,59.5]}")
 *     .build();
 * map.setAreas(areas);
 * }</pre>
 */
public final class GeoJsonBuilder {

  private final JsonWriter json =
      new JsonWriter()
          .beginObject()
          .field("type", "FeatureCollection")
          .name("features")
          .beginArray();
  private boolean built;

  /**
   * Adds a polygon feature.
   *
   * @param code the area's code (property {@code code})
   * @param name the area's name (property {@code name})
   * @param rings the outer ring, then any holes; each a list of {lon, lat}
   */
  public GeoJsonBuilder polygon(String code, String name, double[][]... rings) {
    JsonWriter geometry =
        new JsonWriter().beginObject().field("type", "Polygon").name("coordinates");
    geometry.beginArray();
    for (double[][] ring : rings) {
      if (ring.length < 3) {
        throw new IllegalArgumentException(
            "a ring of area " + code + " needs at least 3 points, got " + ring.length);
      }
      geometry.beginArray();
      for (double[] point : ring) {
        geometry.beginArray().value(point[0]).value(point[1]).endArray();
      }
      double[] first = ring[0];
      double[] last = ring[ring.length - 1];
      if (first[0] != last[0] || first[1] != last[1]) {
        geometry.beginArray().value(first[0]).value(first[1]).endArray();
      }
      geometry.endArray();
    }
    geometry.endArray().endObject();
    return feature(code, name, geometry.toString());
  }

  /** Adds a feature with any GeoJSON geometry, given as JSON. */
  public GeoJsonBuilder feature(String code, String name, String geometryJson) {
    if (built) {
      throw new IllegalStateException("build() was called already");
    }
    json.beginObject()
        .field("type", "Feature")
        .name("properties")
        .beginObject()
        .field("code", code)
        .field("name", name)
        .endObject()
        .name("geometry")
        .raw(geometryJson)
        .endObject();
    return this;
  }

  /** The FeatureCollection as JSON. */
  public String build() {
    if (!built) {
      json.endArray().endObject();
      built = true;
    }
    return json.toString();
  }
}
