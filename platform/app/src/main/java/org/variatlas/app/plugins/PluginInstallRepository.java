package org.variatlas.app.plugins;

import static org.variatlas.app.db.Tables.PLUGIN_INSTALL;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The {@code plugin_install} table: installed plugins, their jars and publication. */
@Repository
public class PluginInstallRepository {

  private final DSLContext db;

  public PluginInstallRepository(DSLContext db) {
    this.db = db;
  }

  public List<PluginInstall> all() {
    return db.select(
            PLUGIN_INSTALL.PLUGIN_ID,
            PLUGIN_INSTALL.VERSION,
            PLUGIN_INSTALL.FILE_NAME,
            PLUGIN_INSTALL.SHA256,
            PLUGIN_INSTALL.JAR.isNotNull().as("uploaded"),
            PLUGIN_INSTALL.ENABLED,
            PLUGIN_INSTALL.PUBLISHED,
            PLUGIN_INSTALL.INSTALLED_BY,
            PLUGIN_INSTALL.INSTALLED_AT,
            PLUGIN_INSTALL.CHANGED_AT)
        .from(PLUGIN_INSTALL)
        .orderBy(PLUGIN_INSTALL.PLUGIN_ID)
        .fetch(PluginInstallRepository::install);
  }

  public Optional<PluginInstall> find(String pluginId) {
    return all().stream().filter(p -> p.pluginId().equals(pluginId)).findFirst();
  }

  /** The stored jar of an uploaded plugin (none for a jar the operator placed). */
  public Optional<byte[]> jar(String pluginId) {
    return db.select(PLUGIN_INSTALL.JAR)
        .from(PLUGIN_INSTALL)
        .where(PLUGIN_INSTALL.PLUGIN_ID.eq(pluginId))
        .and(PLUGIN_INSTALL.JAR.isNotNull())
        .fetchOptional(PLUGIN_INSTALL.JAR);
  }

  /** Ids of the plugins editors disabled. */
  public Set<String> disabledIds() {
    return db.select(PLUGIN_INSTALL.PLUGIN_ID)
        .from(PLUGIN_INSTALL)
        .where(PLUGIN_INSTALL.ENABLED.isFalse())
        .fetchSet(PLUGIN_INSTALL.PLUGIN_ID);
  }

  /** Ids of the plugins that are drafts. */
  public Set<String> draftIds() {
    return db.select(PLUGIN_INSTALL.PLUGIN_ID)
        .from(PLUGIN_INSTALL)
        .where(PLUGIN_INSTALL.PUBLISHED.isFalse())
        .fetchSet(PLUGIN_INSTALL.PLUGIN_ID);
  }

  /**
   * Records the plugins the operator placed in the plugins directory that the database does not
   * know yet: published, as before plugins had a publication state.
   */
  public void recordPlacedByOperator(List<PluginStatus> started) {
    Set<String> known =
        all().stream().map(PluginInstall::pluginId).collect(Collectors.toUnmodifiableSet());
    OffsetDateTime now = now();
    for (PluginStatus p : started) {
      if (!known.contains(p.id()) && p.version() != null && p.file() != null) {
        db.insertInto(PLUGIN_INSTALL)
            .set(PLUGIN_INSTALL.PLUGIN_ID, p.id())
            .set(PLUGIN_INSTALL.VERSION, p.version())
            .set(PLUGIN_INSTALL.FILE_NAME, p.file())
            .set(PLUGIN_INSTALL.PUBLISHED, true)
            .set(PLUGIN_INSTALL.INSTALLED_AT, now)
            .set(PLUGIN_INSTALL.CHANGED_AT, now)
            .onConflictDoNothing()
            .execute();
      }
    }
  }

  /** Records an uploaded plugin as a draft, with its jar. */
  public void insertDraft(
      String pluginId, String version, String fileName, String sha256, byte[] jar, String by) {
    OffsetDateTime now = now();
    db.insertInto(PLUGIN_INSTALL)
        .set(PLUGIN_INSTALL.PLUGIN_ID, pluginId)
        .set(PLUGIN_INSTALL.VERSION, version)
        .set(PLUGIN_INSTALL.FILE_NAME, fileName)
        .set(PLUGIN_INSTALL.SHA256, sha256)
        .set(PLUGIN_INSTALL.JAR, jar)
        .set(PLUGIN_INSTALL.PUBLISHED, false)
        .set(PLUGIN_INSTALL.INSTALLED_BY, by)
        .set(PLUGIN_INSTALL.INSTALLED_AT, now)
        .set(PLUGIN_INSTALL.CHANGED_AT, now)
        .execute();
  }

  public boolean setPublished(String pluginId, boolean published) {
    return db.update(PLUGIN_INSTALL)
            .set(PLUGIN_INSTALL.PUBLISHED, published)
            .set(PLUGIN_INSTALL.CHANGED_AT, now())
            .where(PLUGIN_INSTALL.PLUGIN_ID.eq(pluginId))
            .execute()
        > 0;
  }

  /** Records that another version of a plugin serves now (published: a swap, or a restore). */
  public void setVersion(
      String pluginId, String version, String fileName, String sha256, byte[] jar) {
    db.update(PLUGIN_INSTALL)
        .set(PLUGIN_INSTALL.VERSION, version)
        .set(PLUGIN_INSTALL.FILE_NAME, fileName)
        .set(PLUGIN_INSTALL.SHA256, sha256)
        .set(PLUGIN_INSTALL.JAR, jar)
        .set(PLUGIN_INSTALL.CHANGED_AT, now())
        .where(PLUGIN_INSTALL.PLUGIN_ID.eq(pluginId))
        .execute();
  }

  public boolean setEnabled(String pluginId, boolean enabled) {
    return db.update(PLUGIN_INSTALL)
            .set(PLUGIN_INSTALL.ENABLED, enabled)
            .set(PLUGIN_INSTALL.CHANGED_AT, now())
            .where(PLUGIN_INSTALL.PLUGIN_ID.eq(pluginId))
            .execute()
        > 0;
  }

  public void delete(String pluginId) {
    db.deleteFrom(PLUGIN_INSTALL).where(PLUGIN_INSTALL.PLUGIN_ID.eq(pluginId)).execute();
  }

  private static PluginInstall install(Record r) {
    return new PluginInstall(
        r.get(PLUGIN_INSTALL.PLUGIN_ID),
        r.get(PLUGIN_INSTALL.VERSION),
        r.get(PLUGIN_INSTALL.FILE_NAME),
        r.get(PLUGIN_INSTALL.SHA256),
        Boolean.TRUE.equals(r.get("uploaded", Boolean.class)),
        r.get(PLUGIN_INSTALL.ENABLED),
        r.get(PLUGIN_INSTALL.PUBLISHED),
        r.get(PLUGIN_INSTALL.INSTALLED_BY),
        r.get(PLUGIN_INSTALL.INSTALLED_AT),
        r.get(PLUGIN_INSTALL.CHANGED_AT));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
