package org.variatlas.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.variatlas.app.areas.MappingVersion;

/**
 * The attacker's unknowns: per year, the groups of base units every level of the indicator treats
 * alike, split by category part.
 */
final class AttackAtoms {
  private final int slots;
  private final List<Map<Integer, Map<String, List<Integer>>>> index = new ArrayList<>();
  private int count;

  AttackAtoms(MappingVersion mapping, List<String> levels, int first, int last, int slots) {
    this.slots = slots;
    levels.forEach(l -> index.add(new HashMap<>()));
    Map<String, Integer> byKey = new HashMap<>();
    for (int year = first; year <= last; year++) {
      for (String unit : units(mapping, levels)) {
        List<String> signature = new ArrayList<>();
        for (String level : levels) {
          signature.add(mapping.areaOf(level, unit, year).orElse(null));
        }
        if (signature.stream().allMatch(Objects::isNull)) {
          continue;
        }
        String key = year + "|" + signature;
        if (byKey.containsKey(key)) {
          continue;
        }
        int atom = count++;
        byKey.put(key, atom);
        index(atom, year, signature);
      }
    }
  }

  /** Files the atom under its area of each level (and under null: the level's whole). */
  private void index(int atom, int year, List<String> signature) {
    for (int l = 0; l < signature.size(); l++) {
      if (signature.get(l) != null) {
        Map<String, List<Integer>> areas = index.get(l).computeIfAbsent(year, k -> new HashMap<>());
        areas.computeIfAbsent(signature.get(l), k -> new ArrayList<>()).add(atom);
        areas.computeIfAbsent(null, k -> new ArrayList<>()).add(atom);
      }
    }
  }

  private static Set<String> units(MappingVersion mapping, List<String> levels) {
    Set<String> units = new TreeSet<>();
    for (MappingVersion.Assignment a : mapping.all()) {
      if (levels.contains(a.level())) {
        units.add(a.baseUnit());
      }
    }
    return units;
  }

  int count() {
    return count * slots;
  }

  int[] of(int level, String area, int from, int to, int slot) {
    List<Integer> out = new ArrayList<>();
    for (int year = from; year <= to; year++) {
      for (int atom :
          index
              .get(level)
              .getOrDefault(year, Collections.emptyMap())
              .getOrDefault(area, List.of())) {
        for (int s = 0; s < slots; s++) {
          if (slot < 0 || s == slot) {
            out.add(atom * slots + s);
          }
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
