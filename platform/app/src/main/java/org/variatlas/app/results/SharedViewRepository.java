package org.variatlas.app.results;

import static org.variatlas.app.db.Tables.SHARED_VIEW;
import static org.variatlas.app.db.Tables.SHARED_VIEW_SALT;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The {@code shared_view} and {@code shared_view_salt} tables: {@link SharedViews} in the database.
 */
@Repository
class SharedViewRepository {

  private final DSLContext db;

  SharedViewRepository(DSLContext db) {
    this.db = db;
  }

  /** The salt every instance derives the views' ids with (made by the first to ask). */
  byte[] salt() {
    byte[] fresh = new byte[16];
    new SecureRandom().nextBytes(fresh);
    db.insertInto(SHARED_VIEW_SALT)
        .set(SHARED_VIEW_SALT.ONE, true)
        .set(SHARED_VIEW_SALT.SALT, fresh)
        .onConflictDoNothing()
        .execute();
    return db.select(SHARED_VIEW_SALT.SALT).from(SHARED_VIEW_SALT).fetchSingle().value1();
  }

  /** Keeps a view (an id's body never changes: a second writer's copy is the same). */
  void put(String id, SharedViews.View view) {
    db.insertInto(SHARED_VIEW)
        .set(SHARED_VIEW.ID, id)
        .set(SHARED_VIEW.BODY, view.json())
        .set(SHARED_VIEW.TOPIC_ID, view.topicId())
        .set(SHARED_VIEW.RESTRICTION, view.restriction() == null ? null : view.restriction().name())
        .onConflictDoNothing()
        .execute();
  }

  Optional<SharedViews.View> get(String id) {
    return db.select(SHARED_VIEW.BODY, SHARED_VIEW.TOPIC_ID, SHARED_VIEW.RESTRICTION)
        .from(SHARED_VIEW)
        .where(SHARED_VIEW.ID.eq(id))
        .fetchOptional(
            r ->
                new SharedViews.View(
                    r.value1(),
                    r.value2(),
                    r.value3() == null ? null : SharedViews.Restriction.valueOf(r.value3())));
  }

  /** Removes views older than {@code before} (a page that still names one reloads itself). */
  int prune(OffsetDateTime before) {
    return db.deleteFrom(SHARED_VIEW).where(SHARED_VIEW.CREATED_AT.lt(before)).execute();
  }
}
