package org.variatlas.app.population;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/**
 * {@code GET /api/v1/population?level=hf19&from=2022&to=2024&ageFrom=0&ageTo=18[&sex=female]
 * [&mapping=by-year][&lang=nb]}: {@code [{"area","code","population"}]}, the yearly average
 * population of every area of the level over the years, then the whole country ({@code "area":
 * "Norge"}, code 8888).
 */
@RestController
@RequestMapping("/api/v1/population")
@Tag(name = "Population", description = "The loaded population by area, age and sex.")
class PopulationController {

  @Schema(
      name = "PopulationRow",
      description = "An area's yearly average population over the asked years.")
  record Row(
      @Schema(description = "The area's name in the asked language; Norge for the country.")
          String area,
      @Schema(description = "The area's code; 8888 for the country.") String code,
      double population) {}

  private static final long YEARS_TTL_NANOS = 60_000_000_000L;

  private final PopulationService population;
  private volatile Period years;
  private volatile long yearsRead;

  PopulationController(PopulationService population) {
    this.population = population;
  }

  /** The years of the loaded population (re-read at most once a minute), or null before a load. */
  private Period years() {
    long now = System.nanoTime();
    if (years == null || now - yearsRead > YEARS_TTL_NANOS) {
      years = population.years();
      yearsRead = now;
    }
    return years;
  }

  /** The asked years must lie in the loaded population's: anything else is a 400 that says so. */
  private void checkYears(int from, int to) {
    Period known = years();
    if (known == null) {
      throw new IllegalArgumentException("the population is not loaded yet; try again shortly");
    }
    if (from > to || from < known.from() || to > known.to()) {
      throw new IllegalArgumentException(
          "from and to must be years from "
              + known.from()
              + " to "
              + known.to()
              + " with from <= to; got "
              + from
              + "-"
              + to);
    }
  }

  @GetMapping
  @Operation(
      summary = "The yearly average population of every area of a level, then the country's.")
  @ApiResponse(responseCode = "200", description = "One row per area, then the national row.")
  @ApiResponse(
      responseCode = "400",
      description = "Years outside the loaded population's, or an unknown level, sex or mapping.",
      content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
  List<Row> population(
      @Parameter(description = "An area level of the geography pack, e.g. hf or hf19.")
          @RequestParam
          String level,
      @Parameter(description = "The first year.") @RequestParam int from,
      @Parameter(description = "The last year (inclusive).") @RequestParam int to,
      @Parameter(description = "The lowest age (years).") @RequestParam(defaultValue = "0")
          int ageFrom,
      @Parameter(description = "The highest age (years, inclusive).")
          @RequestParam(defaultValue = "105")
          int ageTo,
      @Parameter(description = "female or male; both when absent.") @RequestParam(required = false)
          String sex,
      @Parameter(description = "A mapping version of the pack (GET /api/v1/areas/levels).")
          @RequestParam(required = false)
          String mapping,
      Locale locale) {
    checkYears(from, to);
    PopulationFilter filter =
        new PopulationFilter(
            ageFrom,
            ageTo,
            sex == null || sex.isBlank() ? EnumSet.allOf(Sex.class) : EnumSet.of(Sex.parse(sex)));
    Locale language = locale;
    List<AreaPopulation> rows =
        population.averages(level, Period.of(from, to), filter, mapping, language);
    return rows.stream().map(r -> new Row(r.name(), r.code(), r.population())).toList();
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<String> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }
}
