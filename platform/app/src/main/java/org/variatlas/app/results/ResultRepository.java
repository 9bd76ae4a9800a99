package org.variatlas.app.results;

import static org.variatlas.app.db.Tables.INDICATOR_RESULT;
import static org.variatlas.app.db.Tables.INDICATOR_RESULT_CATEGORY;
import static org.variatlas.app.db.Tables.INDICATOR_SUMMARY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.app.db.tables.records.IndicatorResultCategoryRecord;
import org.variatlas.app.db.tables.records.IndicatorResultRecord;
import org.variatlas.app.db.tables.records.IndicatorSummaryRecord;

/**
 * The materialised results, by version ({@link ResultVersionRepository}): written per indicator
 * into a topic's new version after each load, read by views and the API from one version at a time.
 */
@Repository
public class ResultRepository {

  private final DSLContext db;

  public ResultRepository(DSLContext db) {
    this.db = db;
  }

  /** Writes an indicator's computed results into a version (in the version's transaction). */
  public void insert(
      long version,
      String topicId,
      List<ResultRow> rows,
      List<CategoryRow> categories,
      List<SummaryRow> summaries) {
    insertAll(INDICATOR_RESULT, rows.stream().map(r -> record(version, topicId, r)).toList());
    insertAll(
        INDICATOR_RESULT_CATEGORY,
        categories.stream().map(c -> record(version, topicId, c)).toList());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    insertAll(
        INDICATOR_SUMMARY, summaries.stream().map(s -> record(version, topicId, s, now)).toList());
  }

  /** Copies an indicator's results from one version into another, in the database. */
  public void copy(long from, long to, String indicatorId) {
    // Plain SQL: an INSERT ... SELECT of every column with one replaced is clearer spelled out.
    db.execute(
        "insert into indicator_result select {0}, topic_id, indicator_id, \"level\", period_from,"
            + " period_to, area_code, national, provenance, events, population, crude, rate_value,"
            + " lower95, upper95, lower998, upper998, comparison, funnel_significance, status,"
            + " suppressed from indicator_result where version_id = {1} and indicator_id = {2}",
        DSL.val(to), DSL.val(from), DSL.val(indicatorId));
    db.execute(
        "insert into indicator_result_category select {0}, topic_id, indicator_id, \"level\","
            + " period_from, period_to, area_code, category, rate_value from"
            + " indicator_result_category where version_id = {1} and indicator_id = {2}",
        DSL.val(to), DSL.val(from), DSL.val(indicatorId));
    db.execute(
        "insert into indicator_summary select {0}, topic_id, indicator_id, \"level\", period_from,"
            + " period_to, areas, ft1, ft2, ft3, eq95to5, eq80to20, cv, cv_weighted, scv, scv_log,"
            + " eb_alpha, class_breaks, computed_at from indicator_summary where version_id = {1}"
            + " and indicator_id = {2}",
        DSL.val(to), DSL.val(from), DSL.val(indicatorId));
  }

  /** The rows of one level and period, national row included, in area-code order. */
  public List<ResultRow> rows(long version, String indicatorId, String level, Period period) {
    return db.selectFrom(INDICATOR_RESULT)
        .where(key(version, indicatorId, level))
        .and(INDICATOR_RESULT.PERIOD_FROM.eq(period.from()))
        .and(INDICATOR_RESULT.PERIOD_TO.eq(period.to()))
        .orderBy(INDICATOR_RESULT.AREA_CODE)
        .fetch(ResultRepository::row);
  }

  /** The single-year rows of a level within {@code years} (for yearly dots and trends). */
  public List<ResultRow> yearRows(long version, String indicatorId, String level, Period years) {
    return db.selectFrom(INDICATOR_RESULT)
        .where(key(version, indicatorId, level))
        .and(INDICATOR_RESULT.PERIOD_FROM.eq(INDICATOR_RESULT.PERIOD_TO))
        .and(INDICATOR_RESULT.PERIOD_FROM.between(years.from(), years.to()))
        .orderBy(INDICATOR_RESULT.AREA_CODE, INDICATOR_RESULT.PERIOD_FROM)
        .fetch(ResultRepository::row);
  }

  /** The periods with results on a level, years before spans, ascending. */
  public List<Period> periods(long version, String indicatorId, String level) {
    return db.selectDistinct(INDICATOR_RESULT.PERIOD_FROM, INDICATOR_RESULT.PERIOD_TO)
        .from(INDICATOR_RESULT)
        .where(key(version, indicatorId, level))
        .orderBy(INDICATOR_RESULT.PERIOD_FROM, INDICATOR_RESULT.PERIOD_TO)
        .fetch(r -> Period.of(r.value1(), r.value2()));
  }

  /** The area levels with results of each indicator in a version (one query for the topic). */
  public java.util.Map<String, java.util.Set<String>> levels(long version) {
    java.util.Map<String, java.util.Set<String>> levels = new java.util.LinkedHashMap<>();
    db.selectDistinct(INDICATOR_RESULT.INDICATOR_ID, INDICATOR_RESULT.LEVEL)
        .from(INDICATOR_RESULT)
        .where(INDICATOR_RESULT.VERSION_ID.eq(version))
        .forEach(
            r ->
                levels
                    .computeIfAbsent(r.value1(), k -> new java.util.LinkedHashSet<>())
                    .add(r.value2()));
    return levels;
  }

  /** Whether any result of an indicator is stored in a version. */
  public boolean hasResults(long version, String indicatorId) {
    return db.fetchExists(
        INDICATOR_RESULT,
        INDICATOR_RESULT.VERSION_ID.eq(version).and(INDICATOR_RESULT.INDICATOR_ID.eq(indicatorId)));
  }

  public List<CategoryRow> categories(
      long version, String indicatorId, String level, Period period) {
    return db.selectFrom(INDICATOR_RESULT_CATEGORY)
        .where(INDICATOR_RESULT_CATEGORY.VERSION_ID.eq(version))
        .and(INDICATOR_RESULT_CATEGORY.INDICATOR_ID.eq(indicatorId))
        .and(INDICATOR_RESULT_CATEGORY.LEVEL.eq(level))
        .and(INDICATOR_RESULT_CATEGORY.PERIOD_FROM.eq(period.from()))
        .and(INDICATOR_RESULT_CATEGORY.PERIOD_TO.eq(period.to()))
        .fetch(
            r ->
                new CategoryRow(
                    r.getIndicatorId(),
                    r.getLevel(),
                    Period.of(r.getPeriodFrom(), r.getPeriodTo()),
                    r.getAreaCode(),
                    r.getCategory(),
                    r.getRateValue()));
  }

  public Optional<SummaryRow> summary(
      long version, String indicatorId, String level, Period period) {
    return db.selectFrom(INDICATOR_SUMMARY)
        .where(INDICATOR_SUMMARY.VERSION_ID.eq(version))
        .and(INDICATOR_SUMMARY.INDICATOR_ID.eq(indicatorId))
        .and(INDICATOR_SUMMARY.LEVEL.eq(level))
        .and(INDICATOR_SUMMARY.PERIOD_FROM.eq(period.from()))
        .and(INDICATOR_SUMMARY.PERIOD_TO.eq(period.to()))
        .fetchOptional(ResultRepository::summary);
  }

  private static Condition key(long version, String indicatorId, String level) {
    return INDICATOR_RESULT
        .VERSION_ID
        .eq(version)
        .and(INDICATOR_RESULT.INDICATOR_ID.eq(indicatorId))
        .and(INDICATOR_RESULT.LEVEL.eq(level));
  }

  private static ResultRow row(Record record) {
    IndicatorResultRecord r = record.into(INDICATOR_RESULT);
    return new ResultRow(
        r.getIndicatorId(),
        r.getLevel(),
        Period.of(r.getPeriodFrom(), r.getPeriodTo()),
        r.getAreaCode(),
        r.getNational(),
        Provenance.valueOf(r.getProvenance()),
        r.getEvents(),
        r.getPopulation(),
        r.getCrude(),
        r.getRateValue(),
        r.getLower95(),
        r.getUpper95(),
        r.getLower998(),
        r.getUpper998(),
        Comparison.valueOf(r.getComparison()),
        r.getFunnelSignificance(),
        r.getStatus(),
        r.getSuppressed());
  }

  private static SummaryRow summary(IndicatorSummaryRecord r) {
    List<Double> breaks =
        r.getClassBreaks().isEmpty()
            ? List.of()
            : Arrays.stream(r.getClassBreaks().split(",")).map(Double::valueOf).toList();
    return new SummaryRow(
        r.getIndicatorId(),
        r.getLevel(),
        Period.of(r.getPeriodFrom(), r.getPeriodTo()),
        new VariationSummary(
            r.getAreas(),
            r.getFt1(),
            r.getFt2(),
            r.getFt3(),
            r.getEq95to5(),
            r.getEq80to20(),
            r.getCv(),
            r.getCvWeighted(),
            r.getScv(),
            r.getScvLog(),
            r.getEbAlpha()),
        breaks);
  }

  /**
   * One insert statement rendered once and bound per record (jOOQ's {@code batchInsert} renders the
   * SQL of every record again, which was most of a recomputation's time in Java).
   */
  private <R extends TableRecord<R>> void insertAll(Table<R> table, List<R> records) {
    if (records.isEmpty()) {
      return;
    }
    Field<?>[] fields = table.fields();
    BatchBindStep batch =
        db.batch(
            db.insertInto(table)
                .columns(fields)
                .values(Collections.nCopies(fields.length, (Object) null)));
    for (R r : records) {
      batch.bind(r.intoArray());
    }
    batch.execute();
  }

  private IndicatorResultRecord record(long version, String topicId, ResultRow r) {
    IndicatorResultRecord record = db.newRecord(INDICATOR_RESULT);
    record
        .setVersionId(version)
        .setTopicId(topicId)
        .setIndicatorId(r.indicatorId())
        .setLevel(r.level())
        .setPeriodFrom(r.period().from())
        .setPeriodTo(r.period().to())
        .setAreaCode(r.areaCode())
        .setNational(r.national())
        .setProvenance(r.provenance().name())
        .setEvents(r.events())
        .setPopulation(r.population())
        .setCrude(r.crude())
        .setRateValue(r.value())
        .setLower95(r.lower95())
        .setUpper95(r.upper95())
        .setLower998(r.lower998())
        .setUpper998(r.upper998())
        .setComparison(r.comparison().name())
        .setFunnelSignificance(r.funnelSignificance())
        .setStatus(r.status())
        .setSuppressed(r.suppressed());
    return record;
  }

  private IndicatorResultCategoryRecord record(long version, String topicId, CategoryRow c) {
    IndicatorResultCategoryRecord record = db.newRecord(INDICATOR_RESULT_CATEGORY);
    record
        .setVersionId(version)
        .setTopicId(topicId)
        .setIndicatorId(c.indicatorId())
        .setLevel(c.level())
        .setPeriodFrom(c.period().from())
        .setPeriodTo(c.period().to())
        .setAreaCode(c.areaCode())
        .setCategory(c.category())
        .setRateValue(c.value());
    return record;
  }

  private IndicatorSummaryRecord record(
      long version, String topicId, SummaryRow s, OffsetDateTime now) {
    VariationSummary v = s.variation();
    IndicatorSummaryRecord record = db.newRecord(INDICATOR_SUMMARY);
    record
        .setVersionId(version)
        .setTopicId(topicId)
        .setIndicatorId(s.indicatorId())
        .setLevel(s.level())
        .setPeriodFrom(s.period().from())
        .setPeriodTo(s.period().to())
        .setAreas(v == null ? 0 : v.areas())
        .setFt1(v == null ? null : v.ft1())
        .setFt2(v == null ? null : v.ft2())
        .setFt3(v == null ? null : v.ft3())
        .setEq95to5(v == null ? null : v.eq95to5())
        .setEq80to20(v == null ? null : v.eq80to20())
        .setCv(v == null ? null : v.cv())
        .setCvWeighted(v == null ? null : v.cvWeighted())
        .setScv(v == null ? null : v.scv())
        .setScvLog(v == null ? null : v.scvLog())
        .setEbAlpha(v == null ? null : v.ebAlpha())
        .setClassBreaks(
            s.classBreaks().stream().map(d -> Double.toString(d)).collect(Collectors.joining(",")))
        .setComputedAt(now);
    return record;
  }
}
