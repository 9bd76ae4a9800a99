package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.Sex;
import org.variatlas.app.areas.MappingVersion;

/**
 * A measure's counts by base unit rolled up to the areas of a level in memory, with the mapping
 * version's assignments (a base unit counts towards an area in the years it is assigned to it): the
 * roll-up the {@code area_mapping} join did in SQL once per level, done once per measure instead.
 */
final class EventRollUp {

  private record Cell(String area, int year, Sex sex, int ageFrom, String category) {}

  private EventRollUp() {}

  /** The mapping version's assignments of base units to the areas of a level. */
  static List<MappingVersion.Assignment> assignments(MappingVersion mapping, String level) {
    return mapping.all().stream().filter(a -> a.level().equals(level)).toList();
  }

  /**
   * @param units strata whose {@link EventStratum#area()} is a base unit code
   * @param assignments the mapping version's assignments of base units to one level's areas
   */
  static List<EventStratum> rollUp(
      List<EventStratum> units, List<MappingVersion.Assignment> assignments) {
    Map<String, List<MappingVersion.Assignment>> byUnit = new HashMap<>();
    for (MappingVersion.Assignment a : assignments) {
      byUnit.computeIfAbsent(a.baseUnit(), k -> new ArrayList<>()).add(a);
    }
    Map<Cell, long[]> sums = new LinkedHashMap<>();
    for (EventStratum s : units) {
      for (MappingVersion.Assignment a : byUnit.getOrDefault(s.area(), List.of())) {
        if (s.year() >= a.fromYear() && s.year() <= a.toYear()) {
          long[] sum =
              sums.computeIfAbsent(
                  new Cell(a.area(), s.year(), s.sex(), s.ageFrom(), s.category()),
                  k -> new long[1]);
          sum[0] = Math.addExact(sum[0], s.count());
        }
      }
    }
    List<EventStratum> out = new ArrayList<>(sums.size());
    sums.forEach(
        (c, n) ->
            out.add(
                new EventStratum(c.area(), c.year(), c.sex(), c.ageFrom(), c.category(), n[0])));
    return out;
  }
}
