package org.variatlas.app.loads;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.SourceLocation;

/**
 * Checks every load needs on its staged rows. A staging table has the row's location in columns
 * {@code file} and {@code line}.
 */
@Repository
public class StagingRepository {

  /** The staged row's file (as problems name it). */
  public static final Field<String> FILE = field(name("file"), SQLDataType.CLOB);

  /** The staged row's line in its file. */
  public static final Field<Long> LINE = field(name("line"), SQLDataType.BIGINT);

  private final DSLContext db;

  public StagingRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * Reports every staged row whose key an earlier row (by file, line) already has, naming that
   * earlier row, and counts them as rejected.
   *
   * @param column the column named in the problem's location
   */
  public void duplicates(LoadRun run, Table<?> staged, List<Field<?>> key, String column) {
    // A hash aggregate answers "any duplicates?" quickly; only then rank the rows to locate them.
    boolean any =
        db.fetchExists(db.select(key).from(staged).groupBy(key).having(DSL.count().gt(1)));
    if (!any) {
      return;
    }
    Field<Integer> rank = DSL.rowNumber().over().partitionBy(key).orderBy(FILE, LINE).as("rank");
    Field<String> firstFile =
        DSL.firstValue(FILE).over().partitionBy(key).orderBy(FILE, LINE).as("first_file");
    Field<Long> firstLine =
        DSL.firstValue(LINE).over().partitionBy(key).orderBy(FILE, LINE).as("first_line");
    List<Field<?>> fields = new ArrayList<>(key);
    fields.addAll(List.of(FILE, LINE, rank, firstFile, firstLine));
    Table<Record> ranked = db.select(fields).from(staged).asTable("ranked");
    var duplicates =
        db.selectFrom(ranked)
            .where(ranked.field(rank).gt(1))
            .orderBy(ranked.field(FILE), ranked.field(LINE))
            .limit(LoadRun.MAX_STORED_PROBLEMS)
            .fetch();
    for (Record r : duplicates) {
      StringBuilder k = new StringBuilder();
      for (Field<?> f : key) {
        k.append(k.isEmpty() ? "" : ", ").append(r.get(f.getName()));
      }
      run.problem(
          new SourceLocation(
              r.get(FILE.getName(), String.class),
              r.get(LINE.getName(), Long.class),
              column,
              k.toString()),
          "duplicate-key",
          "the key ("
              + k
              + ") already appears at "
              + r.get("first_file", String.class)
              + ":"
              + r.get("first_line", Long.class));
    }
    run.rejectedAfterStaging(duplicates.size());
  }
}
