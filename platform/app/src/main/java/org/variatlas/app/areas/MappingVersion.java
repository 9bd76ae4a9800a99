package org.variatlas.app.areas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.variatlas.api.model.LocalizedText;

/**
 * One way of assigning base units to areas, per level and year: e.g. {@code by-year} (the year
 * picks the area) or {@code skde-2024-03-15} (one SKDE table for every year).
 *
 * @param id e.g. {@code by-year}
 * @param title short label for a chooser
 * @param description what it is and where it comes from
 * @param assignments level -> base unit -> area code by year
 */
public record MappingVersion(
    String id,
    LocalizedText title,
    LocalizedText description,
    Map<String, Map<String, YearRanges>> assignments) {

  /** One stretch of years in which a base unit belongs to an area. */
  public record Assignment(String level, String baseUnit, String area, int fromYear, int toYear) {}

  /** The area code of {@code level} containing the unit in a year. */
  public Optional<String> areaOf(String level, String baseUnit, int year) {
    Map<String, YearRanges> units = assignments.get(level);
    YearRanges ranges = units == null ? null : units.get(baseUnit);
    return ranges == null ? Optional.empty() : Optional.ofNullable(ranges.get(year));
  }

  /** Every assignment of the version, for the database's mapping table. */
  public List<Assignment> all() {
    return assignments.entrySet().stream()
        .flatMap(
            level ->
                level.getValue().entrySet().stream()
                    .flatMap(
                        unit ->
                            unit.getValue().ranges().stream()
                                .map(
                                    r ->
                                        new Assignment(
                                            level.getKey(),
                                            unit.getKey(),
                                            r.value(),
                                            r.from(),
                                            r.to()))))
        .toList();
  }
}
