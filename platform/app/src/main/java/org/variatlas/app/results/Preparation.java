package org.variatlas.app.results;

import java.util.List;
import org.springframework.stereotype.Component;
import org.variatlas.app.loads.StartupLoads;

/**
 * Whether the atlas has finished preparing its figures: on a first start the population and every
 * topic are loaded and computed in the background (minutes), and until then figures are missing.
 * One answer for {@code GET /api/v1/status} (scripts and tests wait for {@code ready}) and
 * Actuator's readiness probe (a load balancer waits for {@code serving}).
 */
@Component
public class Preparation {

  /**
   * @param ready the start-up loads are done (or off, or stopped on an error) and no results are
   *     being computed
   * @param serving the start-up loads are done and every topic being computed already has results
   *     to show: a recomputation after a load keeps serving the previous version until it is
   *     written, so it does not take the atlas out of a load balancer
   * @param startupLoads the phase of the start-up loads
   * @param resultsPending the topics whose results are being computed (first) or waiting
   */
  public record State(
      boolean ready,
      boolean serving,
      StartupLoads.Phase startupLoads,
      List<String> resultsPending) {}

  private final StartupLoads startup;
  private final ResultsPipeline pipeline;
  private final ResultVersions versions;

  Preparation(StartupLoads startup, ResultsPipeline pipeline, ResultVersions versions) {
    this.startup = startup;
    this.pipeline = pipeline;
    this.versions = versions;
  }

  /** The state now. */
  public State state() {
    // Read the loads' phase first: a load that finishes in between has already queued its topic.
    StartupLoads.Phase phase = startup.phase();
    boolean loading = startup.isLoading();
    List<String> pending = pipeline.pending();
    boolean shown = pending.stream().allMatch(topic -> versions.current(topic).isPresent());
    return new State(!loading && pending.isEmpty(), !loading && shown, phase, pending);
  }
}
