package org.variatlas.app.loads;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.variatlas.app.db.Tables.LOAD_RUN;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The partitions of {@code measure_count}, one per load run (V45): a run's counts are COPYed into a
 * table of its own created in the run's transaction (no WAL with {@code wal_level=minimal}, no
 * index maintained row by row), attached when the run is applied, and dropped when a later run of
 * the loader replaces them. Plain SQL: jOOQ has no form of partition DDL; table names are built
 * from run ids and values are inlined by jOOQ.
 *
 * <p>Changing the partitions takes locks that readers' queries wait for, and that two writers
 * taking them in different orders could deadlock over: every writer of counts first takes {@link
 * #lockWriters()} (held to the end of its transaction), before it reads or changes {@code
 * measure_count}, and takes the table's ACCESS EXCLUSIVE lock before it drops a partition (table
 * before partitions, the order in which queries lock them).
 */
@Repository
public class CountPartitionRepository {

  /** The lock space of the writers of counts (with {@link LoadLocks}'s spaces). */
  private static final int WRITERS = 7703;

  private static final String PREFIX = "measure_count_run_";

  private final DSLContext db;

  public CountPartitionRepository(DSLContext db) {
    this.db = db;
  }

  /** Serialises the transactions that change counts (to their end); see the class comment. */
  public void lockWriters() {
    db.fetch("select pg_advisory_xact_lock({0}, 0)", inline(WRITERS));
  }

  /** The table a run's counts are copied into before it is attached. */
  static String table(long runId) {
    return PREFIX + runId;
  }

  /**
   * Creates the run's table, not yet a partition: the columns, defaults and checks of {@code
   * measure_count}, the run, topic and loader as defaults (a COPY leaves them out) and as checks
   * (ATTACH then needs no scan; a query for another topic or loader skips the partition).
   */
  void create(long runId, String topicId, String loaderId) {
    Name table = name(table(runId));
    // From the template, not measure_count: a lock on measure_count before lockWriters() could
    // deadlock with a writer that drops a partition.
    db.execute(
        "create table {0} (like measure_count_template including defaults including constraints)",
        table);
    db.execute(
        "alter table {0} alter column run_id set default {1},"
            + " alter column topic_id set default {2}, alter column loader_id set default {3},"
            + " add constraint {4} check (run_id = {1}), add constraint {5} check (topic_id = {2}),"
            + " add constraint {6} check (loader_id = {3})",
        table,
        inline(runId),
        inline(topicId),
        inline(loaderId),
        name(table(runId) + "_run"),
        name(table(runId) + "_topic"),
        name(table(runId) + "_loader"));
  }

  /** Empties a run's table before it is attached (created in the run's transaction: no scan). */
  void truncate(long runId) {
    db.execute("truncate {0}", name(table(runId)));
  }

  /** Indexes a run's copied rows: in measure order, a BRIN index of a few pages finds a measure. */
  void index(long runId) {
    db.execute(
        "create index on {0} using brin (measure_id) with (pages_per_range = 8)",
        name(table(runId)));
  }

  /** Attaches the run's table as its partition of {@code measure_count}. */
  void attach(long runId) {
    Name table = name(table(runId));
    db.execute(
        "alter table measure_count attach partition {0} for values in ({1})", table, inline(runId));
  }

  /** The runs of a topic's loaders with a partition (all loaders for a null loader). */
  List<Long> runs(String topicId, String loaderId) {
    return db.select(LOAD_RUN.ID)
        .from(LOAD_RUN)
        .where(LOAD_RUN.ID.in(partitions()))
        .and(LOAD_RUN.TOPIC_ID.eq(topicId))
        .and(loaderId == null ? DSL.noCondition() : LOAD_RUN.LOADER_ID.eq(loaderId))
        .orderBy(LOAD_RUN.ID)
        .fetch(LOAD_RUN.ID);
  }

  /** The topic's runs with a partition, each with its loader. */
  Map<Long, String> loaders(String topicId) {
    Map<Long, String> loaders = new TreeMap<>();
    List<Long> partitions = partitions();
    if (!partitions.isEmpty()) {
      db.select(LOAD_RUN.ID, LOAD_RUN.LOADER_ID)
          .from(LOAD_RUN)
          .where(LOAD_RUN.ID.in(partitions))
          .and(LOAD_RUN.TOPIC_ID.eq(topicId))
          .forEach(r -> loaders.put(r.value1(), r.value2()));
    }
    return loaders;
  }

  /** The runs with a partition of {@code measure_count}. */
  private List<Long> partitions() {
    return db
        .fetch(
            "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent = 'measure_count'::regclass")
        .getValues(0, String.class)
        .stream()
        .filter(n -> n.startsWith(PREFIX))
        .map(n -> Long.parseLong(n.substring(PREFIX.length())))
        .toList();
  }

  /** Drops these runs' partitions (and what they hold), in the caller's transaction. */
  void drop(Collection<Long> runIds) {
    if (runIds.isEmpty()) {
      return;
    }
    db.execute("lock table measure_count in access exclusive mode");
    for (long run : runIds) {
      db.execute("drop table {0}", name(table(run)));
    }
  }

  /** Drops those of these runs' partitions that have no rows left (after rows were deleted). */
  void dropEmpty(Collection<Long> runIds) {
    drop(
        runIds.stream().filter(r -> !db.fetchExists(db.selectOne().from(name(table(r))))).toList());
  }

  /** Drops every partition of a topic's counts (the topic's data are deleted). */
  public int dropTopic(String topicId) {
    lockWriters();
    List<Long> runs = runs(topicId, null);
    int rows = 0;
    for (long run : runs) {
      rows += db.fetchCount(db.selectOne().from(name(table(run))));
    }
    drop(runs);
    return rows;
  }
}
