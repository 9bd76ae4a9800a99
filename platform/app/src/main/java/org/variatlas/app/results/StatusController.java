package org.variatlas.app.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.app.loads.StartupLoads;

/**
 * {@code GET /api/v1/status}: whether the atlas has finished preparing its figures. On a first
 * start the population and every topic are loaded and computed in the background (minutes); a
 * script, a health check or a test waits for {@code "ready": true} before it reads results.
 *
 * <pre>{@code {"ready": false, "startupLoads": "RUNNING", "resultsPending": ["day-surgery"]}}</pre>
 */
@RestController
@Tag(name = "Status", description = "Whether the atlas has finished preparing its figures.")
class StatusController {

  /**
   * @param ready the start-up loads are done (or off, or stopped on an error) and no results are
   *     being computed
   * @param startupLoads the phase of the start-up loads
   * @param resultsPending the topics whose results are being computed (first) or waiting
   */
  @Schema(description = "Whether the start-up loads are done and no results are being computed.")
  record Status(
      @Schema(description = "Loads done (or off, or failed) and no results pending.") boolean ready,
      @Schema(description = "The phase of the start-up loads.") StartupLoads.Phase startupLoads,
      @Schema(description = "Topics whose results are being computed (first) or waiting.")
          List<String> resultsPending) {}

  private final StartupLoads startup;
  private final ResultsPipeline pipeline;

  StatusController(StartupLoads startup, ResultsPipeline pipeline) {
    this.startup = startup;
    this.pipeline = pipeline;
  }

  @GetMapping("/api/v1/status")
  @Operation(
      summary = "Whether the atlas is ready: a script or test waits for ready before reading.")
  Status status() {
    // Read the loads' phase first: a load that finishes in between has already queued its topic.
    StartupLoads.Phase phase = startup.phase();
    boolean loading = startup.isLoading();
    List<String> pending = pipeline.pending();
    return new Status(!loading && pending.isEmpty(), phase, pending);
  }
}
