package org.variatlas.api;

import java.util.List;
import java.util.Optional;
import org.variatlas.api.model.AreaRef;

/** A read-only view of the installed geography pack, for loaders. */
public interface Geography {

  /** The area levels of the pack, e.g. {@code kommune, bydel, fylke, hf, hf19, rhf, national}. */
  List<String> levels();

  /** The areas of a level valid in a year, in the pack's display order. */
  List<AreaRef> areas(String level, int year);

  /**
   * Finds an area by the name a source uses. Matching ignores case, punctuation and spacing and
   * knows the aliases the pack declares ({@code Ahus} = Akershus, {@code St. Olavs} = St. Olav,
   * {@code Noreg}/{@code Norway} = the national total, ...). Returns empty when nothing matches;
   * the loader should then report the name as a problem rather than skip it silently.
   */
  Optional<AreaRef> findArea(String level, String name);

  /** The area of {@code level} that contains a base unit in a year, or empty if none. */
  Optional<AreaRef> areaOf(String level, String baseUnit, int year);

  /** Whether {@code code} is a base unit (kommune or bydel) of the pack. */
  boolean isBaseUnit(String code);
}
