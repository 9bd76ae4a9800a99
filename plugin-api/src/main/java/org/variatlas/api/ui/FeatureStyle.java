package org.variatlas.api.ui;

/**
 * How a map feature is drawn (Leaflet's path options). Colours are CSS colours ({@code #08519c}).
 *
 * <pre>{@code
 * FeatureStyle style = FeatureStyle.fill("#6baed6").withStroke("#ffffff", 1);
 * }</pre>
 *
 * @param fillColor the fill colour
 * @param fillOpacity 0 (transparent) to 1
 * @param color the border colour
 * @param weight the border width in pixels
 * @param dashArray an SVG dash pattern such as {@code "4 3"}, or null for a solid border
 */
public record FeatureStyle(
    String fillColor, double fillOpacity, String color, double weight, String dashArray) {

  /** White borders, 1 px, around a mid-grey fill: the look of an area without data. */
  public static final FeatureStyle DEFAULT = new FeatureStyle("#d4d8dd", 0.9, "#ffffff", 1, null);

  /** The default style with this fill colour. */
  public static FeatureStyle fill(String fillColor) {
    return DEFAULT.withFill(fillColor);
  }

  /** An outline only, e.g. for region borders drawn over the areas. */
  public static FeatureStyle outline(String color, double weight) {
    return new FeatureStyle(null, 0, color, weight, null);
  }

  public FeatureStyle withFill(String fillColor) {
    return new FeatureStyle(fillColor, fillOpacity, color, weight, dashArray);
  }

  public FeatureStyle withFillOpacity(double fillOpacity) {
    return new FeatureStyle(fillColor, fillOpacity, color, weight, dashArray);
  }

  public FeatureStyle withStroke(String color, double weight) {
    return new FeatureStyle(fillColor, fillOpacity, color, weight, dashArray);
  }

  public FeatureStyle withDash(String dashArray) {
    return new FeatureStyle(fillColor, fillOpacity, color, weight, dashArray);
  }

  void write(JsonWriter json) {
    json.beginObject()
        .field("fillColor", fillColor)
        .field("fillOpacity", fillOpacity)
        .field("color", color)
        .field("weight", weight)
        .field("dashArray", dashArray)
        .endObject();
  }
}
