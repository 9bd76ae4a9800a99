package org.variatlas.app.areas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A level and the areas selected in it, as a page's URL carries them: {@code
 * ?level=hf&area=UNN&area=OUS}. Reading accepts an area's code, any of its names and aliases, and
 * the name of a parent area, which stands for all its areas ({@code area=Helse Nord} on level hf
 * selects Finnmark, UNN, Nordland and Helgeland). Writing uses the short name for levels whose URLs
 * carry names (hf, hf19, rhf) and the code otherwise (kommune {@code 0301}).
 *
 * @param level the level id
 * @param codes the selected areas' codes, in selection order
 */
public record AreaQuery(String level, List<String> codes) {

  public static final String LEVEL = "level";
  public static final String AREA = "area";

  public AreaQuery {
    codes = List.copyOf(new LinkedHashSet<>(codes));
  }

  /**
   * Reads a URL's parameters.
   *
   * @param parameters the query parameters (name -> values)
   * @param levels the levels the page offers; an unknown or absent level gives the first
   * @param year the year whose areas are meant
   * @return the query; tokens that denote no area are left out (see {@link #unknown})
   */
  public static AreaQuery parse(
      GeographyPack pack,
      MappingVersion version,
      int year,
      Map<String, List<String>> parameters,
      List<String> levels) {
    List<String> levelValues = parameters.getOrDefault(LEVEL, List.of());
    String level = levelValues.stream().filter(levels::contains).findFirst().orElse(levels.get(0));
    List<String> codes = new ArrayList<>();
    for (String token : parameters.getOrDefault(AREA, List.of())) {
      codes.addAll(resolve(pack, version, year, level, token));
    }
    return new AreaQuery(level, codes);
  }

  /** The tokens of {@code area} parameters that denote nothing on the level (for a notice). */
  public static List<String> unknown(
      GeographyPack pack,
      MappingVersion version,
      int year,
      Map<String, List<String>> parameters,
      String level) {
    return parameters.getOrDefault(AREA, List.of()).stream()
        .filter(t -> resolve(pack, version, year, level, t).isEmpty())
        .toList();
  }

  /** The codes an {@code area} token denotes on a level: one area, a parent's areas, or none. */
  static List<String> resolve(
      GeographyPack pack, MappingVersion version, int year, String level, String token) {
    Optional<Area> area = pack.findArea(level, token).filter(a -> a.level().equals(level));
    if (area.isPresent()) {
      return List.of(area.get().code());
    }
    String parentLevel = pack.level(level).map(AreaLevel::parent).orElse(null);
    if (parentLevel == null) {
      return List.of();
    }
    return pack.findArea(parentLevel, token)
        .filter(p -> p.level().equals(parentLevel))
        .map(p -> children(pack, version, year, level, p.code()))
        .orElse(List.of());
  }

  /** The areas of {@code level} inside the parent area {@code parentCode} in the year. */
  public static List<String> children(
      GeographyPack pack, MappingVersion version, int year, String level, String parentCode) {
    List<String> out = new ArrayList<>();
    for (Area a : pack.areasIn(version, level, year)) {
      pack.parent(version, level, a.code(), year)
          .filter(p -> p.code().equals(parentCode))
          .ifPresent(p -> out.add(a.code()));
    }
    return out;
  }

  /** The URL parameters: {@code level} and one {@code area} per selected area. */
  public Map<String, List<String>> toParameters(GeographyPack pack) {
    boolean names = pack.level(level).map(AreaLevel::nameInUrl).orElse(false);
    List<String> tokens = new ArrayList<>();
    for (String code : codes) {
      tokens.add(names ? pack.area(level, code).map(a -> a.name().nb()).orElse(code) : code);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put(LEVEL, List.of(level));
    if (!tokens.isEmpty()) {
      out.put(AREA, tokens);
    }
    return out;
  }

  /** The same level with another selection. */
  public AreaQuery withCodes(Set<String> selected) {
    return new AreaQuery(level, new ArrayList<>(selected));
  }
}
