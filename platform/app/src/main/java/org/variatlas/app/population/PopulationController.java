package org.variatlas.app.population;

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
class PopulationController {

  record Row(String area, String code, double population) {}

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
  List<Row> population(
      @RequestParam String level,
      @RequestParam int from,
      @RequestParam int to,
      @RequestParam(defaultValue = "0") int ageFrom,
      @RequestParam(defaultValue = "105") int ageTo,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String mapping,
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
