package org.variatlas.app.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.variatlas.api.model.AreaResult;
import org.variatlas.app.results.ResultTable.Column;

/**
 * One row of results as the HTTP API publishes it: every {@link Column} of {@link ResultTable},
 * under the same names as in the CSV, in the same order, nulls kept. Read through the columns so
 * that JSON, CSV and the indicator page's table cannot disagree.
 */
@Schema(
    name = "Result",
    description = "The result of one area (or the country) for a level and period.")
@JsonPropertyOrder({
  "area",
  "code",
  "year_or_period",
  "events",
  "population",
  "crude",
  "value",
  "lower95",
  "upper95",
  "lower998",
  "upper998",
  "significance",
  "suppressed",
  "categories"
})
public record ResultJson(
    @Schema(description = "The area's name in the asked language; Norge for the country.")
        String area,
    @Schema(description = "The area's code; 8888 for the country.") String code,
    @JsonProperty("year_or_period") @Schema(example = "2022-2024") String yearOrPeriod,
    @Schema(description = "Events (numerator); null when suppressed.") Double events,
    @Schema(description = "Population or denominator; null when suppressed.") Double population,
    @Schema(description = "The crude rate or proportion.") Double crude,
    @Schema(description = "The published value (standardised where the indicator says so).")
        Double value,
    @Schema(description = "The lower 95 % confidence limit.") Double lower95,
    @Schema(description = "The upper 95 % confidence limit.") Double upper95,
    @Schema(description = "The lower 99.8 % confidence limit.") Double lower998,
    @Schema(description = "The upper 99.8 % confidence limit.") Double upper998,
    @Schema(
            description =
                "The comparison with the national value (95 % CI overlap); null on the"
                    + " national row.",
            allowableValues = {"BETTER", "WORSE", "HIGHER", "LOWER", "SIMILAR", "NOT_COMPARED"})
        String significance,
    @Schema(description = "Small numbers: the counts are withheld.") boolean suppressed,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "For an indicator with categories: the value of each part shown, by category id;"
                    + " empty on a suppressed row; absent for other indicators.")
        Map<String, Double> categories) {

  static ResultJson of(ResultTable table, AreaResult row) {
    return new ResultJson(
        (String) Column.AREA.cell(table, row),
        (String) Column.CODE.cell(table, row),
        (String) Column.YEAR_OR_PERIOD.cell(table, row),
        (Double) Column.EVENTS.cell(table, row),
        (Double) Column.POPULATION.cell(table, row),
        (Double) Column.CRUDE.cell(table, row),
        (Double) Column.VALUE.cell(table, row),
        (Double) Column.LOWER95.cell(table, row),
        (Double) Column.UPPER95.cell(table, row),
        (Double) Column.LOWER998.cell(table, row),
        (Double) Column.UPPER998.cell(table, row),
        (String) Column.SIGNIFICANCE.cell(table, row),
        (Boolean) Column.SUPPRESSED.cell(table, row),
        table.results().indicator().categories().isEmpty()
            ? null
            : row.suppressed() ? Map.of() : row.categoryValues());
  }
}
