package org.variatlas.app.areas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.variatlas.api.model.Coverage;
import org.variatlas.api.model.LocalizedText;

/**
 * A topic's {@link Coverage} on the geography: which areas of a level lie within it (in a year, as
 * the mapping version assigns base units), and what its reference value is called. The whole
 * country covers everything and is called by the pack's national name.
 *
 * @param coverage the coverage as the topic declares it
 * @param areas the covered areas of the coverage's level (empty for the whole country)
 */
public record CoveredAreas(Coverage coverage, List<Area> areas) {

  public CoveredAreas {
    areas = List.copyOf(areas);
  }

  /**
   * Resolves a topic's coverage on the pack.
   *
   * @throws IllegalArgumentException naming the area or level the pack does not know
   */
  public static CoveredAreas of(Coverage coverage, GeographyPack pack) {
    if (coverage == null || coverage.isEverywhere()) {
      return new CoveredAreas(Coverage.everywhere(), List.of());
    }
    if (pack.level(coverage.level()).isEmpty()) {
      throw new IllegalArgumentException(
          "coverage: the geography has no area level '"
              + coverage.level()
              + "'; it has "
              + pack.levels().stream().map(AreaLevel::id).toList());
    }
    List<Area> found = new ArrayList<>();
    for (String name : coverage.areas()) {
      Optional<Area> area = pack.findArea(coverage.level(), name);
      if (area.isEmpty() || area.get().isNational()) {
        throw new IllegalArgumentException(
            "coverage: " + pack.whyNoArea(coverage.level(), name) + " ('" + name + "')");
      }
      found.add(area.get());
    }
    return new CoveredAreas(coverage, found);
  }

  /** Whether the coverage is the whole country. */
  public boolean everywhere() {
    return areas.isEmpty();
  }

  /**
   * The codes of a level's areas within the coverage in a year; every area of the level when the
   * coverage is the whole country.
   */
  public Set<String> codes(GeographyPack pack, MappingVersion version, String level, int year) {
    Set<String> codes = new LinkedHashSet<>();
    if (everywhere()) {
      pack.areasIn(version, level, year).forEach(a -> codes.add(a.code()));
      return codes;
    }
    Set<String> covering = new LinkedHashSet<>();
    areas.forEach(a -> covering.add(a.code()));
    for (String unit : pack.baseUnits().keySet()) {
      boolean inside =
          version.areaOf(coverage.level(), unit, year).filter(covering::contains).isPresent();
      if (inside) {
        version.areaOf(level, unit, year).ifPresent(codes::add);
      }
    }
    return codes;
  }

  /** A test for area codes of a level: within the coverage (in the year). */
  public Predicate<String> filter(
      GeographyPack pack, MappingVersion version, String level, int year) {
    if (everywhere()) {
      return code -> true;
    }
    return codes(pack, version, level, year)::contains;
  }

  /**
   * The name of the reference value: the coverage's own, else the covered area's name (the areas'
   * names joined), else the pack's national name.
   */
  public LocalizedText name(GeographyPack pack) {
    if (coverage.name() != null) {
      return coverage.name();
    }
    if (everywhere()) {
      return pack.national().name();
    }
    return new LocalizedText(
        join(LocalizedText.BOKMAL), join(LocalizedText.NYNORSK), join(LocalizedText.ENGLISH));
  }

  private String join(java.util.Locale locale) {
    return String.join(", ", areas.stream().map(a -> a.name(locale)).toList());
  }
}
