package org.variatlas.app.loads;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.variatlas.app.db.Tables.MEASURE_COUNT;
import static org.variatlas.app.db.Tables.PUBLISHED_VALUE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.db.tables.records.PublishedValueRecord;

/**
 * The {@code measure_count} and {@code published_value} tables the topic loaders fill: staging a
 * run's counts, checking them against each other and against other loaders' rows, and replacing the
 * loader's previous rows.
 */
@Repository
public class MeasureDataRepository {

  static final String STAGE = "stage_measure_count";
  static final String[] STAGE_COLUMNS = {
    "measure_id", "base_unit", "year", "sex", "age", "category", "count", "file", "line"
  };

  private static final Table<Record> STAGED = table(name(STAGE));
  private static final Field<String> S_MEASURE = field(name("measure_id"), SQLDataType.VARCHAR);
  private static final Field<String> S_UNIT = field(name("base_unit"), SQLDataType.VARCHAR);
  private static final Field<Integer> S_YEAR = field(name("year"), SQLDataType.INTEGER);
  private static final Field<String> S_SEX = field(name("sex"), SQLDataType.VARCHAR);
  private static final Field<Integer> S_AGE = field(name("age"), SQLDataType.INTEGER);
  private static final Field<String> S_CATEGORY = field(name("category"), SQLDataType.VARCHAR);
  private static final Field<Long> S_COUNT = field(name("count"), SQLDataType.BIGINT);

  private final DSLContext db;
  private final StagingRepository staging;

  public MeasureDataRepository(DSLContext db, StagingRepository staging) {
    this.db = db;
    this.staging = staging;
  }

  /** Creates the run's staging table (temporary, dropped on commit or rollback). */
  void createStaging() {
    // Plain SQL: the temporary table is outside the generated schema.
    db.execute(
        "create temporary table "
            + STAGE
            + " (measure_id varchar(64), base_unit varchar(16), year integer, sex varchar(6), age"
            + " integer, category varchar(64), count bigint, file text, line bigint) on commit"
            + " drop");
  }

  /**
   * Duplicate keys among the staged counts, and keys another loader of the topic delivered. Real
   * counts supersede synthetic ones ({@link org.variatlas.api.DataLoader#synthetic()}): a real
   * loader's keys do not conflict with a synthetic loader's (apply removes those), and a synthetic
   * loader's counts of a measure that has real counts are left out here.
   */
  void checkStaging(LoadRun run, RunScope scope) {
    String topicId = scope.topicId();
    String loaderId = scope.loaderId();
    if (scope.synthetic()) {
      leaveOutMeasuresWithRealCounts(run, scope);
    }
    staging.duplicates(
        run, STAGED, List.of(S_MEASURE, S_UNIT, S_YEAR, S_SEX, S_AGE, S_CATEGORY), "count");
    // Staged columns qualified: measure_count has columns of the same names.
    Field<String> measure = field(name(STAGE, "measure_id"), SQLDataType.VARCHAR);
    Field<String> unit = field(name(STAGE, "base_unit"), SQLDataType.VARCHAR);
    Field<Integer> year = field(name(STAGE, "year"), SQLDataType.INTEGER);
    Field<String> sex = field(name(STAGE, "sex"), SQLDataType.VARCHAR);
    Field<Integer> age = field(name(STAGE, "age"), SQLDataType.INTEGER);
    Field<String> category = field(name(STAGE, "category"), SQLDataType.VARCHAR);
    Field<String> file = field(name(STAGE, "file"), SQLDataType.CLOB);
    Field<Long> line = field(name(STAGE, "line"), SQLDataType.BIGINT);
    var conflicts =
        db.select(measure, unit, year, sex, age, category, file, line, MEASURE_COUNT.LOADER_ID)
            .from(STAGED)
            .join(MEASURE_COUNT)
            .on(
                MEASURE_COUNT
                    .TOPIC_ID
                    .eq(topicId)
                    .and(MEASURE_COUNT.MEASURE_ID.eq(measure))
                    .and(MEASURE_COUNT.BASE_UNIT.eq(unit))
                    .and(MEASURE_COUNT.YEAR.eq(year))
                    .and(MEASURE_COUNT.SEX.eq(sex))
                    .and(MEASURE_COUNT.AGE.eq(age))
                    .and(MEASURE_COUNT.CATEGORY.eq(category)))
            .where(MEASURE_COUNT.LOADER_ID.ne(loaderId))
            .and(
                scope.synthetic()
                    ? DSL.noCondition()
                    : MEASURE_COUNT.LOADER_ID.notIn(scope.syntheticLoaders()))
            .orderBy(file, line)
            .limit(LoadRun.MAX_STORED_PROBLEMS)
            .fetch();
    for (var r : conflicts) {
      String key =
          r.get(measure)
              + ", "
              + r.get(unit)
              + ", "
              + r.get(year)
              + ", "
              + r.get(sex)
              + ", age "
              + r.get(age)
              + (r.get(category).isEmpty() ? "" : ", " + r.get(category));
      run.problem(
          new SourceLocation(r.get(file), r.get(line), "count", key),
          "duplicate-key",
          "loader '"
              + r.get(MEASURE_COUNT.LOADER_ID)
              + "' of this topic already delivered ("
              + key
              + ")");
    }
    run.rejectedAfterStaging(conflicts.size());
  }

  /** Drops the staged counts of measures another, real, loader of the topic has delivered. */
  private void leaveOutMeasuresWithRealCounts(LoadRun run, RunScope scope) {
    var real =
        db.select(MEASURE_COUNT.MEASURE_ID, DSL.min(MEASURE_COUNT.LOADER_ID))
            .from(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
            .and(MEASURE_COUNT.LOADER_ID.ne(scope.loaderId()))
            .and(MEASURE_COUNT.LOADER_ID.notIn(scope.syntheticLoaders()))
            .and(MEASURE_COUNT.MEASURE_ID.in(db.selectDistinct(S_MEASURE).from(STAGED)))
            .groupBy(MEASURE_COUNT.MEASURE_ID)
            .orderBy(MEASURE_COUNT.MEASURE_ID)
            .fetch();
    for (var r : real) {
      String measure = r.value1();
      int rows = db.deleteFrom(STAGED).where(S_MEASURE.eq(measure)).execute();
      run.leftOut(
          rows,
          "kept the real counts of measure '"
              + measure
              + "' (loader '"
              + r.value2()
              + "'), left out "
              + rows
              + " synthetic rows");
    }
  }

  /** The keys ({@link PublishedRow#key()}) of the topic's published values other loaders wrote. */
  Map<String, String> publishedByOtherLoaders(String topicId, String loaderId) {
    Map<String, String> out = new HashMap<>();
    db.selectFrom(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
        .and(PUBLISHED_VALUE.LOADER_ID.ne(loaderId))
        .forEach(r -> out.put(publishedRow(r).key(), r.getLoaderId()));
    return out;
  }

  /**
   * Replaces the loader's counts and published values with the staged ones, all of them or, for a
   * {@link RunScope#partial} run, those of the measures and indicators it delivers; a real run's
   * counts replace the synthetic loaders' counts of the same measures.
   */
  void apply(LoadRun run, RunScope scope, List<PublishedRow> published) {
    String topicId = scope.topicId();
    String loaderId = scope.loaderId();
    long runId = run.id();
    var stagedMeasures = db.selectDistinct(S_MEASURE).from(STAGED);
    if (!scope.synthetic() && !scope.syntheticLoaders().isEmpty()) {
      var superseded =
          db.select(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID, DSL.count())
              .from(MEASURE_COUNT)
              .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
              .and(MEASURE_COUNT.LOADER_ID.in(scope.syntheticLoaders()))
              .and(MEASURE_COUNT.MEASURE_ID.in(stagedMeasures))
              .groupBy(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID)
              .orderBy(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID)
              .fetch();
      for (var r : superseded) {
        db.deleteFrom(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
            .and(MEASURE_COUNT.MEASURE_ID.eq(r.value1()))
            .and(MEASURE_COUNT.LOADER_ID.eq(r.value2()))
            .execute();
        run.note(
            "replaced the "
                + r.value3()
                + " synthetic rows of measure '"
                + r.value1()
                + "' (loader '"
                + r.value2()
                + "')");
      }
    }
    db.deleteFrom(MEASURE_COUNT)
        .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
        .and(MEASURE_COUNT.LOADER_ID.eq(loaderId))
        .and(scope.partial() ? MEASURE_COUNT.MEASURE_ID.in(stagedMeasures) : DSL.noCondition())
        .execute();
    db.insertInto(
            MEASURE_COUNT,
            MEASURE_COUNT.TOPIC_ID,
            MEASURE_COUNT.MEASURE_ID,
            MEASURE_COUNT.BASE_UNIT,
            MEASURE_COUNT.YEAR,
            MEASURE_COUNT.SEX,
            MEASURE_COUNT.AGE,
            MEASURE_COUNT.CATEGORY,
            MEASURE_COUNT.COUNT,
            MEASURE_COUNT.LOADER_ID,
            MEASURE_COUNT.RUN_ID)
        .select(
            db.select(
                    org.jooq.impl.DSL.val(topicId),
                    S_MEASURE,
                    S_UNIT,
                    S_YEAR,
                    S_SEX,
                    S_AGE,
                    S_CATEGORY,
                    S_COUNT,
                    org.jooq.impl.DSL.val(loaderId),
                    org.jooq.impl.DSL.val(runId))
                .from(STAGED))
        .execute();
    db.deleteFrom(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
        .and(PUBLISHED_VALUE.LOADER_ID.eq(loaderId))
        .and(
            scope.partial()
                ? PUBLISHED_VALUE.INDICATOR_ID.in(
                    published.stream().map(PublishedRow::indicatorId).distinct().toList())
                : DSL.noCondition())
        .execute();
    if (!published.isEmpty()) {
      var insert =
          db.insertInto(
              PUBLISHED_VALUE,
              PUBLISHED_VALUE.TOPIC_ID,
              PUBLISHED_VALUE.INDICATOR_ID,
              PUBLISHED_VALUE.LEVEL,
              PUBLISHED_VALUE.AREA_CODE,
              PUBLISHED_VALUE.PERIOD_FROM,
              PUBLISHED_VALUE.PERIOD_TO,
              PUBLISHED_VALUE.CATEGORY,
              PUBLISHED_VALUE.VALUE,
              PUBLISHED_VALUE.NUMERATOR,
              PUBLISHED_VALUE.DENOMINATOR,
              PUBLISHED_VALUE.LOWER95,
              PUBLISHED_VALUE.UPPER95,
              PUBLISHED_VALUE.LOADER_ID,
              PUBLISHED_VALUE.RUN_ID);
      for (PublishedRow p : published) {
        insert =
            insert.values(
                topicId,
                p.indicatorId(),
                p.level(),
                p.areaCode(),
                p.periodFrom(),
                p.periodTo(),
                p.category(),
                p.value(),
                p.numerator(),
                p.denominator(),
                p.lower95(),
                p.upper95(),
                loaderId,
                runId);
      }
      insert.execute();
    }
  }

  /** The loaders whose counts each measure of a topic holds now. */
  public Map<String, Set<String>> loadersByMeasure(String topicId) {
    Map<String, Set<String>> out = new TreeMap<>();
    db.selectDistinct(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID)
        .from(MEASURE_COUNT)
        .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
        .forEach(r -> out.computeIfAbsent(r.value1(), m -> new TreeSet<>()).add(r.value2()));
    return out;
  }

  /** Count rows of a topic (all loaders), e.g. for tests and the admin page. */
  public int countRows(String topicId) {
    return db.fetchCount(MEASURE_COUNT, MEASURE_COUNT.TOPIC_ID.eq(topicId));
  }

  /** Published rows of a topic (all loaders). */
  public int publishedRows(String topicId) {
    return db.fetchCount(PUBLISHED_VALUE, PUBLISHED_VALUE.TOPIC_ID.eq(topicId));
  }

  /** The sum of a measure's counts in a topic (tests, sanity checks). */
  public long sum(String topicId, String measureId) {
    var v =
        db.select(org.jooq.impl.DSL.sum(MEASURE_COUNT.COUNT))
            .from(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
            .and(MEASURE_COUNT.MEASURE_ID.eq(measureId))
            .fetchOne(0, java.math.BigDecimal.class);
    return v == null ? 0 : v.longValue();
  }

  private static PublishedRow publishedRow(PublishedValueRecord r) {
    return new PublishedRow(
        r.getIndicatorId(),
        r.getLevel(),
        r.getAreaCode(),
        r.getPeriodFrom(),
        r.getPeriodTo(),
        r.getCategory(),
        r.getValue(),
        r.getNumerator(),
        r.getDenominator(),
        r.getLower95(),
        r.getUpper95(),
        null);
  }

  /** The published values of a topic's indicator (tests, sanity checks). */
  public List<PublishedRow> published(String topicId, String indicatorId) {
    return db.selectFrom(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
        .and(PUBLISHED_VALUE.INDICATOR_ID.eq(indicatorId))
        .orderBy(
            PUBLISHED_VALUE.LEVEL,
            PUBLISHED_VALUE.PERIOD_FROM,
            PUBLISHED_VALUE.PERIOD_TO,
            PUBLISHED_VALUE.AREA_CODE,
            PUBLISHED_VALUE.CATEGORY)
        .fetch(MeasureDataRepository::publishedRow);
  }
}
