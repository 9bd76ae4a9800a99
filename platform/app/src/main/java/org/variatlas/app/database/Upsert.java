package org.variatlas.app.database;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;

/**
 * {@code INSERT … ON CONFLICT (key) DO UPDATE} with each value written once: the key columns are
 * inserted, the {@link #set} columns inserted and updated, the {@link #setOnInsert} columns only
 * written for a new row. jOOQ spells the update's values out again; this keeps the two lists from
 * drifting apart.
 *
 * <pre>{@code
 * Upsert.into(db, TOPIC).key(TOPIC.ID, id).set(TOPIC.TITLE_EN, title).setOnInsert(TOPIC.FIRST_SEEN, now).execute();
 * }</pre>
 */
public final class Upsert {

  private final DSLContext db;
  private final Table<?> table;
  private final Map<Field<?>, Object> keys = new LinkedHashMap<>();
  private final Map<Field<?>, Object> values = new LinkedHashMap<>();
  private final Map<Field<?>, Object> insertOnly = new LinkedHashMap<>();

  private Upsert(DSLContext db, Table<?> table) {
    this.db = db;
    this.table = table;
  }

  public static Upsert into(DSLContext db, Table<?> table) {
    return new Upsert(db, table);
  }

  /** A column of the conflict target (a primary or unique key) and its value. */
  public <T> Upsert key(Field<T> field, T value) {
    keys.put(field, value);
    return this;
  }

  /** A column written on insert and on update (null allowed). */
  public <T> Upsert set(Field<T> field, T value) {
    values.put(field, value);
    return this;
  }

  /** A column written only when the row is new (e.g. when it was first seen). */
  public <T> Upsert setOnInsert(Field<T> field, T value) {
    insertOnly.put(field, value);
    return this;
  }

  /** The statement, e.g. for a batch. */
  public Query query() {
    if (keys.isEmpty() || values.isEmpty()) {
      throw new IllegalStateException(
          "an upsert into " + table.getName() + " needs keys and values");
    }
    Map<Field<?>, Object> insert = new LinkedHashMap<>(keys);
    insert.putAll(values);
    insert.putAll(insertOnly);
    return db.insertInto(table)
        .set(insert)
        .onConflict(keys.keySet().toArray(Field<?>[]::new))
        .doUpdate()
        .set(values);
  }

  /** Runs the statement; returns the rows inserted or updated. */
  public int execute() {
    return query().execute();
  }
}
