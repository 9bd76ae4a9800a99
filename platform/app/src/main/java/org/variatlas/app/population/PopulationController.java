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
import org.variatlas.app.i18n.VariatlasI18NProvider;

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

  private final PopulationService population;

  PopulationController(PopulationService population) {
    this.population = population;
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
      @RequestParam(defaultValue = "nb") String lang) {
    PopulationFilter filter =
        new PopulationFilter(
            ageFrom,
            ageTo,
            sex == null || sex.isBlank() ? EnumSet.allOf(Sex.class) : EnumSet.of(Sex.parse(sex)));
    Locale language = VariatlasI18NProvider.supported(Locale.forLanguageTag(lang));
    List<AreaPopulation> rows =
        population.averages(level, Period.of(from, to), filter, mapping, language);
    return rows.stream().map(r -> new Row(r.name(), r.code(), r.population())).toList();
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<String> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }
}
