package org.variatlas.sdk.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.variatlas.api.Geography;
import org.variatlas.api.model.AreaRef;

/**
 * A small geography for tests: areas by level with their names and aliases, and base units mapped
 * to areas (the same in every year). Name matching ignores case, spaces and punctuation, like the
 * platform's; a national area matches from every level.
 *
 * <pre>{@code
 * InMemoryGeography geography = new InMemoryGeography()
 *     .national("Norge", "Noreg", "Norway")
 *     .area("hf", "7", "St. Olav", "St. Olavs")
 *     .baseUnit("5001", "hf", "7");
 * }</pre>
 */
public final class InMemoryGeography implements Geography {

  private final Map<String, List<AreaRef>> areas = new LinkedHashMap<>();
  private final Map<String, AreaRef> byName = new HashMap<>();
  private final Map<String, Map<String, AreaRef>> baseUnits = new HashMap<>();
  private AreaRef national;
  private final List<String> nationalNames = new ArrayList<>();

  /** Declares the national area and the names sources use for it. */
  public InMemoryGeography national(String name, String... aliases) {
    national = new AreaRef(AreaRef.NATIONAL_LEVEL, AreaRef.NATIONAL_CODE, name);
    nationalNames.add(key(name));
    for (String alias : aliases) {
      nationalNames.add(key(alias));
    }
    return this;
  }

  /** Declares an area of a level with its name and aliases. */
  public InMemoryGeography area(String level, String code, String name, String... aliases) {
    AreaRef area = new AreaRef(level, code, name);
    areas.computeIfAbsent(level, k -> new ArrayList<>()).add(area);
    byName.put(level + "/" + key(name), area);
    for (String alias : aliases) {
      byName.put(level + "/" + key(alias), area);
    }
    return this;
  }

  /** Puts a base unit into an area of a level (declared before with {@link #area}). */
  public InMemoryGeography baseUnit(String baseUnit, String level, String areaCode) {
    AreaRef area =
        areas.getOrDefault(level, List.of()).stream()
            .filter(a -> a.code().equals(areaCode))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no area " + level + "/" + areaCode));
    baseUnits.computeIfAbsent(baseUnit, k -> new HashMap<>()).put(level, area);
    return this;
  }

  /**
   * Declares one area per name on a level, each with one base unit of its own (codes {@code 9001},
   * {@code 9002}, ... in the order given), e.g. the areas a published file names.
   */
  public InMemoryGeography areasWithOwnBaseUnit(String level, Iterable<String> names) {
    int i = baseUnits.size();
    for (String name : names) {
      String code = Integer.toString(++i);
      area(level, code, name);
      baseUnit(String.format("%04d", 9000 + i), level, code);
    }
    return this;
  }

  /** The base unit of an area declared with {@link #areasWithOwnBaseUnit}, by the area's name. */
  public String baseUnitOf(String level, String areaName) {
    AreaRef area =
        findArea(level, areaName)
            .orElseThrow(() -> new IllegalArgumentException("no area " + level + "/" + areaName));
    return baseUnits.entrySet().stream()
        .filter(e -> area.equals(e.getValue().get(level)))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("area " + areaName + " has no base unit"));
  }

  /** The base units declared so far. */
  public List<String> baseUnits() {
    return List.copyOf(new java.util.TreeSet<>(baseUnits.keySet()));
  }

  @Override
  public List<String> levels() {
    return List.copyOf(areas.keySet());
  }

  @Override
  public List<AreaRef> areas(String level, int year) {
    return List.copyOf(areas.getOrDefault(level, List.of()));
  }

  @Override
  public Optional<AreaRef> findArea(String level, String name) {
    String key = key(name);
    if (national != null && nationalNames.contains(key)) {
      return Optional.of(national);
    }
    return Optional.ofNullable(byName.get(level + "/" + key));
  }

  @Override
  public Optional<AreaRef> areaOf(String level, String baseUnit, int year) {
    return Optional.ofNullable(baseUnits.getOrDefault(baseUnit, Map.of()).get(level));
  }

  @Override
  public boolean isBaseUnit(String code) {
    return baseUnits.containsKey(code);
  }

  private static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return s.replaceAll("[\\s\\p{Punct}]", "");
  }
}
