package org.variatlas.app.results;

import static org.variatlas.app.db.Tables.INDICATOR_RESULT;
import static org.variatlas.app.db.Tables.INDICATOR_RESULT_CATEGORY;
import static org.variatlas.app.db.Tables.INDICATOR_SUMMARY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.app.db.tables.records.IndicatorResultCategoryRecord;
import org.variatlas.app.db.tables.records.IndicatorResultRecord;
import org.variatlas.app.db.tables.records.IndicatorSummaryRecord;

/** The materialised results: written per indicator after each load, read by views and the API. */
@Repository
public class ResultRepository {

  private final DSLContext db;

  public ResultRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * Replaces everything stored for one indicator (call inside a transaction, so readers see the old
   * or the new results, never a mix).
   */
  public void replace(
      String topicId,
      String indicatorId,
      List<ResultRow> rows,
      List<CategoryRow> categories,
      List<SummaryRow> summaries) {
    // Two computations of one indicator (an event-driven one and one asked for) must not
    // interleave their delete and insert: serialise them on a transaction-scoped lock, which
    // also holds across app instances sharing the database. Plain SQL: jOOQ has no typed form.
    db.execute("select pg_advisory_xact_lock(hashtext({0}))", DSL.val(topicId + "/" + indicatorId));
    delete(topicId, indicatorId);
    if (!rows.isEmpty()) {
      db.batchInsert(rows.stream().map(r -> record(topicId, r)).toList()).execute();
    }
    if (!categories.isEmpty()) {
      db.batchInsert(categories.stream().map(c -> record(topicId, c)).toList()).execute();
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (!summaries.isEmpty()) {
      db.batchInsert(summaries.stream().map(s -> record(topicId, s, now)).toList()).execute();
    }
  }

  /** Deletes an indicator's results (e.g. when its data are gone). */
  public void delete(String topicId, String indicatorId) {
    db.deleteFrom(INDICATOR_RESULT_CATEGORY)
        .where(INDICATOR_RESULT_CATEGORY.TOPIC_ID.eq(topicId))
        .and(INDICATOR_RESULT_CATEGORY.INDICATOR_ID.eq(indicatorId))
        .execute();
    db.deleteFrom(INDICATOR_RESULT)
        .where(INDICATOR_RESULT.TOPIC_ID.eq(topicId))
        .and(INDICATOR_RESULT.INDICATOR_ID.eq(indicatorId))
        .execute();
    db.deleteFrom(INDICATOR_SUMMARY)
        .where(INDICATOR_SUMMARY.TOPIC_ID.eq(topicId))
        .and(INDICATOR_SUMMARY.INDICATOR_ID.eq(indicatorId))
        .execute();
  }

  /** The rows of one level and period, national row included, in area-code order. */
  public List<ResultRow> rows(String topicId, String indicatorId, String level, Period period) {
    return db.selectFrom(INDICATOR_RESULT)
        .where(key(topicId, indicatorId, level))
        .and(INDICATOR_RESULT.PERIOD_FROM.eq(period.from()))
        .and(INDICATOR_RESULT.PERIOD_TO.eq(period.to()))
        .orderBy(INDICATOR_RESULT.AREA_CODE)
        .fetch(ResultRepository::row);
  }

  /** The single-year rows of a level within {@code years} (for yearly dots and trends). */
  public List<ResultRow> yearRows(String topicId, String indicatorId, String level, Period years) {
    return db.selectFrom(INDICATOR_RESULT)
        .where(key(topicId, indicatorId, level))
        .and(INDICATOR_RESULT.PERIOD_FROM.eq(INDICATOR_RESULT.PERIOD_TO))
        .and(INDICATOR_RESULT.PERIOD_FROM.between(years.from(), years.to()))
        .orderBy(INDICATOR_RESULT.AREA_CODE, INDICATOR_RESULT.PERIOD_FROM)
        .fetch(ResultRepository::row);
  }

  /** The periods with results on a level, years before spans, ascending. */
  public List<Period> periods(String topicId, String indicatorId, String level) {
    return db.selectDistinct(INDICATOR_RESULT.PERIOD_FROM, INDICATOR_RESULT.PERIOD_TO)
        .from(INDICATOR_RESULT)
        .where(key(topicId, indicatorId, level))
        .orderBy(INDICATOR_RESULT.PERIOD_FROM, INDICATOR_RESULT.PERIOD_TO)
        .fetch(r -> Period.of(r.value1(), r.value2()));
  }

  /** Whether any result of an indicator is stored. */
  public boolean hasResults(String topicId, String indicatorId) {
    return db.fetchExists(
        INDICATOR_RESULT,
        INDICATOR_RESULT.TOPIC_ID.eq(topicId).and(INDICATOR_RESULT.INDICATOR_ID.eq(indicatorId)));
  }

  public List<CategoryRow> categories(
      String topicId, String indicatorId, String level, Period period) {
    return db.selectFrom(INDICATOR_RESULT_CATEGORY)
        .where(INDICATOR_RESULT_CATEGORY.TOPIC_ID.eq(topicId))
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
      String topicId, String indicatorId, String level, Period period) {
    return db.selectFrom(INDICATOR_SUMMARY)
        .where(INDICATOR_SUMMARY.TOPIC_ID.eq(topicId))
        .and(INDICATOR_SUMMARY.INDICATOR_ID.eq(indicatorId))
        .and(INDICATOR_SUMMARY.LEVEL.eq(level))
        .and(INDICATOR_SUMMARY.PERIOD_FROM.eq(period.from()))
        .and(INDICATOR_SUMMARY.PERIOD_TO.eq(period.to()))
        .fetchOptional(ResultRepository::summary);
  }

  private static Condition key(String topicId, String indicatorId, String level) {
    return INDICATOR_RESULT
        .TOPIC_ID
        .eq(topicId)
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

  private IndicatorResultRecord record(String topicId, ResultRow r) {
    IndicatorResultRecord record = db.newRecord(INDICATOR_RESULT);
    record
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

  private IndicatorResultCategoryRecord record(String topicId, CategoryRow c) {
    IndicatorResultCategoryRecord record = db.newRecord(INDICATOR_RESULT_CATEGORY);
    record
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

  private IndicatorSummaryRecord record(String topicId, SummaryRow s, OffsetDateTime now) {
    VariationSummary v = s.variation();
    IndicatorSummaryRecord record = db.newRecord(INDICATOR_SUMMARY);
    record
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
