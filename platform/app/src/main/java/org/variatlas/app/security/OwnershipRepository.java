package org.variatlas.app.security;

import static org.variatlas.app.db.Tables.ORGANISATION;
import static org.variatlas.app.db.Tables.PLUGIN_OWNER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.variatlas.app.database.Upsert;

/** The {@code organisation} and {@code plugin_owner} tables. */
@Repository
public class OwnershipRepository {

  /** A partner organisation. */
  public record Organisation(String id, String name) {}

  private final DSLContext db;

  public OwnershipRepository(DSLContext db) {
    this.db = db;
  }

  public List<Organisation> organisations() {
    return db.select(ORGANISATION.ID, ORGANISATION.NAME)
        .from(ORGANISATION)
        .orderBy(ORGANISATION.NAME)
        .fetch(r -> new Organisation(r.value1(), r.value2()));
  }

  public Optional<Organisation> organisation(String id) {
    return db.select(ORGANISATION.ID, ORGANISATION.NAME)
        .from(ORGANISATION)
        .where(ORGANISATION.ID.eq(id))
        .fetchOptional(r -> new Organisation(r.value1(), r.value2()));
  }

  public void addOrganisation(String id, String name) {
    Upsert.into(db, ORGANISATION).key(ORGANISATION.ID, id).set(ORGANISATION.NAME, name).execute();
  }

  /** The owning organisation of a plugin, if one was set. */
  public Optional<String> owner(String pluginId) {
    return db.select(PLUGIN_OWNER.ORGANISATION)
        .from(PLUGIN_OWNER)
        .where(PLUGIN_OWNER.PLUGIN_ID.eq(pluginId))
        .fetchOptional(PLUGIN_OWNER.ORGANISATION);
  }

  /** Every plugin with an owner: plugin id to organisation id. */
  public Map<String, String> owners() {
    return db.select(PLUGIN_OWNER.PLUGIN_ID, PLUGIN_OWNER.ORGANISATION)
        .from(PLUGIN_OWNER)
        .fetchMap(PLUGIN_OWNER.PLUGIN_ID, PLUGIN_OWNER.ORGANISATION);
  }

  /** Sets (or, with null, removes) the owner of a plugin. */
  public void setOwner(String pluginId, String organisation) {
    if (organisation == null) {
      db.deleteFrom(PLUGIN_OWNER).where(PLUGIN_OWNER.PLUGIN_ID.eq(pluginId)).execute();
      return;
    }
    Upsert.into(db, PLUGIN_OWNER)
        .key(PLUGIN_OWNER.PLUGIN_ID, pluginId)
        .set(PLUGIN_OWNER.ORGANISATION, organisation)
        .set(PLUGIN_OWNER.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .execute();
  }
}
