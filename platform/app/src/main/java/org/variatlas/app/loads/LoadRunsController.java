package org.variatlas.app.loads;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.api.model.LoadProblem;

/**
 * {@code GET /api/v1/loads} (latest runs first) and {@code GET /api/v1/loads/{id}} (a run with its
 * problems: file, line, column, value, rule, message).
 */
@RestController
@RequestMapping("/api/v1/loads")
class LoadRunsController {

  record Problem(String file, long line, String column, String value, String rule, String message) {
    static Problem of(LoadProblem p) {
      return new Problem(
          p.where().file(),
          p.where().line(),
          p.where().column(),
          p.where().value(),
          p.rule(),
          p.message());
    }
  }

  record Run(LoadRunRecord run, List<Problem> problems) {}

  private final LoadRunRepository runs;

  LoadRunsController(LoadRunRepository runs) {
    this.runs = runs;
  }

  @GetMapping
  List<LoadRunRecord> runs(@RequestParam(defaultValue = "100") int limit) {
    return runs.recent(Math.max(1, Math.min(limit, 1000)));
  }

  @GetMapping("/{id}")
  ResponseEntity<Run> run(@PathVariable long id) {
    return runs.find(id)
        .map(
            r ->
                ResponseEntity.ok(new Run(r, runs.problems(id).stream().map(Problem::of).toList())))
        .orElse(ResponseEntity.notFound().build());
  }
}
