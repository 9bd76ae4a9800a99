package org.variatlas.app.loads;

import static org.variatlas.app.db.Tables.MEASURE_COUNT;
import static org.variatlas.app.db.Tables.PUBLISHED_VALUE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.variatlas.app.db.tables.records.PublishedValueRecord;

/**
 * What the topic loaders stored, read back: which run and loaders each measure's counts come from,
 * row counts and sums, published values (the admin pages, tests and sanity checks); and deleting
 * what one run applied.
 */
@Repository
public class RunDataRepository {

  private final DSLContext db;
  private final MeasureDataRepository measureData;
  private final CountPartitionRepository partitions;

  public RunDataRepository(
      DSLContext db, MeasureDataRepository measureData, CountPartitionRepository partitions) {
    this.db = db;
    this.measureData = measureData;
    this.partitions = partitions;
  }

  /**
   * Deletes the counts and published values a run applied (in the caller's transaction) and marks
   * the measures it fed as changed, so that their results are recomputed; the counts version of a
   * deleted run's measure is the run's id negated (no load run has it).
   *
   * @return the rows deleted
   */
  public int deleteRun(String topicId, long runId) {
    partitions.lockWriters();
    Set<String> measures =
        new TreeSet<>(
            db.selectDistinct(MEASURE_COUNT.MEASURE_ID)
                .from(MEASURE_COUNT)
                .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
                .and(MEASURE_COUNT.RUN_ID.eq(runId))
                .fetch(MEASURE_COUNT.MEASURE_ID));
    db.selectDistinct(PUBLISHED_VALUE.INDICATOR_ID)
        .from(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
        .and(PUBLISHED_VALUE.RUN_ID.eq(runId))
        .forEach(r -> measures.add(MeasureDataRepository.PUBLISHED_PREFIX + r.value1()));
    int rows = 0;
    if (partitions.runs(topicId, null).contains(runId)) {
      // The run's counts are its partition: dropped whole, not deleted row by row.
      rows = db.fetchCount(MEASURE_COUNT, MEASURE_COUNT.RUN_ID.eq(runId));
      partitions.drop(List.of(runId));
    }
    rows +=
        db.deleteFrom(PUBLISHED_VALUE)
            .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
            .and(PUBLISHED_VALUE.RUN_ID.eq(runId))
            .execute();
    measureData.countsChanged(topicId, measures, -runId);
    return rows;
  }

  /** Whether any count or published value of the run is left. */
  public boolean hasRows(String topicId, long runId) {
    return db.fetchExists(
            MEASURE_COUNT, MEASURE_COUNT.TOPIC_ID.eq(topicId).and(MEASURE_COUNT.RUN_ID.eq(runId)))
        || db.fetchExists(
            PUBLISHED_VALUE,
            PUBLISHED_VALUE.TOPIC_ID.eq(topicId).and(PUBLISHED_VALUE.RUN_ID.eq(runId)));
  }

  /**
   * The run whose counts each measure of a topic holds now (the latest, when rows of several runs
   * remain): measure id to run id.
   */
  public Map<String, Long> currentRuns(String topicId) {
    Map<String, Long> out = new TreeMap<>();
    db.select(MEASURE_COUNT.MEASURE_ID, DSL.max(MEASURE_COUNT.RUN_ID))
        .from(MEASURE_COUNT)
        .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
        .groupBy(MEASURE_COUNT.MEASURE_ID)
        .forEach(r -> out.put(r.value1(), r.value2()));
    db.select(PUBLISHED_VALUE.INDICATOR_ID, DSL.max(PUBLISHED_VALUE.RUN_ID))
        .from(PUBLISHED_VALUE)
        .where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId))
        .groupBy(PUBLISHED_VALUE.INDICATOR_ID)
        .forEach(r -> out.put(MeasureDataRepository.PUBLISHED_PREFIX + r.value1(), r.value2()));
    return out;
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
        db.select(DSL.sum(MEASURE_COUNT.COUNT))
            .from(MEASURE_COUNT)
            .where(MEASURE_COUNT.TOPIC_ID.eq(topicId))
            .and(MEASURE_COUNT.MEASURE_ID.eq(measureId))
            .fetchOne(0, BigDecimal.class);
    return v == null ? 0 : v.longValue();
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
        .fetch(RunDataRepository::publishedRow);
  }

  /** A stored published value, without its source location. */
  static PublishedRow publishedRow(PublishedValueRecord r) {
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
}
