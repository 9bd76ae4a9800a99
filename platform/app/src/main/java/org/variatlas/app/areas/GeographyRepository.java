package org.variatlas.app.areas;

import static org.variatlas.app.db.Tables.AREA;
import static org.variatlas.app.db.Tables.AREA_LEVEL;
import static org.variatlas.app.db.Tables.AREA_MAPPING;
import static org.variatlas.app.db.Tables.BASE_UNIT;
import static org.variatlas.app.db.Tables.GEO_PACK;
import static org.variatlas.app.db.Tables.MAPPING_VERSION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.app.database.Upsert;

/**
 * The pack's tables ({@code base_unit}, {@code area_level}, {@code area}, {@code mapping_version},
 * {@code area_mapping}): written when the pack's fingerprint changes, so that SQL roll-ups join
 * counts and population to areas. Also caches the base units' coverage polygons (WKB) for the
 * pack's fingerprint.
 */
@Repository
public class GeographyRepository {

  private final DSLContext db;

  public GeographyRepository(DSLContext db) {
    this.db = db;
  }

  /** The fingerprint the tables were last written for, or null. */
  public String syncedFingerprint(String packId) {
    return db.select(GEO_PACK.FINGERPRINT)
        .from(GEO_PACK)
        .where(GEO_PACK.ID.eq(packId))
        .fetchOne(GEO_PACK.FINGERPRINT);
  }

  /**
   * Writes the pack's tables, unless they already hold this fingerprint. Base units and areas are
   * upserted and the ones the pack no longer has deleted (which fails if data still refer to them:
   * a pack must not silently orphan loaded counts).
   *
   * @return whether anything was written
   */
  @Transactional
  public boolean sync(GeographyPack pack, String fingerprint) {
    if (fingerprint.equals(syncedFingerprint(pack.id()))) {
      return false;
    }
    upsertUnitsAndAreas(pack);
    replaceMappings(pack);
    deleteWhatThePackNoLongerHas(pack);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Upsert.into(db, GEO_PACK)
        .key(GEO_PACK.ID, pack.id())
        .set(GEO_PACK.FINGERPRINT, fingerprint)
        .set(GEO_PACK.DEFAULT_MAPPING, pack.defaultVersion().id())
        .set(GEO_PACK.SYNCED_AT, now)
        .execute();
    return true;
  }

  /** Base units, levels and areas, in one batch; a base unit's cached polygon is dropped. */
  private void upsertUnitsAndAreas(GeographyPack pack) {
    List<Query> queries = new ArrayList<>();
    for (BaseUnit u : pack.baseUnits().values()) {
      queries.add(
          Upsert.into(db, BASE_UNIT)
              .key(BASE_UNIT.CODE, u.code())
              .set(BASE_UNIT.KIND, u.kind().name())
              .set(BASE_UNIT.KOMMUNE, u.kommune())
              .set(BASE_UNIT.NAME, u.name())
              .set(BASE_UNIT.GEOMETRY, null)
              .query());
    }
    int order = 0;
    for (AreaLevel l : pack.levels()) {
      queries.add(
          Upsert.into(db, AREA_LEVEL)
              .key(AREA_LEVEL.ID, l.id())
              .set(AREA_LEVEL.PARENT, l.parent())
              .set(AREA_LEVEL.SORT_ORDER, order++)
              .query());
      for (Area a : pack.areas(l.id())) {
        queries.add(
            Upsert.into(db, AREA)
                .key(AREA.LEVEL, a.level())
                .key(AREA.CODE, a.code())
                .set(AREA.NAME_NB, a.name().get(LocalizedText.BOKMAL))
                .set(AREA.NAME_NN, a.name().get(LocalizedText.NYNORSK))
                .set(AREA.NAME_EN, a.name().get(LocalizedText.ENGLISH))
                .set(AREA.SORT_ORDER, a.order())
                .query());
      }
    }
    db.batch(queries).execute();
  }

  /** The mapping versions and every assignment of a base unit to an area, written afresh. */
  private void replaceMappings(GeographyPack pack) {
    db.deleteFrom(AREA_MAPPING).execute();
    for (MappingVersion v : pack.versions()) {
      Upsert.into(db, MAPPING_VERSION)
          .key(MAPPING_VERSION.ID, v.id())
          .set(MAPPING_VERSION.TITLE_NB, v.title().get(LocalizedText.BOKMAL))
          .set(MAPPING_VERSION.TITLE_NN, v.title().get(LocalizedText.NYNORSK))
          .set(MAPPING_VERSION.TITLE_EN, v.title().get(LocalizedText.ENGLISH))
          .set(MAPPING_VERSION.IS_DEFAULT, v.id().equals(pack.defaultVersion().id()))
          .execute();
      var insert =
          db.insertInto(
              AREA_MAPPING,
              AREA_MAPPING.MAPPING,
              AREA_MAPPING.LEVEL,
              AREA_MAPPING.BASE_UNIT,
              AREA_MAPPING.AREA_CODE,
              AREA_MAPPING.VALID_FROM,
              AREA_MAPPING.VALID_TO);
      for (MappingVersion.Assignment a : v.all()) {
        insert = insert.values(v.id(), a.level(), a.baseUnit(), a.area(), a.fromYear(), a.toYear());
      }
      insert.execute();
    }
    db.deleteFrom(MAPPING_VERSION)
        .where(MAPPING_VERSION.ID.notIn(pack.versions().stream().map(MappingVersion::id).toList()))
        .execute();
  }

  /** Fails (foreign keys) if loaded data still refer to a removed base unit or area. */
  private void deleteWhatThePackNoLongerHas(GeographyPack pack) {
    List<String> levels = pack.levels().stream().map(AreaLevel::id).toList();
    for (String level : levels) {
      db.deleteFrom(AREA)
          .where(AREA.LEVEL.eq(level))
          .and(AREA.CODE.notIn(pack.areas(level).stream().map(Area::code).toList()))
          .execute();
    }
    db.deleteFrom(AREA).where(AREA.LEVEL.notIn(levels)).execute();
    db.deleteFrom(AREA_LEVEL).where(AREA_LEVEL.ID.notIn(levels)).execute();
    db.deleteFrom(BASE_UNIT).where(BASE_UNIT.CODE.notIn(pack.baseUnits().keySet())).execute();
  }

  /** The cached coverage polygons (WKB) by base unit; empty when not cached for this pack. */
  public Map<String, byte[]> coverage() {
    Map<String, byte[]> out = new HashMap<>();
    db.select(BASE_UNIT.CODE, BASE_UNIT.GEOMETRY)
        .from(BASE_UNIT)
        .where(BASE_UNIT.GEOMETRY.isNotNull())
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** Caches the coverage polygons (WKB) of the base units. */
  @Transactional
  public void storeCoverage(Map<String, byte[]> wkbByUnit) {
    List<Query> updates = new ArrayList<>();
    wkbByUnit.forEach(
        (code, wkb) ->
            updates.add(
                db.update(BASE_UNIT).set(BASE_UNIT.GEOMETRY, wkb).where(BASE_UNIT.CODE.eq(code))));
    db.batch(updates).execute();
  }
}
