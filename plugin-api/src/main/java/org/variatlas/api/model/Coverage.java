package org.variatlas.api.model;

import java.util.List;

/**
 * The areas a topic has data for: the whole country ({@link #everywhere()}), or some areas of one
 * level, e.g. one health region ({@code Coverage.of("rhf", "Helse Nord")}). The platform shows and
 * compares only the areas that lie within them: the reference value (otherwise the national one),
 * the comparisons with it, the funnel and the variation statistics are computed over the covered
 * areas and labelled with the coverage's name.
 *
 * <p>The platform checks the areas against its geography when the plugin starts and refuses the
 * plugin, with the reason, when one is unknown.
 *
 * @param level the level of the areas, or null for the whole country
 * @param areas the areas, by code or by name as the geography knows them (aliases included)
 * @param name the label of the reference value, or null for the area's own name (one area) or the
 *     names joined (several)
 * @since 1.1.0
 */
public record Coverage(String level, List<String> areas, LocalizedText name) {

  public Coverage {
    areas = areas == null ? List.of() : List.copyOf(areas);
    if ((level == null) != areas.isEmpty()) {
      throw new IllegalArgumentException("a coverage names a level and its areas, or neither");
    }
  }

  /** The whole country: the default. */
  public static Coverage everywhere() {
    return new Coverage(null, List.of(), null);
  }

  /** Areas of one level, by code or name, e.g. {@code Coverage.of("rhf", "Helse Nord")}. */
  public static Coverage of(String level, String... areas) {
    return new Coverage(level, List.of(areas), null);
  }

  /** This coverage with another label for its reference value. */
  public Coverage named(LocalizedText name) {
    return new Coverage(level, areas, name);
  }

  /** Whether it is the whole country. */
  public boolean isEverywhere() {
    return level == null;
  }
}
