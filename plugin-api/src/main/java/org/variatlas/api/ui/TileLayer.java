package org.variatlas.api.ui;

/**
 * A raster tile background under the areas. Off by default: the map reads well without it, and many
 * installations cannot reach a tile server.
 *
 * <pre>{@code
 * map.setTileLayer(new TileLayer("https://tiles.example.org/{z}/{x}/{y}.png", "© Example", 18));
 * }</pre>
 *
 * @param urlTemplate Leaflet's URL template with {@code {z}}, {@code {x}}, {@code {y}}
 * @param attribution the attribution the tile provider requires (HTML allowed by Leaflet)
 * @param maxZoom the highest zoom level the server has
 */
public record TileLayer(String urlTemplate, String attribution, int maxZoom) {

  void write(JsonWriter json) {
    json.beginObject()
        .field("url", urlTemplate)
        .field("attribution", attribution)
        .field("maxZoom", maxZoom)
        .endObject();
  }
}
