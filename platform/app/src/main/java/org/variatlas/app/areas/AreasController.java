package org.variatlas.app.areas;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /api/v1/areas?level=hf&year=2024[&mapping=by-year][&lang=nb]}: the simplified polygons
 * of a level's areas as a GeoJSON FeatureCollection ({@code application/geo+json}) with properties
 * {@code code}, {@code name}, {@code parent} (e.g. the RHF of an HF) and {@code parentName};
 * cacheable for a day, with an ETag. {@code GET /api/v1/areas/levels} lists the levels and mapping
 * versions.
 */
@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "The geography pack: levels, mapping versions and polygons.")
class AreasController {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
  private static final Duration WAIT = Duration.ofSeconds(30);

  /**
   * The years a map may be asked for. Borders are cached per assignment of base units to areas, so
   * the cache grows with border changes, not with the years asked.
   */
  static final int FIRST_YEAR = 1900;

  static final int YEARS_AHEAD = 10;

  @Schema(name = "AreaLevel", description = "An area level, e.g. hf (health trusts) below rhf.")
  record Level(
      String id,
      String title,
      @Schema(description = "The level above it; null at the top.") String parent) {}

  @Schema(
      name = "MappingVersion",
      description = "A mapping version: which base units belong to which area when.")
  record Mapping(String id, String title, String description, boolean isDefault) {}

  @Schema(name = "AreaLevels", description = "The geography pack's levels and mapping versions.")
  record Levels(String pack, List<Level> levels, List<Mapping> mappings) {}

  /** The shape of the GeoJSON the polygons endpoint writes (documentation only). */
  @Schema(name = "AreaFeatureCollection", description = "A GeoJSON FeatureCollection (RFC 7946).")
  record FeatureCollection(
      @Schema(allowableValues = "FeatureCollection") String type, List<Feature> features) {}

  @Schema(name = "AreaFeature")
  record Feature(
      @Schema(allowableValues = "Feature") String type,
      Properties properties,
      @Schema(description = "A GeoJSON Polygon or MultiPolygon in WGS 84.", type = "object")
          Object geometry) {}

  @Schema(name = "AreaProperties")
  record Properties(
      String code,
      String name,
      @Schema(description = "The code of the area above it, e.g. the RHF of an HF.") String parent,
      String parentName) {}

  private final GeographyService geography;

  AreasController(GeographyService geography) {
    this.geography = geography;
  }

  @GetMapping
  @Operation(
      summary = "The simplified polygons of a level's areas (cacheable for a day, with an ETag).")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/geo+json",
              schema = @Schema(implementation = FeatureCollection.class)))
  @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match).")
  @ApiResponse(
      responseCode = "400",
      description = "An unknown level or mapping, or a year out of range.",
      content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
  @ApiResponse(
      responseCode = "503",
      description = "The polygons are still being computed after a start (Retry-After: 5).",
      content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
  ResponseEntity<String> areas(
      @Parameter(description = "An area level, e.g. hf (GET /api/v1/areas/levels).") @RequestParam
          String level,
      @Parameter(description = "The year whose borders to draw; the pack's default when absent.")
          @RequestParam(required = false)
          Integer year,
      @Parameter(description = "A mapping version; the pack's default when absent.")
          @RequestParam(required = false)
          String mapping,
      Locale locale,
      WebRequest request) {
    if (year != null
        && (year < FIRST_YEAR || year > GeographyService.currentYear() + YEARS_AHEAD)) {
      throw new IllegalArgumentException(
          "year must be from "
              + FIRST_YEAR
              + " to "
              + (GeographyService.currentYear() + YEARS_AHEAD)
              + "; got "
              + year);
    }
    var language = locale;
    String body = geography.geoJson(level, year, mapping, language, WAIT);
    String etag = "\"" + Integer.toHexString(body.hashCode()) + "-" + body.length() + "\"";
    if (request.checkNotModified(etag)) {
      return null;
    }
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
        .eTag(etag)
        .body(body);
  }

  @GetMapping("/levels")
  @Operation(summary = "The pack's area levels and mapping versions.")
  Levels levels(Locale locale) {
    var language = locale;
    GeographyPack pack = geography.pack();
    return new Levels(
        pack.id(),
        pack.levels().stream()
            .map(l -> new Level(l.id(), l.title().get(language), l.parent()))
            .toList(),
        pack.versions().stream()
            .map(
                v ->
                    new Mapping(
                        v.id(),
                        v.title().get(language),
                        v.description().get(language),
                        v.id().equals(pack.defaultVersion().id())))
            .toList());
  }

  @ExceptionHandler(GeographyService.PolygonsNotReadyException.class)
  ResponseEntity<String> notReady(GeographyService.PolygonsNotReadyException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "5")
        .body(e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<String> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }
}
