package org.variatlas.app.loads;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.app.security.Ownership;

/**
 * {@code GET /api/v1/loads} (latest runs first) and {@code GET /api/v1/loads/{id}} (a run with its
 * problems: file, line, column, value, rule, message), for editors; a partner sees the runs of its
 * organisation's topics only (runs it may not see answer 404).
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
  private final Ownership ownership;

  LoadRunsController(LoadRunRepository runs, Ownership ownership) {
    this.runs = runs;
    this.ownership = ownership;
  }

  /** The latest runs the caller may see (a partner: those of its organisation's topics). */
  @GetMapping
  List<LoadRunRecord> runs(@RequestParam(defaultValue = "100") int limit, Authentication actor) {
    return runs.recent(Math.max(1, Math.min(limit, 1000))).stream()
        .filter(r -> ownership.mayActOnTopic(actor, r.topicId()))
        .toList();
  }

  @GetMapping("/{id}")
  ResponseEntity<Run> run(@PathVariable long id, Authentication actor) {
    return runs.find(id)
        .filter(r -> ownership.mayActOnTopic(actor, r.topicId()))
        .map(
            r ->
                ResponseEntity.ok(new Run(r, runs.problems(id).stream().map(Problem::of).toList())))
        .orElse(ResponseEntity.notFound().build());
  }
}
