package org.variatlas.app.lifecycle;

import static org.variatlas.app.db.Tables.PLUGIN_VERSION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.variatlas.app.database.Upsert;

/**
 * The {@code plugin_version} table: per plugin, the version staged beside the public one and the
 * version the public one replaced (for a restore), with their jars.
 */
@Repository
class PluginVersionRepository {

  static final String STAGED = "staged";
  static final String PREVIOUS = "previous";

  /** One kept version (without its jar). */
  record KeptVersion(
      String pluginId,
      String slot,
      String version,
      String fileName,
      String stagedBy,
      OffsetDateTime stagedAt) {}

  private final DSLContext db;

  PluginVersionRepository(DSLContext db) {
    this.db = db;
  }

  List<KeptVersion> all() {
    return db.select(
            PLUGIN_VERSION.PLUGIN_ID,
            PLUGIN_VERSION.SLOT,
            PLUGIN_VERSION.VERSION,
            PLUGIN_VERSION.FILE_NAME,
            PLUGIN_VERSION.STAGED_BY,
            PLUGIN_VERSION.STAGED_AT)
        .from(PLUGIN_VERSION)
        .orderBy(PLUGIN_VERSION.PLUGIN_ID, PLUGIN_VERSION.SLOT)
        .fetch(
            r ->
                new KeptVersion(
                    r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
  }

  Optional<KeptVersion> find(String pluginId, String slot) {
    return all().stream()
        .filter(v -> v.pluginId().equals(pluginId) && v.slot().equals(slot))
        .findFirst();
  }

  Optional<byte[]> jar(String pluginId, String slot) {
    return db.select(PLUGIN_VERSION.JAR)
        .from(PLUGIN_VERSION)
        .where(PLUGIN_VERSION.PLUGIN_ID.eq(pluginId))
        .and(PLUGIN_VERSION.SLOT.eq(slot))
        .fetchOptional(PLUGIN_VERSION.JAR);
  }

  /** Keeps a version in a slot, replacing what the slot held. */
  void put(
      String pluginId,
      String slot,
      String version,
      String fileName,
      String sha256,
      byte[] jar,
      String by) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Upsert.into(db, PLUGIN_VERSION)
        .key(PLUGIN_VERSION.PLUGIN_ID, pluginId)
        .key(PLUGIN_VERSION.SLOT, slot)
        .set(PLUGIN_VERSION.VERSION, version)
        .set(PLUGIN_VERSION.FILE_NAME, fileName)
        .set(PLUGIN_VERSION.SHA256, sha256)
        .set(PLUGIN_VERSION.JAR, jar)
        .set(PLUGIN_VERSION.STAGED_BY, by)
        .set(PLUGIN_VERSION.STAGED_AT, now)
        .execute();
  }

  void delete(String pluginId, String slot) {
    db.deleteFrom(PLUGIN_VERSION)
        .where(PLUGIN_VERSION.PLUGIN_ID.eq(pluginId))
        .and(PLUGIN_VERSION.SLOT.eq(slot))
        .execute();
  }
}
