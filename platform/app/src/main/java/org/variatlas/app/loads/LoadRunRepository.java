package org.variatlas.app.loads;

import static org.variatlas.app.db.Tables.LOAD_PROBLEM;
import static org.variatlas.app.db.Tables.LOAD_RUN;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.SourceLocation;

/**
 * The {@code load_run} and {@code load_problem} tables. Every write commits on its own ({@code
 * REQUIRES_NEW}), so that a run is recorded even when its data transaction rolls back.
 */
@Repository
public class LoadRunRepository {

  private final DSLContext db;

  public LoadRunRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * Records a run as started (or, with {@code status} {@code QUEUED}, as accepted and waiting) by
   * this instance and returns its id.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public long start(LoadJob job, String status, String startedBy, String instanceId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return db.insertInto(LOAD_RUN)
        .set(LOAD_RUN.TOPIC_ID, job.topicId())
        .set(LOAD_RUN.LOADER_ID, job.loaderId())
        .set(LOAD_RUN.TITLE, job.title())
        .set(LOAD_RUN.PLUGIN_VERSION, job.pluginVersion())
        .set(LOAD_RUN.PARAMETERS, job.parameters())
        .set(LOAD_RUN.STATUS, status)
        .set(LOAD_RUN.STARTED_AT, now)
        .set(LOAD_RUN.STARTED_BY, startedBy)
        .set(LOAD_RUN.INSTANCE_ID, instanceId)
        .set(LOAD_RUN.HEARTBEAT_AT, now)
        .returning(LOAD_RUN.ID)
        .fetchOne(LOAD_RUN.ID);
  }

  /** Notes on an applied run that its data were deleted, by whom and when. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void dataDeleted(long id, String by, int rows) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    db.update(LOAD_RUN)
        .set(
            LOAD_RUN.MESSAGE,
            DSL.concat(
                DSL.coalesce(LOAD_RUN.MESSAGE, ""),
                DSL.val(
                    "; data deleted ("
                        + rows
                        + " rows) by "
                        + (by == null ? "the platform" : by)
                        + " at "
                        + now)))
        .where(LOAD_RUN.ID.eq(id))
        .execute();
  }

  /** Records a queued run that will not run as failed. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void refuse(long id, String message) {
    db.update(LOAD_RUN)
        .set(LOAD_RUN.STATUS, LoadRunRecord.FAILED)
        .set(LOAD_RUN.FINISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .set(LOAD_RUN.MESSAGE, message)
        .where(LOAD_RUN.ID.eq(id))
        .execute();
  }

  /** Marks a queued run as running now. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void running(long id) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    db.update(LOAD_RUN)
        .set(LOAD_RUN.STATUS, LoadRunRecord.RUNNING)
        .set(LOAD_RUN.STARTED_AT, now)
        .set(LOAD_RUN.HEARTBEAT_AT, now)
        .where(LOAD_RUN.ID.eq(id))
        .execute();
  }

  /** This instance is alive: refreshes the heartbeat of its queued and running runs. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void heartbeat(String instanceId) {
    db.update(LOAD_RUN)
        .set(LOAD_RUN.HEARTBEAT_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .where(LOAD_RUN.INSTANCE_ID.eq(instanceId))
        .and(LOAD_RUN.STATUS.in(LoadRunRecord.QUEUED, LoadRunRecord.RUNNING))
        .execute();
  }

  /**
   * Marks as failed the runs left queued or running by an instance whose heartbeat stopped more
   * than {@code timeout} ago (it died: its data transaction rolled back with it).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public int failStale(java.time.Duration timeout) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return db.update(LOAD_RUN)
        .set(LOAD_RUN.STATUS, LoadRunRecord.FAILED)
        .set(LOAD_RUN.FINISHED_AT, now)
        .set(
            LOAD_RUN.MESSAGE,
            "interrupted: the instance running it stopped (no heartbeat for "
                + timeout.toSeconds()
                + " s); nothing was applied")
        .where(LOAD_RUN.STATUS.in(LoadRunRecord.QUEUED, LoadRunRecord.RUNNING))
        .and(LOAD_RUN.HEARTBEAT_AT.lt(now.minus(timeout)).or(LOAD_RUN.HEARTBEAT_AT.isNull()))
        .execute();
  }

  /** Records how a run ended, with its counts and (up to the cap) its problems. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void finish(LoadRun run, String status, String message) {
    record(run, status, message);
  }

  /**
   * Records a run as applied inside the transaction that applies its data, so that both commit
   * together or neither does.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void finishApplied(LoadRun run, String message) {
    record(run, LoadRunRecord.APPLIED, message);
  }

  private void record(LoadRun run, String status, String message) {
    db.update(LOAD_RUN)
        .set(LOAD_RUN.STATUS, status)
        .set(LOAD_RUN.FINISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .set(LOAD_RUN.ROWS_READ, run.rowsRead())
        .set(LOAD_RUN.ROWS_ACCEPTED, run.rowsAccepted())
        .set(LOAD_RUN.ROWS_REJECTED, run.rowsRejected())
        .set(LOAD_RUN.PROBLEM_COUNT, run.problemCount())
        .set(LOAD_RUN.SOURCES, String.join("\n", run.sources()))
        .set(LOAD_RUN.FINGERPRINT, run.fingerprint())
        .set(LOAD_RUN.MESSAGE, message)
        .where(LOAD_RUN.ID.eq(run.id()))
        .execute();
    List<LoadProblem> problems = run.problems();
    if (!problems.isEmpty()) {
      var insert =
          db.insertInto(
              LOAD_PROBLEM,
              LOAD_PROBLEM.RUN_ID,
              LOAD_PROBLEM.SEQ,
              LOAD_PROBLEM.FILE,
              LOAD_PROBLEM.LINE,
              LOAD_PROBLEM.COL,
              LOAD_PROBLEM.VALUE,
              LOAD_PROBLEM.RULE,
              LOAD_PROBLEM.MESSAGE);
      int seq = 0;
      for (LoadProblem p : problems) {
        insert =
            insert.values(
                run.id(),
                seq++,
                p.where().file(),
                p.where().line(),
                p.where().column(),
                p.where().value(),
                p.rule(),
                p.message());
      }
      insert.execute();
    }
  }

  /**
   * Marks every run left RUNNING (or QUEUED) as failed: their data rolled back with it (an applied
   * run is recorded in its data's transaction, so a RUNNING one applied nothing). Only for the
   * embedded database, which no other instance can share; on a shared database {@link #failStale}
   * tells a dead instance's runs by their heartbeat.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public int failInterrupted() {
    return db.update(LOAD_RUN)
        .set(LOAD_RUN.STATUS, LoadRunRecord.FAILED)
        .set(LOAD_RUN.FINISHED_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .set(
            LOAD_RUN.MESSAGE,
            "interrupted: the application stopped during the run; nothing was applied")
        .where(LOAD_RUN.STATUS.in(LoadRunRecord.QUEUED, LoadRunRecord.RUNNING))
        .execute();
  }

  /** The latest runs first, at most {@code limit}. */
  public List<LoadRunRecord> recent(int limit) {
    return db.selectFrom(LOAD_RUN)
        .orderBy(LOAD_RUN.ID.desc())
        .limit(limit)
        .fetch(LoadRunRepository::toRecord);
  }

  public Optional<LoadRunRecord> find(long id) {
    return db.selectFrom(LOAD_RUN)
        .where(LOAD_RUN.ID.eq(id))
        .fetchOptional(LoadRunRepository::toRecord);
  }

  /** The latest applied run of a loader (topic null for the platform's loads). */
  public Optional<LoadRunRecord> lastApplied(String topicId, String loaderId) {
    return db.selectFrom(LOAD_RUN)
        .where(topic(topicId))
        .and(LOAD_RUN.LOADER_ID.eq(loaderId))
        .and(LOAD_RUN.STATUS.eq(LoadRunRecord.APPLIED))
        .orderBy(LOAD_RUN.ID.desc())
        .limit(1)
        .fetchOptional(LoadRunRepository::toRecord);
  }

  /** The latest run of a loader, whatever its outcome. */
  public Optional<LoadRunRecord> last(String topicId, String loaderId) {
    return db.selectFrom(LOAD_RUN)
        .where(topic(topicId))
        .and(LOAD_RUN.LOADER_ID.eq(loaderId))
        .orderBy(LOAD_RUN.ID.desc())
        .limit(1)
        .fetchOptional(LoadRunRepository::toRecord);
  }

  /** The stored problems of a run, in the order found. */
  public List<LoadProblem> problems(long runId) {
    return db.selectFrom(LOAD_PROBLEM)
        .where(LOAD_PROBLEM.RUN_ID.eq(runId))
        .orderBy(LOAD_PROBLEM.SEQ)
        .fetch(
            r ->
                new LoadProblem(
                    new SourceLocation(r.getFile(), r.getLine(), r.getCol(), r.getValue()),
                    r.getRule(),
                    r.getMessage()));
  }

  private static Condition topic(String topicId) {
    return topicId == null ? LOAD_RUN.TOPIC_ID.isNull() : LOAD_RUN.TOPIC_ID.eq(topicId);
  }

  private static LoadRunRecord toRecord(Record r) {
    var x = r.into(LOAD_RUN);
    return new LoadRunRecord(
        x.getId(),
        x.getTopicId(),
        x.getLoaderId(),
        x.getTitle(),
        x.getPluginVersion(),
        x.getParameters(),
        x.getSources(),
        x.getFingerprint(),
        x.getStatus(),
        x.getStartedAt(),
        x.getFinishedAt(),
        x.getRowsRead(),
        x.getRowsAccepted(),
        x.getRowsRejected(),
        x.getProblemCount(),
        x.getMessage(),
        x.getStartedBy());
  }
}
