package org.variatlas.app.areas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The consistency rules a whole pack must keep once its levels and versions are built. */
final class PackChecks {

  /** The years in which an area must lie in one parent area. */
  private static final int FIRST_YEAR = 1990;

  private static final int LAST_YEAR = 2035;

  private PackChecks() {}

  /** Every area code a version assigns must be an area of its level. */
  static void codesAreAreas(
      String versionId,
      Map<String, Map<String, YearRanges>> assignments,
      Map<String, List<Area>> areas,
      PackFiles files) {
    assignments.forEach(
        (levelId, units) -> {
          Set<String> known = new HashSet<>();
          areas.get(levelId).forEach(a -> known.add(a.code()));
          units.forEach(
              (unit, ranges) -> {
                for (YearRanges.Range r : ranges.ranges()) {
                  files.require(
                      known.contains(r.value()),
                      "mapping version "
                          + versionId
                          + " puts base unit "
                          + unit
                          + " in "
                          + levelId
                          + " "
                          + r.value()
                          + " (years "
                          + r.from()
                          + "-"
                          + r.to()
                          + "), which is no area of level "
                          + levelId);
                }
              });
        });
  }

  /** An area must lie in one parent area in every year (an HF in one RHF). */
  static void oneParentPerYear(
      List<AreaLevel> levels,
      Map<String, MappingVersion> versions,
      Set<String> units,
      PackFiles files) {
    for (MappingVersion v : versions.values()) {
      for (AreaLevel level : levels) {
        if (level.parent() == null) {
          continue;
        }
        for (int year : changeYears(v, level)) {
          oneParentIn(v, level, year, units, files);
        }
      }
    }
  }

  /**
   * The first checked year and every year in which a unit changes its area or its parent area:
   * between two such years nothing changes, so checking their first years checks every year.
   */
  private static SortedSet<Integer> changeYears(MappingVersion v, AreaLevel level) {
    SortedSet<Integer> years = new TreeSet<>(List.of(FIRST_YEAR));
    for (String levelId : List.of(level.id(), level.parent())) {
      Map<String, YearRanges> units = v.assignments().getOrDefault(levelId, Map.of());
      for (YearRanges ranges : units.values()) {
        for (YearRanges.Range r : ranges.ranges()) {
          years.add(r.from());
          if (r.to() < YearRanges.MAX_YEAR) {
            years.add(r.to() + 1);
          }
        }
      }
    }
    return years.subSet(FIRST_YEAR, LAST_YEAR + 1);
  }

  private static void oneParentIn(
      MappingVersion v, AreaLevel level, int year, Set<String> units, PackFiles files) {
    Map<String, String> parentOf = new HashMap<>();
    for (String unit : units) {
      String area = v.areaOf(level.id(), unit, year).orElse(null);
      String parent = v.areaOf(level.parent(), unit, year).orElse(null);
      if (area == null) {
        continue;
      }
      String before = parentOf.putIfAbsent(area, parent);
      files.require(
          before == null || Objects.equals(before, parent),
          "mapping version "
              + v.id()
              + ", "
              + year
              + ": "
              + level.id()
              + " "
              + area
              + " lies in both "
              + level.parent()
              + " "
              + before
              + " and "
              + parent
              + " (base unit "
              + unit
              + ")");
    }
  }
}
