package org.variatlas.app.audit;

import static org.variatlas.app.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The {@code audit_event} table. */
@Repository
class AuditRepository {

  private final DSLContext db;

  AuditRepository(DSLContext db) {
    this.db = db;
  }

  void insert(
      OffsetDateTime at,
      String actor,
      String action,
      String target,
      String outcome,
      String detail) {
    db.insertInto(AUDIT_EVENT)
        .set(AUDIT_EVENT.AT, at)
        .set(AUDIT_EVENT.ACTOR, actor)
        .set(AUDIT_EVENT.ACTION, action)
        .set(AUDIT_EVENT.TARGET, target)
        .set(AUDIT_EVENT.OUTCOME, outcome)
        .set(AUDIT_EVENT.DETAIL, detail)
        .execute();
  }

  List<AuditEvent> find(AuditLog.Filter filter, int limit) {
    Condition where = DSL.noCondition();
    if (filter.actor() != null && !filter.actor().isBlank()) {
      where = where.and(AUDIT_EVENT.ACTOR.containsIgnoreCase(filter.actor().strip()));
    }
    if (filter.action() != null && !filter.action().isBlank()) {
      where = where.and(AUDIT_EVENT.ACTION.startsWith(filter.action().strip()));
    }
    if (filter.outcome() != null && !filter.outcome().isBlank()) {
      where = where.and(AUDIT_EVENT.OUTCOME.eq(filter.outcome()));
    }
    if (filter.from() != null) {
      where = where.and(AUDIT_EVENT.AT.ge(filter.from()));
    }
    if (filter.to() != null) {
      where = where.and(AUDIT_EVENT.AT.lt(filter.to()));
    }
    return db.selectFrom(AUDIT_EVENT)
        .where(where)
        .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc())
        .limit(limit)
        .fetch(
            r ->
                new AuditEvent(
                    r.getId(),
                    r.getAt(),
                    r.getActor(),
                    r.getAction(),
                    r.getTarget(),
                    r.getOutcome(),
                    r.getDetail()));
  }
}
