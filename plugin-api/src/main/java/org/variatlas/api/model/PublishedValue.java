package org.variatlas.api.model;

/**
 * One value of an imported indicator as its publisher printed it. Missing figures are {@code null}.
 * The platform matches {@code areaName} to an area of {@code level} (aliases included) and reports
 * names it cannot match.
 *
 * @param indicatorId the indicator of the topic (its provenance must be published)
 * @param level the area level the value is for, e.g. {@code hf} or {@code hf19}
 * @param areaName the area's name as the source writes it ({@code Ahus}, {@code Noreg}, ...)
 * @param period the year or the period (an average) the value is for
 * @param category a category id for one segment of a stacked indicator, or {@code null} for the
 *     total
 * @param value the value in the indicator's unit (e.g. per 100 000)
 * @param numerator events or persons (a yearly average for a period), if published
 * @param denominator population (a yearly average for a period), if published
 * @param lower95 lower 95 % confidence limit, if published
 * @param upper95 upper 95 % confidence limit, if published
 * @param where the source location, for error messages
 */
public record PublishedValue(
    String indicatorId,
    String level,
    String areaName,
    Period period,
    String category,
    Double value,
    Double numerator,
    Double denominator,
    Double lower95,
    Double upper95,
    SourceLocation where) {

  public PublishedValue {
    if (indicatorId == null || level == null || areaName == null || period == null) {
      throw new IllegalArgumentException(
          "a published value needs indicator, level, area and period (at " + where + ")");
    }
  }
}
