package org.variatlas.api.ui;

/**
 * A part of the map too small to read at national zoom (Oslo's referral areas): the map shows a
 * small live view of it in a corner and a "Zoom to …" button; the page can call {@link
 * AreaMap#zoomToInset()} too.
 *
 * <pre>{@code
 * map.setInset(MapInset.OSLO);
 * }</pre>
 *
 * @param name the place's name, e.g. "Oslo" (used in "Zoom to Oslo")
 * @param bounds what the inset shows
 */
public record MapInset(String name, Bounds bounds) {

  /** Oslo with Lovisenberg, Diakonhjemmet and the Oslo parts of OUS and Akershus. */
  public static final MapInset OSLO = new MapInset("Oslo", new Bounds(59.81, 10.58, 59.99, 10.96));

  /**
   * A box in WGS84 degrees.
   *
   * @param south the southern latitude
   * @param west the western longitude
   * @param north the northern latitude
   * @param east the eastern longitude
   */
  public record Bounds(double south, double west, double north, double east) {

    public Bounds {
      if (south > north || west > east) {
        throw new IllegalArgumentException(
            "bounds need south <= north and west <= east: "
                + south
                + ", "
                + west
                + ", "
                + north
                + ", "
                + east);
      }
    }

    void write(JsonWriter json) {
      json.beginArray()
          .beginArray()
          .value(south)
          .value(west)
          .endArray()
          .beginArray()
          .value(north)
          .value(east)
          .endArray()
          .endArray();
    }
  }
}
