package org.variatlas.app.loads;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.variatlas.app.db.Tables.COUNTS_VERSION;
import static org.variatlas.app.db.Tables.MEASURE_COUNT;
import static org.variatlas.app.db.Tables.PUBLISHED_VALUE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.variatlas.app.database.Upsert;

/**
 * The {@code measure_count} and {@code published_value} tables the topic loaders fill: staging a
 * run's counts, checking them against each other and against other loaders' rows, and replacing the
 * loader's previous rows.
 */
@Repository
public class MeasureDataRepository {

  /** The counts version of an imported indicator's published values: this + indicator id. */
  public static final String PUBLISHED_PREFIX = "published:";

  static final String STAGE = "stage_measure_count";

  private static final Table<Record> STAGED = table(name(STAGE));
  private static final Field<String> S_MEASURE = field(name("measure_id"), SQLDataType.VARCHAR);
  private static final Field<String> S_UNIT = field(name("base_unit"), SQLDataType.VARCHAR);
  private static final Field<Integer> S_YEAR = field(name("year"), SQLDataType.INTEGER);
  private static final Field<String> S_SEX = field(name("sex"), SQLDataType.VARCHAR);
  private static final Field<Integer> S_AGE = field(name("age"), SQLDataType.INTEGER);
  private static final Field<String> S_CATEGORY = field(name("category"), SQLDataType.VARCHAR);
  private static final Field<Long> S_COUNT = field(name("count"), SQLDataType.BIGINT);

  private final DSLContext db;
  private final DataSource dataSource;

  public MeasureDataRepository(DSLContext db, DataSource dataSource) {
    this.db = db;
    this.dataSource = dataSource;
  }

  /**
   * Stages a run's accepted counts and checks what only the whole set shows: duplicate keys (in
   * memory), and keys another loader of the topic delivered (in SQL, against the stored counts).
   * Counts of a higher rank supersede lower ones ({@link RunScope}: real over synthetic, an
   * extract's over those delivered at install): a run's keys do not conflict with a lower rank's
   * (apply removes those), and its counts of a measure a higher rank has delivered are left out.
   */
  void stage(LoadRun run, RunScope scope, StagedCounts counts) {
    Set<String> leftOut =
        scope.leftOutBelowOf() == null ? Set.of() : measuresOfHigherRank(run, scope, counts);
    run.rejectedAfterStaging(counts.duplicates(run, leftOut));
    // Plain SQL: the temporary table is outside the generated schema. A row is located through
    // its index in the staged counts: no file names and lines in the database.
    db.execute(
        "create temporary table "
            + STAGE
            + " (measure_id varchar(64), base_unit varchar(16), year integer, sex varchar(6), age"
            + " integer, category varchar(64), count bigint, row integer) on commit drop");
    counts.copy(DataSourceUtils.getConnection(dataSource), STAGE, leftOut);
    run.progress("staged " + counts.size() + " counts");
    conflicts(run, scope, counts);
  }

  /** Reports staged keys another loader of the topic delivered. */
  private void conflicts(LoadRun run, RunScope scope, StagedCounts counts) {
    String topicId = scope.topicId();
    String loaderId = scope.loaderId();
    // Staged columns qualified: measure_count has columns of the same names.
    Field<String> measure = field(name(STAGE, "measure_id"), SQLDataType.VARCHAR);
    Field<String> unit = field(name(STAGE, "base_unit"), SQLDataType.VARCHAR);
    Field<Integer> year = field(name(STAGE, "year"), SQLDataType.INTEGER);
    Field<String> sex = field(name(STAGE, "sex"), SQLDataType.VARCHAR);
    Field<Integer> age = field(name(STAGE, "age"), SQLDataType.INTEGER);
    Field<String> category = field(name(STAGE, "category"), SQLDataType.VARCHAR);
    Field<Integer> row = field(name(STAGE, "row"), SQLDataType.INTEGER);
    var conflicts =
        db.select(row, MEASURE_COUNT.LOADER_ID)
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
                scope.superseded().isEmpty()
                    ? DSL.noCondition()
                    : MEASURE_COUNT.LOADER_ID.notIn(scope.superseded()))
            .orderBy(row)
            .limit(LoadRun.MAX_STORED_PROBLEMS)
            .fetch();
    for (var r : conflicts) {
      int i = r.get(row);
      String key = counts.keyText(i);
      run.problem(
          counts.where(i, "count", key),
          "duplicate-key",
          "loader '"
              + r.get(MEASURE_COUNT.LOADER_ID)
              + "' of this topic already delivered ("
              + key
              + ")");
    }
    run.rejectedAfterStaging(conflicts.size());
  }

  /**
   * The staged measures a loader of a higher rank has delivered (real counts over synthetic ones,
   * an extract's over those delivered at install): left out.
   */
  private Set<String> measuresOfHigherRank(LoadRun run, RunScope scope, StagedCounts counts) {
    var real =
        db.select(MEASURE_COUNT.MEASURE_ID, DSL.min(MEASURE_COUNT.LOADER_ID))
            .from(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
            .and(MEASURE_COUNT.LOADER_ID.ne(scope.loaderId()))
            .and(MEASURE_COUNT.LOADER_ID.notIn(scope.leftOutBelowOf()))
            .and(MEASURE_COUNT.MEASURE_ID.in(counts.measures()))
            .groupBy(MEASURE_COUNT.MEASURE_ID)
            .orderBy(MEASURE_COUNT.MEASURE_ID)
            .fetch();
    Set<String> leftOut = new TreeSet<>();
    for (var r : real) {
      String measure = r.value1();
      long rows = counts.rows(measure);
      leftOut.add(measure);
      run.leftOut(
          rows,
          scope.synthetic()
              ? "kept the real counts of measure '"
                  + measure
                  + "' (loader '"
                  + r.value2()
                  + "'), left out "
                  + rows
                  + " synthetic rows"
              : "kept the counts of measure '"
                  + measure
                  + "' that replaced this loader's (loader '"
                  + r.value2()
                  + "'), left out "
                  + rows
                  + " rows");
    }
    return leftOut;
  }

  /** The keys ({@link PublishedRow#key()}) of the topic's published values other loaders wrote. */
  Map<String, String> publishedByOtherLoaders(String topicId, String loaderId) {
    Map<String, String> out = new HashMap<>();
    db.selectFrom(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
        .and(PUBLISHED_VALUE.LOADER_ID.ne(loaderId))
        .forEach(r -> out.put(RunDataRepository.publishedRow(r).key(), r.getLoaderId()));
    return out;
  }

  /**
   * Replaces the loader's counts and published values with the staged ones, all of them or, for a
   * {@link RunScope#partial} run, those of the measures and indicators it delivers; a run's counts
   * replace the lower ranks' counts of the same measures ({@link RunScope#superseded}).
   */
  void apply(LoadRun run, RunScope scope, List<PublishedRow> published) {
    var stagedMeasures = db.selectDistinct(S_MEASURE).from(STAGED);
    countsChanged(scope.topicId(), changedMeasures(scope, stagedMeasures, published), run.id());
    if (!scope.superseded().isEmpty()) {
      replaceSuperseded(run, scope, stagedMeasures);
    }
    replaceCounts(run, scope, stagedMeasures);
    replacePublished(run, scope, published);
  }

  /**
   * What the run changes: the measures it stages and those the loader held before, and (with {@link
   * #PUBLISHED_PREFIX}) the indicators whose published values it delivers or held.
   */
  private Set<String> changedMeasures(
      RunScope scope, Select<Record1<String>> stagedMeasures, List<PublishedRow> published) {
    Set<String> changed = new TreeSet<>(db.fetchValues(stagedMeasures));
    changed.addAll(
        db.selectDistinct(MEASURE_COUNT.MEASURE_ID)
            .from(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
            .and(MEASURE_COUNT.LOADER_ID.eq(scope.loaderId()))
            .fetch(MEASURE_COUNT.MEASURE_ID));
    Set<String> changedPublished = new TreeSet<>();
    published.forEach(p -> changedPublished.add(p.indicatorId()));
    changedPublished.addAll(
        db.selectDistinct(PUBLISHED_VALUE.INDICATOR_ID)
            .from(PUBLISHED_VALUE)
            .where(PUBLISHED_VALUE.TOPIC_ID.eq(scope.topicId()))
            .and(PUBLISHED_VALUE.LOADER_ID.eq(scope.loaderId()))
            .fetch(PUBLISHED_VALUE.INDICATOR_ID));
    changedPublished.forEach(i -> changed.add(PUBLISHED_PREFIX + i));
    return changed;
  }

  /** The run's counts replace the lower ranks' counts of the same measures (RunScope). */
  private void replaceSuperseded(
      LoadRun run, RunScope scope, Select<Record1<String>> stagedMeasures) {
    var superseded =
        db.select(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID, DSL.count())
            .from(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
            .and(MEASURE_COUNT.LOADER_ID.in(scope.superseded()))
            .and(MEASURE_COUNT.MEASURE_ID.in(stagedMeasures))
            .groupBy(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID)
            .orderBy(MEASURE_COUNT.MEASURE_ID, MEASURE_COUNT.LOADER_ID)
            .fetch();
    for (var r : superseded) {
      db.deleteFrom(MEASURE_COUNT)
          .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
          .and(MEASURE_COUNT.MEASURE_ID.eq(r.value1()))
          .and(MEASURE_COUNT.LOADER_ID.eq(r.value2()))
          .execute();
      run.note(
          "replaced the "
              + r.value3()
              + (scope.syntheticLoaders().contains(r.value2()) ? " synthetic" : "")
              + " rows of measure '"
              + r.value1()
              + "' (loader '"
              + r.value2()
              + "')");
    }
  }

  /**
   * The loader's counts (of the staged measures only, for a partial run) become the staged ones.
   */
  private void replaceCounts(LoadRun run, RunScope scope, Select<Record1<String>> stagedMeasures) {
    db.deleteFrom(MEASURE_COUNT)
        .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
        .and(MEASURE_COUNT.LOADER_ID.eq(scope.loaderId()))
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
                    DSL.val(scope.topicId()),
                    S_MEASURE,
                    S_UNIT,
                    S_YEAR,
                    S_SEX,
                    S_AGE,
                    S_CATEGORY,
                    S_COUNT,
                    DSL.val(scope.loaderId()),
                    DSL.val(run.id()))
                .from(STAGED))
        .execute();
  }

  /** The loader's published values (of the delivered indicators, for a partial run). */
  private void replacePublished(LoadRun run, RunScope scope, List<PublishedRow> published) {
    db.deleteFrom(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(scope.topicId()))
        .and(PUBLISHED_VALUE.LOADER_ID.eq(scope.loaderId()))
        .and(
            scope.partial()
                ? PUBLISHED_VALUE.INDICATOR_ID.in(
                    published.stream().map(PublishedRow::indicatorId).distinct().toList())
                : DSL.noCondition())
        .execute();
    if (published.isEmpty()) {
      return;
    }
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
              scope.topicId(),
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
              scope.loaderId(),
              run.id());
    }
    insert.execute();
  }

  /**
   * Records that a run changed these measures' counts (or, {@link #PUBLISHED_PREFIX}, an
   * indicator's published values): the counts versions results are computed from. In the run's
   * transaction, so that counts and their version change together.
   */
  void countsChanged(String topicId, Set<String> measures, long runId) {
    for (String measure : measures) {
      Upsert.into(db, COUNTS_VERSION)
          .key(COUNTS_VERSION.TOPIC_ID, topicId)
          .key(COUNTS_VERSION.MEASURE_ID, measure)
          .set(COUNTS_VERSION.RUN_ID, runId)
          .execute();
    }
  }
}
