package org.variatlas.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.variatlas.app.SharedApp;
import org.variatlas.sdk.io.Json;

/**
 * Area polygons built from the base units: valid, gap-free, small enough for the web, and close to
 * SKDE's own map. Prints the figures for the closing note (bytes per level, overlap per HF).
 */
class AreaPolygonsIT extends SharedApp {

  private static final Duration WAIT = Duration.ofMinutes(2);

  @Autowired GeographyService geography;
  @Autowired TestRestTemplate http;

  @Test
  void every_area_union_is_valid_and_the_levels_are_coverages() {
    GeographyPack pack = geography.pack();
    AreaPolygons polygons = geography.polygons(WAIT);
    assertThat(AreaPolygons.isValidCoverage(polygons.coverage().values().toArray(Geometry[]::new)))
        .isTrue();
    for (String level :
        new String[] {"hf", "hf19", "rhf", "dps", "fylke", "kommune", "bydel", "national"}) {
      AreaPolygons.Shapes shapes = polygons.shapes(pack.defaultVersion(), level, 2024);
      assertThat(shapes.exact().values()).as(level).allMatch(Geometry::isValid);
      assertThat(
              AreaPolygons.isValidCoverage(shapes.simplified().values().toArray(Geometry[]::new)))
          .as("simplified %s", level)
          .isTrue();
    }
    AreaPolygons.Shapes hf = polygons.shapes(pack.defaultVersion(), "hf", 2024);
    assertThat(hf.exact()).hasSize(21);
    // No gaps between HF areas: their union has no more holes than the base units' union.
    Geometry all =
        org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(
            polygons.coverage().values());
    Geometry hfUnion =
        org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(hf.exact().values());
    assertThat(hfUnion.getArea())
        .isCloseTo(all.getArea(), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void polygons_follow_the_year_alna_moves_to_ous_in_2026() {
    GeographyPack pack = geography.pack();
    AreaPolygons polygons = geography.polygons(WAIT);
    double ous2025 = polygons.shapes(pack.defaultVersion(), "hf", 2025).exact().get("16").getArea();
    double ous2026 = polygons.shapes(pack.defaultVersion(), "hf", 2026).exact().get("16").getArea();
    double alna = polygons.coverage().get("030112").getArea();
    assertThat(ous2026 - ous2025).isCloseTo(alna, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void the_hf_geojson_is_under_250_kb_and_close_to_skdes_map() {
    GeographyPack pack = geography.pack();
    AreaPolygons polygons = geography.polygons(WAIT);
    StringBuilder report =
        new StringBuilder("\nGeoJSON bytes per level (2024, by-year, 5 decimals):\n");
    for (var level : pack.levels()) {
      String json =
          polygons.geoJson(pack.defaultVersion(), level.id(), 2024, Locale.forLanguageTag("nb"));
      int points =
          polygons.shapes(pack.defaultVersion(), level.id(), 2024).simplified().values().stream()
              .mapToInt(Geometry::getNumPoints)
              .sum();
      report.append(
          String.format(
              "  %-9s %4d areas %8d bytes %7d points%n",
              level.id(),
              polygons.shapes(pack.defaultVersion(), level.id(), 2024).simplified().size(),
              json.getBytes(StandardCharsets.UTF_8).length,
              points));
      if (level.id().equals("hf")) {
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(250_000);
      }
    }
    // SKDE's map drew Gulen in Førde, Eidfjord in Fonna and Alna in Akershus: 2024 of by-year.
    Map<String, Geometry> skde = SkdeMap.hfAreas(Packs.dataDirectory());
    AreaPolygons.Shapes hf = polygons.shapes(pack.version("by-year"), "hf", 2024);
    Map<String, double[]> overlap = new TreeMap<>();
    report.append(
        "\n"
            + "Overlap with SKDE's kart_2024.geojson (Oslo inset dropped), sinusoidal equal-area"
            + " km²:\n");
    report.append(
        String.format("  %-16s %10s %10s %7s %7s%n", "HF", "ours", "SKDE", "IoU", "IoU*"));
    for (var e : hf.exact().entrySet()) {
      Area area = pack.area("hf", e.getKey()).orElseThrow();
      Geometry theirs = skde.get(area.name().nb());
      assertThat(theirs).as("SKDE polygon of %s", area.name().nb()).isNotNull();
      double[] o = SkdeMap.overlap(e.getValue(), theirs);
      double simplified = SkdeMap.overlap(hf.simplified().get(e.getKey()), theirs)[2];
      overlap.put(area.name().nb(), o);
      report.append(
          String.format(
              "  %-16s %10.0f %10.0f %7.3f %7.3f%n",
              area.name().nb(), o[0], o[1], o[2], simplified));
    }
    report.append(
        "  (IoU = |ours ∩ SKDE| / |ours ∪ SKDE| of the exact union; IoU* of the simplified web"
            + " polygon)\n");
    Map<String, Geometry> skdeDps =
        SkdeMap.areas(Packs.dataDirectory(), "helseatlas/geo/kart_dps_p5_rewind.geojson");
    AreaPolygons.Shapes dps = polygons.shapes(pack.version("by-year"), "dps", 2024);
    double[] dpsIou =
        dps.exact().entrySet().stream()
            .mapToDouble(
                e ->
                    SkdeMap.overlap(
                        e.getValue(),
                        skdeDps.get(pack.area("dps", e.getKey()).orElseThrow().name().nb()))[2])
            .sorted()
            .toArray();
    report.append(
        String.format(
            "%nDPS (69) vs SKDE's kart_dps_p5_rewind.geojson: IoU min %.3f, median %.3f, max"
                + " %.3f%n",
            dpsIou[0], dpsIou[dpsIou.length / 2], dpsIou[dpsIou.length - 1]));
    System.out.println(report);
    overlap.forEach((name, o) -> assertThat(o[2]).as("IoU of %s", name).isGreaterThan(0.6));
    assertThat(overlap.values().stream().filter(o -> o[2] > 0.9).count())
        .isGreaterThanOrEqualTo(17);
  }

  @Test
  void the_http_api_serves_geojson_with_cache_headers() {
    geography.polygons(WAIT);
    ResponseEntity<String> response =
        http.getForEntity("/api/v1/areas?level=hf&year=2024", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/geo+json");
    assertThat(response.getHeaders().getCacheControl())
        .contains("max-age=86400")
        .contains("public");
    Map<String, Object> root =
        Json.object(Json.parse(response.getBody(), "areas"), "root", "areas");
    var features = Json.array(root.get("features"), "features", "areas");
    assertThat(features).hasSize(21);
    Map<String, Object> unn =
        features.stream()
            .map(f -> Json.object(f, "f", "areas"))
            .map(f -> Json.object(f.get("properties"), "p", "areas"))
            .filter(p -> "2".equals(p.get("code")))
            .findFirst()
            .orElseThrow();
    assertThat(unn)
        .containsEntry("name", "UNN")
        .containsEntry("parent", "1")
        .containsEntry("parentName", "Helse Nord");

    HttpHeaders conditional = new HttpHeaders();
    conditional.setIfNoneMatch(response.getHeaders().getETag());
    assertThat(
            http.exchange(
                    "/api/v1/areas?level=hf&year=2024",
                    HttpMethod.GET,
                    new org.springframework.http.HttpEntity<>(conditional),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(http.getForEntity("/api/v1/areas?level=atlantis", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
