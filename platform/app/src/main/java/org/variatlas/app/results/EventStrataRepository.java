package org.variatlas.app.results;

import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.variatlas.app.db.Tables.MEASURE_COUNT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/**
 * A measure's counts summed by base unit in SQL: the numerator side of the strata the engine
 * standardises, rolled up to the areas of each level by {@link EventRollUp}. The bands match {@code
 * PopulationService.strata}: {@code width} years from the filter's lowest age.
 */
@Repository
public class EventStrataRepository {

  private final DSLContext db;

  public EventStrataRepository(DSLContext db) {
    this.db = db;
  }

  /**
   * Counts by base unit x year x sex x band x category, for the years of {@code years} and the
   * residents the filter admits: one read per measure, which {@link EventRollUp} rolls up to the
   * areas of every level.
   */
  public List<EventStratum> unitStrata(
      String topicId, String measureId, Period years, PopulationFilter filter, int width) {
    Field<Integer> band =
        val(filter.ageFrom())
            .plus(MEASURE_COUNT.AGE.minus(filter.ageFrom()).div(width).mul(width))
            .as("band");
    Field<BigDecimal> count = sum(MEASURE_COUNT.COUNT).as("events");
    return db.select(
            MEASURE_COUNT.BASE_UNIT,
            MEASURE_COUNT.YEAR,
            MEASURE_COUNT.SEX,
            band,
            MEASURE_COUNT.CATEGORY,
            count)
        .from(MEASURE_COUNT)
        .where(counts(topicId, measureId, years, filter))
        .groupBy(
            MEASURE_COUNT.BASE_UNIT,
            MEASURE_COUNT.YEAR,
            MEASURE_COUNT.SEX,
            band,
            MEASURE_COUNT.CATEGORY)
        .fetch(
            r ->
                new EventStratum(
                    r.value1(),
                    r.value2(),
                    Sex.valueOf(r.value3().toUpperCase(Locale.ROOT)),
                    r.value4(),
                    r.value5(),
                    r.value6().longValueExact()));
  }

  /**
   * Counts by base unit x year x category for the years of {@code years} and the residents the
   * filter admits: the finest cells the published figures are sums of (disclosure control's atoms).
   */
  public List<UnitCount> unitCounts(
      String topicId, String measureId, Period years, PopulationFilter filter) {
    Field<BigDecimal> count = sum(MEASURE_COUNT.COUNT).as("events");
    return db.select(MEASURE_COUNT.BASE_UNIT, MEASURE_COUNT.YEAR, MEASURE_COUNT.CATEGORY, count)
        .from(MEASURE_COUNT)
        .where(counts(topicId, measureId, years, filter))
        .groupBy(MEASURE_COUNT.BASE_UNIT, MEASURE_COUNT.YEAR, MEASURE_COUNT.CATEGORY)
        .fetch(r -> new UnitCount(r.value1(), r.value2(), r.value3(), r.value4().longValueExact()));
  }

  /** A measure's counts in these years for the residents the filter admits. */
  private static Condition counts(
      String topicId, String measureId, Period years, PopulationFilter filter) {
    return MEASURE_COUNT
        .TOPIC_ID
        .eq(topicId)
        .and(MEASURE_COUNT.MEASURE_ID.eq(measureId))
        .and(MEASURE_COUNT.YEAR.between(years.from(), years.to()))
        .and(MEASURE_COUNT.AGE.between(filter.ageFrom(), filter.ageTo()))
        .and(MEASURE_COUNT.SEX.in(filter.sexes().stream().map(Sex::code).toList()));
  }

  /** A measure's count in one base unit, year and category ({@code ""} for none). */
  public record UnitCount(String baseUnit, int year, String category, long count) {}
}
