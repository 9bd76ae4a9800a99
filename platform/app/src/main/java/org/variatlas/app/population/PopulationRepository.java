package org.variatlas.app.population;

import static org.jooq.impl.DSL.sum;
import static org.variatlas.app.db.Tables.AREA_MAPPING;
import static org.variatlas.app.db.Tables.POPULATION;
import static org.variatlas.app.db.Tables.POPULATION_NATIONAL;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * Replaces the population and the national figures with checked rows (call in the load's
   * transaction). The rows are streamed with binary COPY into a new table without keys, whose
   * primary and foreign keys are then built and validated once, and which takes the old table's
   * place: a per-row foreign-key check would cost more than the copy itself. Readers see the old
   * table until the transaction commits.
   *
   * @param units the unit codes the rows' unit indices point into
   */
  void replace(PopulationRows rows, PopulationRows national, List<String> units) {
    // Plain SQL: DDL of a table swap, and COPY, have no typed jOOQ form.
    db.execute("set local maintenance_work_mem = '256MB'");
    db.execute(
        "create table population_next (like population including defaults including constraints)");
    byte[][] unitBytes = new byte[units.size()][];
    for (int i = 0; i < unitBytes.length; i++) {
      unitBytes[i] = units.get(i).getBytes(StandardCharsets.UTF_8);
    }
    byte[][] sexBytes = new byte[Sex.values().length][];
    for (Sex sex : Sex.values()) {
      sexBytes[sex.ordinal()] = sex.code().getBytes(StandardCharsets.UTF_8);
    }
    int[] order = rows.inKeyOrder(units);
    Connection connection = DataSourceUtils.getConnection(dataSource);
    List<String> columns = List.of("base_unit", "year", "sex", "age", "persons");
    // Frozen: the table is this transaction's own until the commit.
    copy(
        BinaryCopy.openFrozen(connection, "population_next", columns),
        rows,
        order,
        unitBytes,
        sexBytes);
    db.execute(
        "alter table population_next add constraint population_next_pkey"
            + " primary key (base_unit, year, sex, age)");
    db.execute(
        "alter table population_next add constraint population_next_base_unit_fkey"
            + " foreign key (base_unit) references base_unit (code)");
    db.execute("drop table population");
    db.execute("alter table population_next rename to population");
    db.execute("alter index population_next_pkey rename to population_pkey");
    db.execute(
        "alter table population rename constraint population_next_base_unit_fkey"
            + " to population_base_unit_fkey");
    db.deleteFrom(POPULATION_NATIONAL).execute();
    int[] all = IntStream.range(0, national.size()).toArray();
    copy(
        BinaryCopy.open(
            connection, "population_national", List.of("year", "sex", "age", "persons")),
        national,
        all,
        null,
        sexBytes);
  }

  /**
   * Streams rows, in this order, into a table with binary COPY.
   *
   * @param units the unit codes' bytes by unit index, or null for rows without a unit (national)
   */
  private static void copy(
      BinaryCopy copy, PopulationRows rows, int[] order, byte[][] units, byte[][] sexes) {
    int fields = units == null ? 4 : 5;
    try {
      for (int row : order) {
        copy.row(fields);
        if (units != null) {
          copy.text(units[rows.unit(row)]);
        }
        copy.int4(rows.year(row))
            .text(sexes[rows.sexIndex(row)])
            .int4(rows.age(row))
            .int4(rows.persons(row));
      }
      copy.close();
    } finally {
      copy.cancel();
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
   * The whole population by base unit, year, sex and single-year age as loaded, read once with a
   * cursor: {@link PopulationCube#rollUp} builds every level from it in memory, where a roll-up per
   * level in SQL would read all the rows again for each.
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
    Map<String, Sex> sexes = new HashMap<>();
    for (Sex sex : Sex.values()) {
      sexes.put(sex.code(), sex);
    }
    // Plain JDBC: 1.85 M rows of five columns read into an array, without a record per row.
    db.connection(
        connection -> {
          boolean autoCommit = connection.getAutoCommit();
          // The driver streams (fetch size) only inside a transaction.
          connection.setAutoCommit(false);
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select base_unit, year, sex, age, persons from population")) {
            select.setFetchSize(50_000);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                cube.add(
                    index.get(r.getString(1)),
                    r.getInt(2),
                    sexes.get(r.getString(3)),
                    r.getInt(4),
                    r.getInt(5));
              }
            }
          } finally {
            connection.setAutoCommit(autoCommit);
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
          db.select(DSL.min(POPULATION.YEAR), DSL.max(POPULATION.YEAR)).from(POPULATION).fetchOne();
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

  /** Rows of the population table. */
  public long rowCount() {
    return db.fetchCount(POPULATION);
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
