package org.variatlas.app.loads;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.variatlas.app.db.Tables.COUNTS_VERSION;
import static org.variatlas.app.db.Tables.MEASURE_COUNT;
import static org.variatlas.app.db.Tables.PUBLISHED_VALUE;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

  /** The columns a run's COPY fills (run, topic and loader are the table's defaults). */
  private static final List<String> COLUMNS =
      List.of("measure_id", "base_unit", "year", "sex", "age", "category", "count");

  private final DSLContext db;
  private final DataSource dataSource;
  private final CountPartitionRepository partitions;

  public MeasureDataRepository(
      DSLContext db, DataSource dataSource, CountPartitionRepository partitions) {
    this.db = db;
    this.dataSource = dataSource;
    this.partitions = partitions;
  }

  /**
   * Creates the run's table ({@link CountPartitionRepository}) and starts the COPY of its counts
   * into it, which the run's {@link CountStream} fills while the loader runs: before the run takes
   * the writers' lock, so that loads of other topics copy at once.
   */
  BinaryCopy openCounts(long runId, RunScope scope) {
    partitions.create(runId, scope.topicId(), scope.loaderId());
    // Frozen: the table is new in this transaction, so its rows need no visibility checks later
    // (its first readers set no hint bits, which would write every page again).
    return BinaryCopy.openFrozen(
        DataSourceUtils.getConnection(dataSource), CountPartitionRepository.table(runId), COLUMNS);
  }

  /**
   * Ends the COPY of a run's accepted counts and checks what only the whole set shows: duplicate
   * keys (found in memory as the rows came), and keys another loader of the topic delivered (in
   * SQL, against the stored counts). Counts of a higher rank supersede lower ones ({@link
   * RunScope}: real over synthetic, an extract's over those delivered at install): a run's keys do
   * not conflict with a lower rank's (apply removes those), and its counts of a measure a higher
   * rank has delivered are left out ({@link TopicHoldings#higherRanks}: not staged, only counted
   * and said in the run's message). Rows that did not come grouped by measure are COPYed again in
   * measure order, for the table's BRIN index. The run's table is attached by {@link #apply}.
   *
   * @param copy the COPY {@link #openCounts} started, or null when no count came
   * @param holdings what the topic's loaders held when the run began ({@link
   *     TopicHoldingsRepository#holdings})
   * @return the measures staged
   */
  Set<String> stage(
      LoadRun run, RunScope scope, StagedCounts counts, BinaryCopy copy, TopicHoldings holdings) {
    Set<String> staged = new TreeSet<>(counts.measures());
    String table = CountPartitionRepository.table(run.id());
    if (copy != null) {
      copy.close();
      if (!counts.groupedByMeasure()) {
        partitions.truncate(run.id());
        counts.copy(DataSourceUtils.getConnection(dataSource), table, COLUMNS);
      }
      partitions.index(run.id());
      run.progress("copied " + copy.rows() + " counts");
    }
    partitions.lockWriters();
    leftOut(run, scope, counts);
    run.rejectedAfterStaging(counts.duplicates(run));
    // Only keys of measures another loader holds can conflict (usually none: no query).
    if (!holdings.heldByOthers(staged, scope.superseded()).isEmpty()) {
      conflicts(run, scope, counts);
    }
    run.progress("staged " + counts.size() + " counts");
    return staged;
  }

  /**
   * Reports staged keys another loader of the topic delivered, in the order of the rows (the first
   * {@link LoadRun#MAX_STORED_PROBLEMS} of them are kept).
   */
  private void conflicts(LoadRun run, RunScope scope, StagedCounts counts) {
    var mine = MEASURE_COUNT.as("mine");
    var other = MEASURE_COUNT.as("other");
    // The run's table is not attached yet: read through the shape of measure_count.
    var found =
        db.select(
                mine.MEASURE_ID,
                mine.BASE_UNIT,
                mine.YEAR,
                mine.SEX,
                mine.AGE,
                mine.CATEGORY,
                other.LOADER_ID)
            .from(table(name(CountPartitionRepository.table(run.id()))).as("mine"))
            .join(other)
            .on(
                other
                    .TOPIC_ID
                    .eq(scope.topicId())
                    .and(other.MEASURE_ID.eq(mine.MEASURE_ID))
                    .and(other.BASE_UNIT.eq(mine.BASE_UNIT))
                    .and(other.YEAR.eq(mine.YEAR))
                    .and(other.SEX.eq(mine.SEX))
                    .and(other.AGE.eq(mine.AGE))
                    .and(other.CATEGORY.eq(mine.CATEGORY)))
            .where(other.LOADER_ID.ne(scope.loaderId()))
            .and(
                scope.superseded().isEmpty()
                    ? DSL.noCondition()
                    : other.LOADER_ID.notIn(scope.superseded()))
            .fetch();
    long[] rows = new long[found.size()];
    for (int f = 0; f < rows.length; f++) {
      var r = found.get(f);
      int row =
          counts.rowOf(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
      rows[f] = ((long) row << 32) | f;
    }
    java.util.Arrays.sort(rows);
    for (int k = 0; k < Math.min(rows.length, LoadRun.MAX_STORED_PROBLEMS); k++) {
      int i = (int) (rows[k] >>> 32);
      String key = counts.keyText(i);
      run.problem(
          counts.where(i, "count", key),
          "duplicate-key",
          "loader '"
              + found.get((int) rows[k]).value7()
              + "' of this topic already delivered ("
              + key
              + ")");
    }
    run.rejectedAfterStaging(rows.length);
  }

  /** Says which measures' rows the run left out, and why. */
  private static void leftOut(LoadRun run, RunScope scope, StagedCounts counts) {
    for (var out : counts.leftOut().entrySet()) {
      String measure = out.getKey();
      String loader = out.getValue().loader();
      long rows = out.getValue().rows();
      run.leftOut(
          rows,
          scope.synthetic()
              ? "kept the real counts of measure '"
                  + measure
                  + "' (loader '"
                  + loader
                  + "'), left out "
                  + rows
                  + " synthetic rows"
              : "kept the counts of measure '"
                  + measure
                  + "' that replaced this loader's (loader '"
                  + loader
                  + "'), left out "
                  + rows
                  + " rows");
    }
  }

  /**
   * Replaces the loader's counts and published values with the staged ones, all of them or, for a
   * {@link RunScope#partial} run, those of the measures and indicators it delivers; a run's counts
   * replace the lower ranks' counts of the same measures ({@link RunScope#superseded}). The run's
   * table becomes its partition of {@code measure_count}.
   */
  void apply(
      LoadRun run,
      RunScope scope,
      Set<String> staged,
      List<PublishedRow> published,
      TopicHoldings holdings) {
    // First: the loader's own measures, read beside the run, must be in before this transaction
    // locks measure_count exclusively (replaceCounts), or that read would wait for it to commit.
    countsChanged(scope.topicId(), changedMeasures(scope, staged, published, holdings), run.id());
    if (!scope.superseded().isEmpty()) {
      replaceSuperseded(run, scope, staged, holdings);
    }
    replaceCounts(scope, staged);
    if (!staged.isEmpty()) {
      partitions.attach(run.id());
    }
    replacePublished(run, scope, published);
  }

  /**
   * What the run changes: the measures it stages and those the loader held before, and (with {@link
   * #PUBLISHED_PREFIX}) the indicators whose published values it delivers or held.
   */
  private static Set<String> changedMeasures(
      RunScope scope, Set<String> staged, List<PublishedRow> published, TopicHoldings holdings) {
    Set<String> changed = new TreeSet<>(staged);
    changed.addAll(holdings.ownMeasures());
    Set<String> changedPublished = new TreeSet<>(holdings.ownPublished());
    published.forEach(p -> changedPublished.add(p.indicatorId()));
    changedPublished.forEach(i -> changed.add(PUBLISHED_PREFIX + i));
    return changed;
  }

  /** The run's counts replace the lower ranks' counts of the same measures (RunScope). */
  private void replaceSuperseded(
      LoadRun run, RunScope scope, Set<String> staged, TopicHoldings holdings) {
    Set<String> loaders = new TreeSet<>();
    for (String measure : new TreeSet<>(staged)) {
      for (String loader : new TreeSet<>(scope.superseded())) {
        long rows = holdings.rows(loader, measure);
        if (rows == 0) {
          continue;
        }
        db.deleteFrom(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
            .and(MEASURE_COUNT.MEASURE_ID.eq(measure))
            .and(MEASURE_COUNT.LOADER_ID.eq(loader))
            .execute();
        loaders.add(loader);
        run.note(
            "replaced the "
                + rows
                + (scope.syntheticLoaders().contains(loader) ? " synthetic" : "")
                + " rows of measure '"
                + measure
                + "' (loader '"
                + loader
                + "')");
      }
    }
    for (String loader : loaders) {
      partitions.dropEmpty(partitions.runs(scope.topicId(), loader));
    }
  }

  /**
   * The loader's counts (of the staged measures only, for a partial run) go: its partitions are
   * dropped, or for a partial run the staged measures' rows deleted from them (and those left empty
   * dropped).
   */
  private void replaceCounts(RunScope scope, Set<String> staged) {
    List<Long> previous = partitions.runs(scope.topicId(), scope.loaderId());
    if (!scope.partial()) {
      partitions.drop(previous);
      return;
    }
    if (previous.isEmpty() || staged.isEmpty()) {
      return;
    }
    db.deleteFrom(MEASURE_COUNT)
        .where(MEASURE_COUNT.TOPIC_ID.eq(scope.topicId()))
        .and(MEASURE_COUNT.LOADER_ID.eq(scope.loaderId()))
        .and(MEASURE_COUNT.MEASURE_ID.in(staged))
        .execute();
    partitions.dropEmpty(previous);
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
    // COPY rather than one INSERT of 14 parameters per row: thousands of rows in milliseconds.
    BinaryCopy copy =
        BinaryCopy.open(
            DataSourceUtils.getConnection(dataSource),
            PUBLISHED_VALUE.getName(),
            List.of(
                "topic_id",
                "indicator_id",
                "\"level\"",
                "area_code",
                "period_from",
                "period_to",
                "category",
                "value",
                "numerator",
                "denominator",
                "lower95",
                "upper95",
                "loader_id",
                "run_id"));
    try {
      for (PublishedRow p : published) {
        copy.row(14)
            .text(scope.topicId())
            .text(p.indicatorId())
            .text(p.level())
            .text(p.areaCode())
            .int4(p.periodFrom())
            .int4(p.periodTo())
            .text(p.category())
            .float8(p.value())
            .float8(p.numerator())
            .float8(p.denominator())
            .float8(p.lower95())
            .float8(p.upper95())
            .text(scope.loaderId())
            .int8(run.id());
      }
      copy.close();
    } finally {
      copy.cancel();
    }
  }

  /**
   * Records that a run changed these measures' counts (or, {@link #PUBLISHED_PREFIX}, an
   * indicator's published values): the counts versions results are computed from. In the run's
   * transaction, so that counts and their version change together.
   */
  void countsChanged(String topicId, Set<String> measures, long runId) {
    if (measures.isEmpty()) {
      return;
    }
    // One round trip for all of them (a topic has dozens of measures).
    db.batch(
            measures.stream()
                .map(
                    measure ->
                        Upsert.into(db, COUNTS_VERSION)
                            .key(COUNTS_VERSION.TOPIC_ID, topicId)
                            .key(COUNTS_VERSION.MEASURE_ID, measure)
                            .set(COUNTS_VERSION.RUN_ID, runId)
                            .query())
                .toList())
        .execute();
  }
}
