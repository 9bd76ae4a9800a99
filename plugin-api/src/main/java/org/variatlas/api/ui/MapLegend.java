package org.variatlas.api.ui;

import java.util.List;

/**
 * The legend drawn in a corner of an {@link AreaMap}: a title (usually the unit) and one swatch per
 * class with its range, the last typically the grey "no data / suppressed" class.
 *
 * <pre>{@code
 * new MapLegend("Per 100 000", List.of(
 *     new MapLegend.Entry("#bdd7e7", "120–180"), new MapLegend.Entry("#d4d8dd", "No data")));
 * }</pre>
 *
 * @param title the legend's heading, may be null
 * @param entries the classes, top to bottom
 */
public record MapLegend(String title, List<Entry> entries) {

  public MapLegend {
    entries = List.copyOf(entries);
  }

  /**
   * One class.
   *
   * @param color its fill colour
   * @param label its range or name
   */
  public record Entry(String color, String label) {}

  void write(JsonWriter json) {
    json.beginObject().field("title", title).name("entries").beginArray();
    for (Entry e : entries) {
      json.beginObject().field("color", e.color()).field("label", e.label()).endObject();
    }
    json.endArray().endObject();
  }
}
