package org.variatlas.app.results;

import static org.variatlas.app.db.Tables.COUNTS_VERSION;
import static org.variatlas.app.db.Tables.RESULT_INPUTS;
import static org.variatlas.app.db.Tables.RESULT_VERSION;
import static org.variatlas.app.db.Tables.TOPIC_RESULTS;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.variatlas.app.database.Upsert;

/**
 * The versions of each topic's results: {@code result_version} with the inputs each indicator was
 * computed from, {@code topic_results} pointing at the version readers see, and the counts versions
 * ({@code counts_version}) the inputs are made of.
 */
@Repository
public class ResultVersionRepository {

  private final DSLContext db;

  public ResultVersionRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * Serialises the writers of a topic's versions (transaction-scoped; holds across app instances
   * sharing the database).
   */
  void lock(String topicId) {
    // Plain SQL: jOOQ has no typed form of advisory locks.
    db.execute("select pg_advisory_xact_lock(hashtext({0}))", DSL.val("results/" + topicId));
  }

  /** Starts a new (not yet visible) version of a topic's results. */
  long create(String topicId) {
    return db.insertInto(RESULT_VERSION)
        .set(RESULT_VERSION.TOPIC_ID, topicId)
        .set(RESULT_VERSION.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .returning(RESULT_VERSION.ID)
        .fetchOne(RESULT_VERSION.ID);
  }

  /** The version readers see of a topic, if any. */
  public Optional<Long> current(String topicId) {
    return db.select(TOPIC_RESULTS.VERSION_ID)
        .from(TOPIC_RESULTS)
        .where(TOPIC_RESULTS.TOPIC_ID.eq(topicId))
        .fetchOptional(TOPIC_RESULTS.VERSION_ID);
  }

  /** The version readers see of every topic with results. */
  public Map<String, Long> currentAll() {
    Map<String, Long> out = new HashMap<>();
    db.selectFrom(TOPIC_RESULTS).forEach(r -> out.put(r.getTopicId(), r.getVersionId()));
    return out;
  }

  /** The inputs each indicator of a version was computed from. */
  Map<String, String> inputs(long version) {
    Map<String, String> out = new HashMap<>();
    db.selectFrom(RESULT_INPUTS)
        .where(RESULT_INPUTS.VERSION_ID.eq(version))
        .forEach(r -> out.put(r.getIndicatorId(), r.getInputs()));
    return out;
  }

  /** Records the inputs of a version's indicators. */
  void inputs(long version, Map<String, String> inputs) {
    if (inputs.isEmpty()) {
      return;
    }
    var insert =
        db.insertInto(
            RESULT_INPUTS,
            RESULT_INPUTS.VERSION_ID,
            RESULT_INPUTS.INDICATOR_ID,
            RESULT_INPUTS.INPUTS);
    for (var e : inputs.entrySet()) {
      insert = insert.values(version, e.getKey(), e.getValue());
    }
    insert.execute();
  }

  /**
   * Makes {@code version} the one readers see and drops the topic's versions older than the one it
   * replaces (a reader that began on that one can still finish).
   */
  void switchTo(String topicId, long version) {
    Optional<Long> previous = current(topicId);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Upsert.into(db, TOPIC_RESULTS)
        .key(TOPIC_RESULTS.TOPIC_ID, topicId)
        .set(TOPIC_RESULTS.VERSION_ID, version)
        .set(TOPIC_RESULTS.SWITCHED_AT, now)
        .execute();
    // Other instances on this database learn of the switch at commit (ResultVersionListener).
    // Plain SQL: jOOQ has no typed form of NOTIFY.
    db.execute(
        "select pg_notify({0}, {1})",
        DSL.val(ResultVersionListener.CHANNEL), DSL.val(topicId + ":" + version));
    List<Long> keep = previous.isPresent() ? List.of(version, previous.get()) : List.of(version);
    db.deleteFrom(RESULT_VERSION)
        .where(RESULT_VERSION.TOPIC_ID.eq(topicId))
        .and(RESULT_VERSION.ID.notIn(keep))
        .and(RESULT_VERSION.HELD_BY.isNull())
        .execute();
  }

  /** Holds a version for {@code holder}: not public, not dropped by switches. */
  void hold(long version, String holder) {
    db.update(RESULT_VERSION)
        .set(RESULT_VERSION.HELD_BY, holder)
        .where(RESULT_VERSION.ID.eq(version))
        .execute();
  }

  /** The versions {@code holder} holds, by topic id. */
  public Map<String, Long> held(String holder) {
    Map<String, Long> out = new HashMap<>();
    db.select(RESULT_VERSION.TOPIC_ID, RESULT_VERSION.ID)
        .from(RESULT_VERSION)
        .where(RESULT_VERSION.HELD_BY.eq(holder))
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** Drops the versions {@code holder} holds. */
  void release(String holder) {
    db.deleteFrom(RESULT_VERSION).where(RESULT_VERSION.HELD_BY.eq(holder)).execute();
  }

  /**
   * Makes a held version the one readers see; the version it replaces is held by {@code
   * previousHolder} instead (which lets go of what it held of the topic before).
   */
  void promote(String topicId, long version, String previousHolder) {
    Optional<Long> replaced = current(topicId);
    db.update(RESULT_VERSION)
        .setNull(RESULT_VERSION.HELD_BY)
        .where(RESULT_VERSION.ID.eq(version))
        .execute();
    db.deleteFrom(RESULT_VERSION)
        .where(RESULT_VERSION.TOPIC_ID.eq(topicId))
        .and(RESULT_VERSION.HELD_BY.eq(previousHolder))
        .execute();
    switchTo(topicId, version);
    replaced.filter(r -> r != version).ifPresent(r -> hold(r, previousHolder));
  }

  /** The counts version (load run) of each measure of a topic ({@code published:<indicator>}). */
  Map<String, Long> countsVersions(String topicId) {
    Map<String, Long> out = new HashMap<>();
    db.selectFrom(COUNTS_VERSION)
        .where(COUNTS_VERSION.TOPIC_ID.eq(topicId))
        .forEach(r -> out.put(r.getMeasureId(), r.getRunId()));
    return out;
  }
}
