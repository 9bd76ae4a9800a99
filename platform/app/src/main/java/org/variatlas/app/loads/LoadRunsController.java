package org.variatlas.app.loads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.app.apidocs.ApiDocsConfiguration;
import org.variatlas.app.security.Ownership;

/**
 * {@code GET /api/v1/loads} (latest runs first) and {@code GET /api/v1/loads/{id}} (a run with its
 * problems: file, line, column, value, rule, message), for editors; a partner sees the runs of its
 * organisation's topics only (runs it may not see answer 404).
 */
@RestController
@RequestMapping("/api/v1/loads")
@Tag(name = "Load runs", description = "Data loads and their problems; editors and partners only.")
@SecurityRequirement(name = ApiDocsConfiguration.TOKEN)
class LoadRunsController {

  @Schema(name = "LoadProblem", description = "A problem of a load, located in its source file.")
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

  @Schema(name = "LoadRun", description = "A load run with its problems.")
  record Run(LoadRunRecord run, List<Problem> problems) {}

  private final LoadRunRepository runs;
  private final Ownership ownership;

  private final RunDataDeletion deletion;

  LoadRunsController(LoadRunRepository runs, Ownership ownership, RunDataDeletion deletion) {
    this.deletion = deletion;
    this.runs = runs;
    this.ownership = ownership;
  }

  /** The latest runs the caller may see (a partner: those of its organisation's topics). */
  @GetMapping
  @Operation(summary = "The latest load runs the caller may see, latest first.")
  @ApiResponse(responseCode = "200", description = "The runs.")
  @ApiResponse(responseCode = "401", description = "Not signed in and no API token.")
  @ApiResponse(responseCode = "403", description = "Not an editor, administrator or partner.")
  List<LoadRunRecord> runs(
      @Parameter(description = "At most this many runs (1 to 1000).")
          @RequestParam(defaultValue = "100")
          int limit,
      @Parameter(hidden = true) Authentication actor) {
    return runs.recent(Math.max(1, Math.min(limit, 1000))).stream()
        .filter(r -> ownership.mayActOnTopic(actor, r.topicId()))
        .toList();
  }

  /**
   * {@code DELETE /api/v1/loads/{id}/data}: deletes the rows the run applied; the topic's results
   * are recomputed and, after a non-synthetic run, its synthetic loaders run again. {@code 204};
   * {@code 404} for a run the caller may not see; {@code 409} when it applied nothing or is a
   * platform load.
   */
  @DeleteMapping("/{id}/data")
  @Operation(summary = "Deletes the data a run applied; the topic's figures follow.")
  @ApiResponse(responseCode = "204", description = "Deleted.")
  @ApiResponse(responseCode = "404", description = "No such run, or one the caller may not see.")
  @ApiResponse(
      responseCode = "409",
      description = "The run applied nothing, or is a platform load.")
  ResponseEntity<Void> deleteData(
      @Parameter(description = "The run's id.") @PathVariable long id,
      @Parameter(hidden = true) Authentication actor) {
    try {
      deletion.delete(id, actor);
      return ResponseEntity.noContent().build();
    } catch (NoSuchElementException e) {
      return ResponseEntity.notFound().build();
    } catch (RunDataDeletion.Refused e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  @GetMapping("/{id}")
  @Operation(summary = "A load run with its problems (file, line, column, value, rule, message).")
  @ApiResponse(responseCode = "200", description = "The run.")
  @ApiResponse(responseCode = "404", description = "No such run, or one the caller may not see.")
  ResponseEntity<Run> run(
      @Parameter(description = "The run's id.") @PathVariable long id,
      @Parameter(hidden = true) Authentication actor) {
    return runs.find(id)
        .filter(r -> ownership.mayActOnTopic(actor, r.topicId()))
        .map(
            r ->
                ResponseEntity.ok(new Run(r, runs.problems(id).stream().map(Problem::of).toList())))
        .orElse(ResponseEntity.notFound().build());
  }
}
