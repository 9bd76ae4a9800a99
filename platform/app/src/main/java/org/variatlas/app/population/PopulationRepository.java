package org.variatlas.app.population;

import static org.jooq.impl.DSL.sum;
import static org.variatlas.app.db.Tables.AREA_MAPPING;
import static org.variatlas.app.db.Tables.POPULATION;
import static org.variatlas.app.db.Tables.POPULATION_BY_AGE;
import static org.variatlas.app.db.Tables.POPULATION_NATIONAL;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.app.loads.BinaryCopy;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.LoadRunRepository;

/**
 * The {@code population} and {@code population_national} tables: staging and applying a population
 * load, and the roll-ups by area level, year, sex and age that rates need.
 *
 * <p>Area membership comes from {@code area_mapping} joined on base unit and year within the
 * mapping's validity, so a year picks the area of its time (or of the chosen mapping version).
 */
@Repository
public class PopulationRepository {

  /** The foreign key of population_by_age on base_unit (V46). */
  private static final String BASE_UNIT_KEY = "population_by_age_base_unit_fkey";

  private final DSLContext db;
  private final DataSource dataSource;
  private final LoadRunRepository runs;

  /** The year span and the population load it was read after (see {@link #years()}). */
  private record YearSpan(long run, Period years) {}

  private volatile YearSpan yearSpan;

  public PopulationRepository(DSLContext db, DataSource dataSource, LoadRunRepository runs) {
    this.db = db;
    this.dataSource = dataSource;
    this.runs = runs;
  }

  // ---- loading ------------------------------------------------------------------------------

  /**
   * Replaces the population and the national figures with checked cells (call in the load's
   * transaction): one row per unit, year and sex with its ages' persons as an array ({@code
   * population_by_age}), and SSB's national figures, streamed with binary COPY into the tables
   * truncated in this transaction. Readers wait for the commit and then see the new rows, never a
   * mix.
   *
   * @param units the unit codes the cells' unit indices point into
   * @param leftOut the indices of units not to store (split cities: their residual units are)
   */
  void replace(
      PopulationCells cells, PopulationCells national, List<String> units, Set<Integer> leftOut) {
    // Plain SQL: LOCK, DDL, TRUNCATE and COPY have no typed jOOQ form. base_unit first, as a
    // deletion of base units takes it before its foreign-key check reads population_by_age.
    db.execute("lock table base_unit, population_by_age in access exclusive mode");
    // The foreign key is validated once, after the COPY, by one join: checked per row, by a
    // trigger, it took longer than the COPY itself.
    db.execute("alter table population_by_age drop constraint " + BASE_UNIT_KEY);
    db.execute("truncate population_by_age, population_national");
    Connection connection = DataSourceUtils.getConnection(dataSource);
    // Frozen: the tables were truncated in this transaction, so nobody sees the rows before the
    // commit (and with wal_level=minimal they are not written to the WAL either).
    BinaryCopy copy =
        BinaryCopy.openFrozen(
            connection, "population_by_age", List.of("base_unit", "year", "sex", "persons"));
    try {
      copyArrays(copy, cells, inCodeOrder(units, leftOut), units);
      copy.close();
    } finally {
      copy.cancel();
    }
    db.execute(
        "alter table population_by_age add constraint "
            + BASE_UNIT_KEY
            + " foreign key (base_unit) references base_unit (code)");
    copy =
        BinaryCopy.openFrozen(
            connection, "population_national", List.of("year", "sex", "age", "persons"));
    try {
      copyNational(copy, national);
      copy.close();
    } finally {
      copy.cancel();
    }
  }

  /** The unit indices but those left out, ordered by code (the primary key's order). */
  private static int[] inCodeOrder(List<String> units, Set<Integer> leftOut) {
    return IntStream.range(0, units.size())
        .filter(i -> !leftOut.contains(i))
        .boxed()
        .sorted(Comparator.comparing(units::get))
        .mapToInt(i -> i)
        .toArray();
  }

  /** A row per unit, year and sex with any figure: its ages' persons, NULL where none. */
  private static void copyArrays(
      BinaryCopy copy, PopulationCells cells, int[] order, List<String> units) {
    int[] years = cells.years();
    int[] persons = new int[PopulationCells.AGES];
    boolean[] absent = new boolean[PopulationCells.AGES];
    for (int unit : order) {
      byte[] code = units.get(unit).getBytes(StandardCharsets.UTF_8);
      for (int y = 0; y < years.length; y++) {
        for (Sex sex : Sex.values()) {
          int first = cells.firstCell(unit, y, sex.ordinal());
          boolean any = false;
          for (int age = 0; age < persons.length; age++) {
            absent[age] = !cells.present(first + age);
            persons[age] = cells.persons(first + age);
            any |= !absent[age];
          }
          if (any) {
            copy.row(4).text(code).int4(years[y]).text(sex.code()).int4Array(persons, absent);
          }
        }
      }
    }
  }

  /** The national figures, a row per year, sex and age with a figure. */
  private static void copyNational(BinaryCopy copy, PopulationCells national) {
    int[] years = national.years();
    for (int y = 0; y < years.length; y++) {
      for (Sex sex : Sex.values()) {
        byte[] code = sex.code().getBytes(StandardCharsets.UTF_8);
        int first = national.firstCell(0, y, sex.ordinal());
        for (int age = 0; age < PopulationCells.AGES; age++) {
          if (national.present(first + age)) {
            copy.row(4).int4(years[y]).text(code).int4(age).int4(national.persons(first + age));
          }
        }
      }
    }
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

  /**
   * The whole population by base unit, year, sex and single-year age as loaded: {@link
   * PopulationCube#rollUp} builds every level from it in memory, where a roll-up per level in SQL
   * would read all the rows again for each.
   *
   * @param units the pack's base unit codes (the table's foreign key admits no others)
   */
  PopulationCube baseUnits(List<String> units) {
    Period years = years();
    if (years == null) {
      return new PopulationCube(List.of(), 0, 0);
    }
    PopulationCube cube = new PopulationCube(units, years.from(), years.years());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      index.put(units.get(i), i);
    }
    db.select(
            POPULATION_BY_AGE.BASE_UNIT,
            POPULATION_BY_AGE.YEAR,
            POPULATION_BY_AGE.SEX,
            POPULATION_BY_AGE.PERSONS)
        .from(POPULATION_BY_AGE)
        .forEach(
            r -> {
              int unit = index.get(r.value1());
              Sex sex = Sex.parse(r.value3());
              Integer[] persons = r.value4();
              for (int age = 0; age < persons.length; age++) {
                if (persons[age] != null) {
                  cube.add(unit, r.value2(), sex, age, persons[age]);
                }
              }
            });
    return cube;
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

  /**
   * The first and last year with population, or null when none is loaded. The span changes only
   * with a population load, so it is scanned once per applied load (any instance's: the key is the
   * latest applied run in {@code load_run}), not on every call: a minimum and maximum over 1.85 M
   * rows, asked by every synthetic loader at start.
   */
  public Period years() {
    long run = appliedRun();
    YearSpan span = yearSpan;
    if (span == null || span.run() != run) {
      Record2<Integer, Integer> r =
          db.select(DSL.min(POPULATION_BY_AGE.YEAR), DSL.max(POPULATION_BY_AGE.YEAR))
              .from(POPULATION_BY_AGE)
              .fetchOne();
      span =
          new YearSpan(
              run, r == null || r.value1() == null ? null : Period.of(r.value1(), r.value2()));
      yearSpan = span;
    }
    return span.years();
  }

  /** The latest applied population load run's id (in {@code load_run}), or 0 before any. */
  long appliedRun() {
    return runs.lastApplied(null, LoadRunApplied.POPULATION).map(LoadRunRecord::id).orElse(0L);
  }

  /** Figures loaded: rows of the long {@code population} view, counted in the arrays. */
  public long rowCount() {
    BigDecimal n =
        db.select(
                sum(
                    DSL.field(
                        "num_nonnulls(variadic {0})", Integer.class, POPULATION_BY_AGE.PERSONS)))
            .from(POPULATION_BY_AGE)
            .fetchOne(0, BigDecimal.class);
    return n == null ? 0 : n.longValue();
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
