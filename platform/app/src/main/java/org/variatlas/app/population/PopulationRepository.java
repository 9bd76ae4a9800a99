package org.variatlas.app.population;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.variatlas.app.db.Tables.AREA_MAPPING;
import static org.variatlas.app.db.Tables.POPULATION;
import static org.variatlas.app.db.Tables.POPULATION_NATIONAL;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.app.loads.LoadRun;
import org.variatlas.app.loads.StagingRepository;

/**
 * The {@code population} and {@code population_national} tables: staging and applying a population
 * load, and the roll-ups by area level, year, sex and age that rates need.
 *
 * <p>Area membership comes from {@code area_mapping} joined on base unit and year within the
 * mapping's validity, so a year picks the area of its time (or of the chosen mapping version).
 */
@Repository
public class PopulationRepository {

  // Staging tables: temporary, dropped at the end of the run's transaction. They are not in the
  // generated schema, so they are named here (plain SQL for their DDL only).
  static final String STAGE_UNITS = "stage_population_unit";
  static final String STAGE_NATIONAL = "stage_population_national";
  static final String[] STAGE_UNIT_COLUMNS = {
    "base_unit", "kommune", "year", "sex", "age", "persons", "file", "line"
  };
  static final String[] STAGE_NATIONAL_COLUMNS = {"year", "sex", "age", "persons", "file", "line"};

  private static final Table<Record> UNITS = table(name(STAGE_UNITS));
  private static final Table<Record> NATIONAL = table(name(STAGE_NATIONAL));
  private static final Field<String> S_UNIT = field(name("base_unit"), SQLDataType.VARCHAR);
  private static final Field<String> S_KOMMUNE = field(name("kommune"), SQLDataType.VARCHAR);
  private static final Field<Integer> S_YEAR = field(name("year"), SQLDataType.INTEGER);
  private static final Field<String> S_SEX = field(name("sex"), SQLDataType.VARCHAR);
  private static final Field<Integer> S_AGE = field(name("age"), SQLDataType.INTEGER);
  private static final Field<Long> S_PERSONS = field(name("persons"), SQLDataType.BIGINT);
  private static final Field<String> S_FILE = StagingRepository.FILE;
  private static final Field<Long> S_LINE = StagingRepository.LINE;

  private final DSLContext db;
  private final StagingRepository staging;

  public PopulationRepository(DSLContext db, StagingRepository staging) {
    this.db = db;
    this.staging = staging;
  }

  // ---- loading ------------------------------------------------------------------------------

  /** Creates the run's staging tables (temporary, dropped on commit or rollback). */
  void createStaging() {
    // Plain SQL: temporary tables are outside the generated schema.
    db.execute(
        "create temporary table "
            + STAGE_UNITS
            + " (base_unit varchar(16), kommune varchar(8), year integer, sex varchar(6), age"
            + " integer, persons bigint, file text, line bigint) on commit drop");
    db.execute(
        "create temporary table "
            + STAGE_NATIONAL
            + " (year integer, sex varchar(6),"
            + " age integer, persons bigint, file text, line bigint) on commit drop");
  }

  /**
   * Finds what only the whole set shows: a key given twice, a city-year-sex-age without bydel
   * figures (its residual would be the whole city), and bydeler summing to more than their city.
   */
  void checkStaging(LoadRun run, Collection<String> cities) {
    staging.duplicates(
        run, UNITS, List.of(S_UNIT, S_YEAR, S_SEX, S_AGE), "bydelsnummer or kommunenummer");
    staging.duplicates(run, NATIONAL, List.of(S_YEAR, S_SEX, S_AGE), "year");
    Table<?> city = cityRows(cities);
    Table<?> bydeler = bydelTotals(cities);
    Field<BigDecimal> total = bydeler.field("total", BigDecimal.class);
    db.select(
            city.field(S_KOMMUNE),
            city.field(S_YEAR),
            city.field(S_SEX),
            city.field(S_AGE),
            city.field(S_PERSONS),
            city.field(S_FILE),
            city.field(S_LINE),
            total)
        .from(city)
        .leftJoin(bydeler)
        .using(S_KOMMUNE, S_YEAR, S_SEX, S_AGE)
        .where(total.isNull().or(total.gt(city.field(S_PERSONS).cast(BigDecimal.class))))
        .orderBy(city.field(S_LINE))
        .limit(LoadRun.MAX_STORED_PROBLEMS)
        .forEach(
            r -> {
              var where =
                  new org.variatlas.api.model.SourceLocation(
                      r.get(S_FILE), r.get(S_LINE), "population", String.valueOf(r.get(S_PERSONS)));
              String key =
                  r.get(S_KOMMUNE)
                      + ", "
                      + r.get(S_YEAR)
                      + ", "
                      + r.get(S_SEX)
                      + ", age "
                      + r.get(S_AGE);
              if (r.get(total) == null) {
                run.problem(
                    where,
                    "missing-bydel-population",
                    "no bydel figures for "
                        + key
                        + ": the residents with unknown bydel cannot be computed");
              } else {
                run.problem(
                    where,
                    "negative-residual",
                    "the bydeler of "
                        + key
                        + " sum to "
                        + r.get(total)
                        + ", more than the kommune's total");
              }
            });
  }

  /** The staged rows of split cities as a whole (kommune-file rows under the city's code). */
  private Table<?> cityRows(Collection<String> cities) {
    return db.select(S_KOMMUNE, S_YEAR, S_SEX, S_AGE, S_PERSONS, S_FILE, S_LINE)
        .from(UNITS)
        .where(S_UNIT.in(cities))
        .asTable("c");
  }

  /** The staged bydeler summed per city, year, sex and age. */
  private Table<?> bydelTotals(Collection<String> cities) {
    return db.select(S_KOMMUNE, S_YEAR, S_SEX, S_AGE, sum(S_PERSONS).as("total"))
        .from(UNITS)
        .where(S_KOMMUNE.in(cities))
        .and(S_UNIT.ne(S_KOMMUNE))
        .groupBy(S_KOMMUNE, S_YEAR, S_SEX, S_AGE)
        .asTable("b");
  }

  /** Replaces the population with the staged rows and the residual units. */
  void applyStaging(Map<String, String> residualOfCity) {
    db.deleteFrom(POPULATION).execute();
    db.insertInto(
            POPULATION,
            POPULATION.BASE_UNIT,
            POPULATION.YEAR,
            POPULATION.SEX,
            POPULATION.AGE,
            POPULATION.PERSONS)
        .select(
            db.select(S_UNIT, S_YEAR, S_SEX, S_AGE, S_PERSONS.cast(Integer.class))
                .from(UNITS)
                .where(S_UNIT.notIn(residualOfCity.keySet()))
                // In key order, the primary key's b-tree fills page by page instead of at random.
                .orderBy(S_UNIT, S_YEAR, S_SEX, S_AGE))
        .execute();
    Table<?> city = cityRows(residualOfCity.keySet());
    Table<?> bydeler = bydelTotals(residualOfCity.keySet());
    Field<BigDecimal> total = bydeler.field("total", BigDecimal.class);
    Field<String> residual = DSL.case_(city.field(S_KOMMUNE)).mapValues(residualOfCity);
    db.insertInto(
            POPULATION,
            POPULATION.BASE_UNIT,
            POPULATION.YEAR,
            POPULATION.SEX,
            POPULATION.AGE,
            POPULATION.PERSONS)
        .select(
            db.select(
                    residual,
                    city.field(S_YEAR),
                    city.field(S_SEX),
                    city.field(S_AGE),
                    city.field(S_PERSONS).minus(total.cast(Long.class)).cast(Integer.class))
                .from(city)
                .join(bydeler)
                .using(S_KOMMUNE, S_YEAR, S_SEX, S_AGE))
        .execute();
    db.deleteFrom(POPULATION_NATIONAL).execute();
    db.insertInto(
            POPULATION_NATIONAL,
            POPULATION_NATIONAL.YEAR,
            POPULATION_NATIONAL.SEX,
            POPULATION_NATIONAL.AGE,
            POPULATION_NATIONAL.PERSONS)
        .select(db.select(S_YEAR, S_SEX, S_AGE, S_PERSONS.cast(Integer.class)).from(NATIONAL))
        .execute();
  }

  // ---- queries ------------------------------------------------------------------------------

  /**
   * Persons summed over the period's years, by area of the level (divide by years for the average).
   */
  public Map<String, Long> totals(
      String mapping, String level, Period period, PopulationFilter filter) {
    Map<String, Long> out = new HashMap<>();
    db.select(AREA_MAPPING.AREA_CODE, sum(POPULATION.PERSONS))
        .from(POPULATION)
        .join(AREA_MAPPING)
        .on(mapped(mapping, level))
        .where(admitted(POPULATION.YEAR, POPULATION.SEX, POPULATION.AGE, period, filter))
        .groupBy(AREA_MAPPING.AREA_CODE)
        .forEach(r -> out.put(r.value1(), r.value2().longValue()));
    return out;
  }

  /** Persons of the whole country summed over the period's years (SSB's national figures). */
  public long nationalTotal(Period period, PopulationFilter filter) {
    BigDecimal v =
        db.select(sum(POPULATION_NATIONAL.PERSONS))
            .from(POPULATION_NATIONAL)
            .where(
                admitted(
                    POPULATION_NATIONAL.YEAR,
                    POPULATION_NATIONAL.SEX,
                    POPULATION_NATIONAL.AGE,
                    period,
                    filter))
            .fetchOne(0, BigDecimal.class);
    return v == null ? 0 : v.longValue();
  }

  /**
   * Persons by area x year x sex x age band: bands of {@code bandWidth} years from the filter's
   * lowest age, the last one ending at its highest.
   */
  public List<PopulationStratum> strata(
      String mapping, String level, Period period, PopulationFilter filter, int bandWidth) {
    Field<Integer> band = band(POPULATION.AGE, filter, bandWidth);
    return db.select(
            AREA_MAPPING.AREA_CODE, POPULATION.YEAR, POPULATION.SEX, band, sum(POPULATION.PERSONS))
        .from(POPULATION)
        .join(AREA_MAPPING)
        .on(mapped(mapping, level))
        .where(admitted(POPULATION.YEAR, POPULATION.SEX, POPULATION.AGE, period, filter))
        .groupBy(AREA_MAPPING.AREA_CODE, POPULATION.YEAR, POPULATION.SEX, band)
        .orderBy(AREA_MAPPING.AREA_CODE, POPULATION.YEAR, POPULATION.SEX, band)
        .fetch(
            r ->
                stratum(
                    r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), filter, bandWidth));
  }

  /** As {@link #strata} for the whole country, from SSB's national figures (area code 8888). */
  public List<PopulationStratum> nationalStrata(
      Period period, PopulationFilter filter, int bandWidth) {
    Field<Integer> band = band(POPULATION_NATIONAL.AGE, filter, bandWidth);
    return db.select(
            POPULATION_NATIONAL.YEAR,
            POPULATION_NATIONAL.SEX,
            band,
            sum(POPULATION_NATIONAL.PERSONS))
        .from(POPULATION_NATIONAL)
        .where(
            admitted(
                POPULATION_NATIONAL.YEAR,
                POPULATION_NATIONAL.SEX,
                POPULATION_NATIONAL.AGE,
                period,
                filter))
        .groupBy(POPULATION_NATIONAL.YEAR, POPULATION_NATIONAL.SEX, band)
        .orderBy(POPULATION_NATIONAL.YEAR, POPULATION_NATIONAL.SEX, band)
        .fetch(
            r ->
                stratum(
                    org.variatlas.api.model.AreaRef.NATIONAL_CODE,
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    filter,
                    bandWidth));
  }

  /** The first and last year with population, or null when none is loaded. */
  public Period years() {
    Record2<Integer, Integer> r =
        db.select(DSL.min(POPULATION.YEAR), DSL.max(POPULATION.YEAR)).from(POPULATION).fetchOne();
    return r == null || r.value1() == null ? null : Period.of(r.value1(), r.value2());
  }

  /** Rows of the population table. */
  public long rowCount() {
    return db.fetchCount(POPULATION);
  }

  /** Streams cells ordered by base unit, year, sex, age (a cursor, for large extracts). */
  public void forEach(
      int fromYear,
      int toYear,
      PopulationFilter filter,
      org.variatlas.api.Population.CellConsumer consumer) {
    try (var cursor =
        db.selectFrom(POPULATION)
            .where(
                admitted(
                    POPULATION.YEAR,
                    POPULATION.SEX,
                    POPULATION.AGE,
                    Period.of(fromYear, toYear),
                    filter))
            .orderBy(POPULATION.BASE_UNIT, POPULATION.YEAR, POPULATION.SEX, POPULATION.AGE)
            .fetchSize(10_000)
            .fetchLazy()) {
      for (var r : cursor) {
        consumer.accept(
            r.getBaseUnit(),
            r.getYear(),
            Sex.valueOf(r.getSex().toUpperCase(java.util.Locale.ROOT)),
            r.getAge(),
            r.getPersons());
      }
    }
  }

  private static Condition mapped(String mapping, String level) {
    return AREA_MAPPING
        .BASE_UNIT
        .eq(POPULATION.BASE_UNIT)
        .and(AREA_MAPPING.MAPPING.eq(mapping))
        .and(AREA_MAPPING.LEVEL.eq(level))
        .and(POPULATION.YEAR.between(AREA_MAPPING.VALID_FROM, AREA_MAPPING.VALID_TO));
  }

  private static Condition admitted(
      Field<Integer> year,
      Field<String> sex,
      Field<Integer> age,
      Period period,
      PopulationFilter filter) {
    return year.between(period.from(), period.to())
        .and(age.between(filter.ageFrom(), filter.ageTo()))
        .and(sex.in(filter.sexes().stream().map(Sex::code).toList()));
  }

  /** The lower bound of an age's band: ageFrom + floor((age - ageFrom) / width) * width. */
  private static Field<Integer> band(Field<Integer> age, PopulationFilter filter, int width) {
    return DSL.val(filter.ageFrom())
        .plus(age.minus(filter.ageFrom()).div(width).mul(width))
        .as("band");
  }

  private static PopulationStratum stratum(
      String area,
      int year,
      String sex,
      int bandFrom,
      BigDecimal persons,
      PopulationFilter filter,
      int width) {
    return new PopulationStratum(
        area,
        year,
        Sex.valueOf(sex.toUpperCase(java.util.Locale.ROOT)),
        bandFrom,
        Math.min(bandFrom + width - 1, filter.ageTo()),
        persons.longValue());
  }
}
