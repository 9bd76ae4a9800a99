package org.variatlas.app.areas;

import java.time.Duration;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import org.variatlas.api.Geography;

/**
 * The geography the app works with: the pack, its tables in the database (written at start when the
 * pack changed), the {@link Geography} plugins see, and the area polygons, built in the background
 * after start (a few seconds; cached in the database for the next start) so that the app answers at
 * once.
 */
@Service
public class GeographyService implements InitializingBean, DisposableBean {

  /** Bump when {@link BaseUnitCoverage} changes, so that cached polygons are rebuilt. */
  static final String COVERAGE_VERSION = "coverage-1";

  private static final Logger log = LoggerFactory.getLogger(GeographyService.class);
  private static final List<String> PREPARED_LEVELS =
      List.of("hf", "hf19", "rhf", "fylke", "kommune");

  private final GeographyPack pack;
  private final GeographyRepository repository;
  private final java.nio.file.Path dataDirectory;
  private final CompletableFuture<AreaPolygons> polygons = new CompletableFuture<>();
  private volatile boolean polygonsStarted;
  private volatile boolean closing;

  public GeographyService(
      GeographyPack pack,
      GeographyRepository repository,
      org.variatlas.app.config.VariatlasProperties properties) {
    this.pack = pack;
    this.repository = repository;
    this.dataDirectory = properties.dataDirectory();
  }

  /** The data directory the pack's (and loaders') files are read from. */
  public java.nio.file.Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void afterPropertiesSet() {
    if (repository.sync(pack, fingerprint())) {
      log.info("Geography tables written for pack {} ({})", pack.id(), pack.fingerprint());
    }
  }

  @Override
  public void destroy() {
    closing = true;
  }

  public GeographyPack pack() {
    return pack;
  }

  /** The pack as plugins see it, under a mapping version (null = the pack's default). */
  public PackGeography geography(String mappingVersion) {
    return new PackGeography(pack, pack.version(mappingVersion));
  }

  /** Starts building the polygons in the background (idempotent). */
  public synchronized void preparePolygons() {
    if (polygonsStarted) {
      return;
    }
    polygonsStarted = true;
    Thread worker = new Thread(this::buildPolygons, "geography-polygons");
    worker.setDaemon(true);
    worker.setPriority(Thread.NORM_PRIORITY - 1);
    worker.start();
  }

  /**
   * The area polygons, waiting at most {@code wait} for the background build.
   *
   * @throws IllegalStateException when they are not ready in time or could not be built
   */
  public AreaPolygons polygons(Duration wait) {
    preparePolygons();
    try {
      return polygons.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new PolygonsNotReadyException(
          "the area polygons are still being built; try again shortly");
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "the area polygons could not be built: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PolygonsNotReadyException("interrupted while waiting for the area polygons");
    }
  }

  /** The GeoJSON of a level's areas (see {@link AreaPolygons#geoJson}). */
  public String geoJson(
      String level, Integer year, String mappingVersion, Locale language, Duration wait) {
    if (pack.level(level).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown level '"
              + level
              + "'; the pack has "
              + pack.levels().stream().map(AreaLevel::id).toList());
    }
    return polygons(wait)
        .geoJson(
            pack.version(mappingVersion), level, year == null ? currentYear() : year, language);
  }

  /**
   * Where a browser fetches what {@link #geoJson} gives for the default mapping ({@code GET
   * /api/v1/areas}, public and cacheable): a map that takes its polygons from there keeps them out
   * of the page's messages and the reader's session.
   */
  public static String areasUrl(String level, int year, Locale locale) {
    return "/api/v1/areas?level="
        + java.net.URLEncoder.encode(level, java.nio.charset.StandardCharsets.UTF_8)
        + "&year="
        + year
        + "&lang="
        + locale.getLanguage();
  }

  /** The year used when none is asked for: this calendar year. */
  public static int currentYear() {
    return Year.now().getValue();
  }

  private String fingerprint() {
    return pack.fingerprint() + ":" + COVERAGE_VERSION;
  }

  private void buildPolygons() {
    try {
      long started = System.nanoTime();
      Map<String, Geometry> coverage = cachedCoverage();
      AreaPolygons built;
      if (coverage != null) {
        built = new AreaPolygons(pack, coverage);
        log.info("Base unit polygons read from the database ({} units)", coverage.size());
      } else {
        built = new AreaPolygons(pack);
        WKBWriter writer = new WKBWriter();
        Map<String, byte[]> wkb = new HashMap<>();
        built.coverage().forEach((code, g) -> wkb.put(code, writer.write(g)));
        repository.storeCoverage(wkb);
      }
      for (String level : PREPARED_LEVELS) {
        if (pack.level(level).isPresent()) {
          built.shapes(pack.defaultVersion(), level, currentYear());
        }
      }
      polygons.complete(built);
      log.info("Area polygons ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException | LinkageError e) {
      if (closing) {
        // The app stopped while the polygons were being built (its database is gone): no fault.
        log.info("Area polygons not built: the app is shutting down");
      } else {
        log.error("Cannot build the area polygons", e);
      }
      polygons.completeExceptionally(e);
    }
  }

  /** The coverage cached for this pack, or null when any unit with a polygon lacks one. */
  private Map<String, Geometry> cachedCoverage() {
    Map<String, byte[]> wkb = repository.coverage();
    if (!wkb.keySet().containsAll(pack.unitPolygons().keySet())) {
      return null;
    }
    WKBReader reader = new WKBReader(new GeometryFactory());
    Map<String, Geometry> out = new LinkedHashMap<>();
    try {
      for (String code : pack.unitPolygons().keySet()) {
        out.put(code, reader.read(wkb.get(code)));
      }
    } catch (ParseException e) {
      log.warn("Cached base unit polygons unreadable; rebuilding them", e);
      return null;
    }
    return out;
  }

  /** The polygons are being built; the caller may retry shortly (HTTP 503). */
  public static final class PolygonsNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PolygonsNotReadyException(String message) {
      super(message);
    }
  }
}
