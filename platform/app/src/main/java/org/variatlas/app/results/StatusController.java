package org.variatlas.app.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.app.loads.StartupLoads;

/**
 * {@code GET /api/v1/status}: whether the atlas has finished preparing its figures ({@link
 * Preparation}); the same answer as Actuator's readiness probe, with the details. A script or a
 * test waits for {@code "ready": true} before it reads results.
 *
 * <pre>{@code {"ready": false, "startupLoads": "RUNNING", "resultsPending": ["day-surgery"]}}</pre>
 */
@RestController
@Tag(name = "Status", description = "Whether the atlas has finished preparing its figures.")
class StatusController {

  @Schema(
      name = "AtlasStatus",
      description = "Whether the start-up loads are done and no results are being computed.")
  record Status(
      @Schema(description = "Loads done (or off, or failed) and no results pending.") boolean ready,
      @Schema(description = "The phase of the start-up loads.") StartupLoads.Phase startupLoads,
      @Schema(description = "Topics whose results are being computed (first) or waiting.")
          List<String> resultsPending) {}

  private final Preparation preparation;

  StatusController(Preparation preparation) {
    this.preparation = preparation;
  }

  @GetMapping("/api/v1/status")
  @Operation(
      summary = "Whether the atlas is ready: a script or test waits for ready before reading.")
  Status status() {
    Preparation.State state = preparation.state();
    return new Status(state.ready(), state.startupLoads(), state.resultsPending());
  }
}
