package org.variatlas.app.areas;

import java.util.List;
import java.util.Optional;
import org.variatlas.api.Geography;
import org.variatlas.api.model.AreaRef;

/**
 * The {@link Geography} plugins see: the pack under one mapping version. Names match as {@link
 * GeographyPack#findArea} describes; the national total is found in every level.
 */
public final class PackGeography implements Geography {

  private final GeographyPack pack;
  private final MappingVersion version;

  public PackGeography(GeographyPack pack, MappingVersion version) {
    this.pack = pack;
    this.version = version;
  }

  /** The mapping version areas are looked up in. */
  public MappingVersion version() {
    return version;
  }

  @Override
  public List<String> levels() {
    return pack.levels().stream().map(AreaLevel::id).toList();
  }

  @Override
  public List<AreaRef> areas(String level, int year) {
    return pack.areasIn(version, level, year).stream().map(Area::ref).toList();
  }

  @Override
  public Optional<AreaRef> findArea(String level, String name) {
    return pack.findArea(level, name).map(Area::ref);
  }

  @Override
  public Optional<AreaRef> areaOf(String level, String baseUnit, int year) {
    return version
        .areaOf(level, baseUnit, year)
        .flatMap(code -> pack.area(level, code))
        .map(Area::ref);
  }

  @Override
  public boolean isBaseUnit(String code) {
    return pack.baseUnits().containsKey(code);
  }
}
