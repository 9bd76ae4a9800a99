package org.variatlas.sdk.helseatlas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.model.Period;

/**
 * Where one published indicator's figures sit in a result-box data table: which columns hold the
 * period value, its 95 % limits, numerator and denominator, the yearly values and the stacked
 * parts. Yearly columns are templates with {@code {year}} ({@code rate{year}}, {@code Rate_{year}},
 * {@code KontRate.{year}}).
 *
 * <pre>{@code
 * PublishedSeries.of("admissions", "datasett_1", "hf19", Period.of(2022, 2024))
 *     .value("ratesnitt").numerator("antsnitt").denominator("popsnitt")
 *     .yearlyValue("rate{year}")
 *     .build();
 * }</pre>
 *
 * @param indicatorId the published indicator the figures belong to
 * @param dataset the table's label ({@code datasett_1}, {@code qwerty})
 * @param level the area level of the table's rows ({@code hf}, {@code hf19}, {@code fylke}, {@code
 *     dps})
 * @param period the period the average columns are for; each of its years may have a yearly column
 * @param value the column of the period value (required)
 * @param lower95 lower 95 % limit column, or null
 * @param upper95 upper 95 % limit column, or null
 * @param numerator column of the events or persons (a yearly average for a span), or null
 * @param denominator column of the population (a yearly average for a span), or null
 * @param yearlyValue template of the yearly value columns, or null
 * @param yearlyNumerator template of the yearly numerator columns, or null
 * @param yearlyDenominator template of the yearly denominator columns, or null
 * @param categories category id to the column holding that stacked part, in order
 * @param otherLevels area names whose rows are of another level, e.g. the RHF rows of a DPS table
 *     ({@code Helse Vest -> rhf})
 */
public record PublishedSeries(
    String indicatorId,
    String dataset,
    String level,
    Period period,
    String value,
    String lower95,
    String upper95,
    String numerator,
    String denominator,
    String yearlyValue,
    String yearlyNumerator,
    String yearlyDenominator,
    Map<String, String> categories,
    Map<String, String> otherLevels) {

  /** The placeholder of yearly column templates. */
  public static final String YEAR = "{year}";

  public PublishedSeries {
    if (indicatorId == null || dataset == null || level == null || period == null) {
      throw new IllegalArgumentException(
          "a published series needs indicator, dataset, level, period");
    }
    if (value == null) {
      throw new IllegalArgumentException(
          "published series " + indicatorId + " needs a value column");
    }
    for (String template : new String[] {yearlyValue, yearlyNumerator, yearlyDenominator}) {
      if (template != null && !template.contains(YEAR)) {
        throw new IllegalArgumentException(
            "yearly column template '" + template + "' lacks " + YEAR + " (" + indicatorId + ")");
      }
    }
    categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    otherLevels = Map.copyOf(otherLevels);
  }

  public static Builder of(String indicatorId, String dataset, String level, Period period) {
    return new Builder(indicatorId, dataset, level, period);
  }

  /** The column a yearly template names for a year, or null for a null template. */
  public static String column(String template, int year) {
    return template == null ? null : template.replace(YEAR, Integer.toString(year));
  }

  /** The level of a row, by its area name. */
  public String levelOf(String areaName) {
    return otherLevels.getOrDefault(areaName, level);
  }

  /** Every column this series reads, yearly templates expanded. */
  public Set<String> columns() {
    Set<String> columns = new LinkedHashSet<>();
    for (String c : new String[] {value, lower95, upper95, numerator, denominator}) {
      if (c != null) {
        columns.add(c);
      }
    }
    if (!period.isSingleYear()) {
      for (int year = period.from(); year <= period.to(); year++) {
        for (String t : new String[] {yearlyValue, yearlyNumerator, yearlyDenominator}) {
          if (t != null) {
            columns.add(column(t, year));
          }
        }
      }
    }
    columns.addAll(categories.values());
    return columns;
  }

  /** Fluent builder; {@link #build()} validates. */
  public static final class Builder {
    private final String indicatorId;
    private final String dataset;
    private final String level;
    private final Period period;
    private String value;
    private String lower95;
    private String upper95;
    private String numerator;
    private String denominator;
    private String yearlyValue;
    private String yearlyNumerator;
    private String yearlyDenominator;
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final Map<String, String> otherLevels = new LinkedHashMap<>();

    private Builder(String indicatorId, String dataset, String level, Period period) {
      this.indicatorId = indicatorId;
      this.dataset = dataset;
      this.level = level;
      this.period = period;
    }

    public Builder value(String column) {
      this.value = column;
      return this;
    }

    public Builder confidence95(String lowerColumn, String upperColumn) {
      this.lower95 = lowerColumn;
      this.upper95 = upperColumn;
      return this;
    }

    public Builder numerator(String column) {
      this.numerator = column;
      return this;
    }

    public Builder denominator(String column) {
      this.denominator = column;
      return this;
    }

    public Builder yearlyValue(String template) {
      this.yearlyValue = template;
      return this;
    }

    public Builder yearlyCounts(String numeratorTemplate, String denominatorTemplate) {
      this.yearlyNumerator = numeratorTemplate;
      this.yearlyDenominator = denominatorTemplate;
      return this;
    }

    /** A stacked part: the category id and the column holding its value. */
    public Builder category(String categoryId, String column) {
      categories.put(categoryId, column);
      return this;
    }

    /** Rows with these area names are of {@code level}, not of the series' level. */
    public Builder otherLevel(String level, String... areaNames) {
      for (String name : areaNames) {
        otherLevels.put(name, level);
      }
      return this;
    }

    public PublishedSeries build() {
      return new PublishedSeries(
          indicatorId,
          dataset,
          level,
          period,
          value,
          lower95,
          upper95,
          numerator,
          denominator,
          yearlyValue,
          yearlyNumerator,
          yearlyDenominator,
          categories,
          otherLevels);
    }
  }
}
