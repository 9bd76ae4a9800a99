package org.variatlas.app.areas;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.LocalizedText;

/**
 * The geography pack file ({@code config/geography/<pack>.yml}) as written; {@link
 * PackConfigReader} reads it and {@link GeographyPackLoader} turns it into a {@link GeographyPack}.
 * Paths are relative to the data directory. See {@code config/geography/README.md} for the meaning
 * of every field.
 */
record PackConfig(
    String id,
    Text name,
    List<String> attribution,
    BaseUnits baseUnits,
    PopulationFiles population,
    Map<String, MappingFile> mappingFiles,
    Mappings mappings,
    List<History> history,
    List<NotArea> notAreas,
    List<Level> levels) {

  PackConfig {
    attribution = attribution == null ? List.of() : attribution;
    mappingFiles = mappingFiles == null ? Map.of() : mappingFiles;
    history = history == null ? List.of() : history;
    notAreas = notAreas == null ? List.of() : notAreas;
  }

  /** A text in nb, nn, en; a plain string in the file means the same text in all three. */
  record Text(String nb, String nn, String en) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Text of(String text) {
      return new Text(text, text, text);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Text of(
        @com.fasterxml.jackson.annotation.JsonProperty("nb") String nb,
        @com.fasterxml.jackson.annotation.JsonProperty("nn") String nn,
        @com.fasterxml.jackson.annotation.JsonProperty("en") String en) {
      return new Text(nb, nn, en);
    }

    LocalizedText localized() {
      return LocalizedText.of(nb, nn, en);
    }
  }

  /** Polygons with a code and a name property. */
  record Polygons(String file, String code, String name) {}

  record BaseUnits(Polygons kommuner, Bydeler bydeler) {}

  /**
   * Bydel polygons of the cities split into bydeler, and the residual unit ({@code <kommune> +
   * suffix}) for residents whose bydel is unknown.
   */
  record Bydeler(String file, String code, String name, List<String> cities, Residual residual) {}

  /** {@code name} is a pattern with {@code {0}} = the kommune's name. */
  record Residual(String suffix, Text name) {}

  record PopulationFiles(String kommune, String bydel, String national) {}

  record MappingFile(String file, LocalDate date) {}

  record Mappings(String defaultVersion, List<Version> versions) {
    @JsonCreator
    static Mappings of(
        @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultVersion,
        @com.fasterxml.jackson.annotation.JsonProperty("versions") List<Version> versions) {
      return new Mappings(defaultVersion, versions);
    }
  }

  /** A mapping version: files applied to year ranges, then overrides, optionally history. */
  record Version(
      String id,
      Text title,
      Text description,
      List<Layer> layers,
      boolean history,
      List<Override> overrides) {
    Version {
      overrides = overrides == null ? List.of() : overrides;
    }
  }

  /** A mapping file applied to the years {@code from..to} (open when absent). */
  record Layer(String file, Integer from, Integer to) {}

  /** One base unit's area of a level in a version, for every year. */
  record Override(String unit, String level, String area) {}

  /** An earlier assignment of base units, for the years {@code from..to} (open when absent). */
  record History(
      List<String> units, String level, String area, Integer from, Integer to, String note) {}

  /** Names that are no area of the levels, with the reason a loader's problem shows. */
  record NotArea(List<String> names, List<String> levels, String reason) {}

  /**
   * An area level.
   *
   * @param from how base units map to its areas (exactly one way)
   * @param parent the level its areas roll up into, or null
   * @param urlKey {@code name} or {@code code}: what the URL carries for a selected area
   * @param areas codes and names, required for levels read from mapping columns
   */
  record Level(
      String id,
      Text title,
      Source from,
      String parent,
      String urlKey,
      Simplify simplify,
      List<AreaConfig> areas) {
    Level {
      areas = areas == null ? List.of() : areas;
    }
  }

  /**
   * Where a level's membership comes from: a column of the mapping files, another level with areas
   * merged, the first digits of the kommune number, the kommune, the bydel, all units (national),
   * or a polygon file whose areas take the base units they cover most of ({@code polygons}: file,
   * name property; {@code residuals}: base units without a polygon -> area name).
   */
  record Source(
      String mappingColumn,
      String level,
      Map<String, String> merge,
      Integer kommunePrefix,
      Boolean kommune,
      Boolean bydel,
      Boolean national,
      Polygons polygons,
      Map<String, String> residuals) {}

  /**
   * Simplification for the web, in degrees: {@code tolerance} is the largest Visvalingam–Whyatt
   * tolerance (small areas get less, see {@link AreaPolygons}); rings smaller than {@code
   * removeRings} × tolerance² are dropped (0 keeps all islands).
   */
  record Simplify(double tolerance, double removeRings) {}

  /** One area: its code, its short name, its full name and other names sources use. */
  record AreaConfig(String code, Text name, Text full, List<String> aliases) {
    AreaConfig {
      aliases = aliases == null ? List.of() : aliases;
    }
  }
}
