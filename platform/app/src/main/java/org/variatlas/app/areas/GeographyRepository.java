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
    List<Query> queries = new ArrayList<>();
    for (BaseUnit u : pack.baseUnits().values()) {
      queries.add(
          db.insertInto(BASE_UNIT)
              .set(BASE_UNIT.CODE, u.code())
              .set(BASE_UNIT.KIND, u.kind().name())
              .set(BASE_UNIT.KOMMUNE, u.kommune())
              .set(BASE_UNIT.NAME, u.name())
              .onConflict(BASE_UNIT.CODE)
              .doUpdate()
              .set(BASE_UNIT.KIND, u.kind().name())
              .set(BASE_UNIT.KOMMUNE, u.kommune())
              .set(BASE_UNIT.NAME, u.name())
              .setNull(BASE_UNIT.GEOMETRY));
    }
    int order = 0;
    for (AreaLevel l : pack.levels()) {
      queries.add(
          db.insertInto(AREA_LEVEL)
              .set(AREA_LEVEL.ID, l.id())
              .set(AREA_LEVEL.PARENT, l.parent())
              .set(AREA_LEVEL.SORT_ORDER, order)
              .onConflict(AREA_LEVEL.ID)
              .doUpdate()
              .set(AREA_LEVEL.PARENT, l.parent())
              .set(AREA_LEVEL.SORT_ORDER, order));
      order++;
      for (Area a : pack.areas(l.id())) {
        queries.add(
            db.insertInto(AREA)
                .set(AREA.LEVEL, a.level())
                .set(AREA.CODE, a.code())
                .set(AREA.NAME_NB, a.name().get(LocalizedText.BOKMAL))
                .set(AREA.NAME_NN, a.name().get(LocalizedText.NYNORSK))
                .set(AREA.NAME_EN, a.name().get(LocalizedText.ENGLISH))
                .set(AREA.SORT_ORDER, a.order())
                .onConflict(AREA.LEVEL, AREA.CODE)
                .doUpdate()
                .set(AREA.NAME_NB, a.name().get(LocalizedText.BOKMAL))
                .set(AREA.NAME_NN, a.name().get(LocalizedText.NYNORSK))
                .set(AREA.NAME_EN, a.name().get(LocalizedText.ENGLISH))
                .set(AREA.SORT_ORDER, a.order()));
      }
    }
    db.batch(queries).execute();
    db.deleteFrom(AREA_MAPPING).execute();
    for (MappingVersion v : pack.versions()) {
      db.insertInto(MAPPING_VERSION)
          .set(MAPPING_VERSION.ID, v.id())
          .set(MAPPING_VERSION.TITLE_NB, v.title().get(LocalizedText.BOKMAL))
          .set(MAPPING_VERSION.TITLE_NN, v.title().get(LocalizedText.NYNORSK))
          .set(MAPPING_VERSION.TITLE_EN, v.title().get(LocalizedText.ENGLISH))
          .set(MAPPING_VERSION.IS_DEFAULT, v.id().equals(pack.defaultVersion().id()))
          .onConflict(MAPPING_VERSION.ID)
          .doUpdate()
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
    for (AreaLevel l : pack.levels()) {
      db.deleteFrom(AREA)
          .where(AREA.LEVEL.eq(l.id()))
          .and(AREA.CODE.notIn(pack.areas(l.id()).stream().map(Area::code).toList()))
          .execute();
    }
    db.deleteFrom(AREA)
        .where(AREA.LEVEL.notIn(pack.levels().stream().map(AreaLevel::id).toList()))
        .execute();
    db.deleteFrom(AREA_LEVEL)
        .where(AREA_LEVEL.ID.notIn(pack.levels().stream().map(AreaLevel::id).toList()))
        .execute();
    db.deleteFrom(BASE_UNIT).where(BASE_UNIT.CODE.notIn(pack.baseUnits().keySet())).execute();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    db.insertInto(GEO_PACK)
        .set(GEO_PACK.ID, pack.id())
        .set(GEO_PACK.FINGERPRINT, fingerprint)
        .set(GEO_PACK.DEFAULT_MAPPING, pack.defaultVersion().id())
        .set(GEO_PACK.SYNCED_AT, now)
        .onConflict(GEO_PACK.ID)
        .doUpdate()
        .set(GEO_PACK.FINGERPRINT, fingerprint)
        .set(GEO_PACK.DEFAULT_MAPPING, pack.defaultVersion().id())
        .set(GEO_PACK.SYNCED_AT, now)
        .execute();
    return true;
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
