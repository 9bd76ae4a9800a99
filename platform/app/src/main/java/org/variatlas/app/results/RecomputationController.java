package org.variatlas.app.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.app.apidocs.ApiDocsConfiguration;
import org.variatlas.app.topics.TopicRegistry;

/**
 * {@code POST /api/v1/topics/{topicId}/recomputation}: recomputes a topic's results now, on the
 * request's thread, and answers what was done, for editors and operators (after changing a topic's
 * settings outside a load, or to time a full recomputation: the data path benchmark). Without
 * {@code all} only the indicators whose inputs changed are computed, as after a load.
 */
@RestController
@Tag(name = "Results")
@SecurityRequirement(name = ApiDocsConfiguration.TOKEN)
class RecomputationController {

  @Schema(name = "Recomputation", description = "What a recomputation of a topic did.")
  record RecomputationJson(
      @Schema(description = "The topic.") String topicId,
      @Schema(description = "The new results version readers now see.") long version,
      @Schema(description = "The indicators computed.") List<String> computed,
      @Schema(description = "How many indicators were copied from the previous version.")
          int copied,
      @Schema(description = "The result rows computed.") int rows,
      @Schema(description = "The whole recomputation in milliseconds, storage included.")
          long millis,
      @Schema(description = "The part spent on disclosure control, in milliseconds.")
          long protectionMillis) {}

  private final ResultsPipeline pipeline;
  private final TopicRegistry topics;

  RecomputationController(ResultsPipeline pipeline, TopicRegistry topics) {
    this.pipeline = pipeline;
    this.topics = topics;
  }

  @PostMapping("/api/v1/topics/{topicId}/recomputation")
  @Operation(summary = "Recomputes a topic's results now and answers what was done.")
  @ApiResponse(responseCode = "200", description = "A new results version was written.")
  @ApiResponse(responseCode = "204", description = "No indicator's inputs changed.")
  @ApiResponse(responseCode = "401", description = "Not signed in and no API token.")
  @ApiResponse(responseCode = "403", description = "Not an editor or administrator.")
  @ApiResponse(responseCode = "404", description = "No such served topic.")
  ResponseEntity<RecomputationJson> recompute(
      @Parameter(description = "The topic's id.") @PathVariable String topicId,
      @Parameter(description = "Compute every indicator, changed or not.")
          @RequestParam(defaultValue = "false")
          boolean all) {
    if (topics.topic(topicId).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return pipeline
        .compute(topicId, all)
        .map(
            o ->
                ResponseEntity.ok(
                    new RecomputationJson(
                        topicId,
                        o.version(),
                        o.computed(),
                        o.copied(),
                        o.rows(),
                        o.nanos() / 1_000_000,
                        o.protectionNanos() / 1_000_000)))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }
}
