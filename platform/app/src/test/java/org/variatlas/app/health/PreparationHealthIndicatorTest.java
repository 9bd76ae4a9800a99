package org.variatlas.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.variatlas.app.loads.StartupLoads;
import org.variatlas.app.results.Preparation;

class PreparationHealthIndicatorTest {

  @Test
  void out_of_service_while_loads_run_or_first_results_are_pending() {
    assertThat(
            PreparationHealthIndicator.of(
                    new Preparation.State(false, false, StartupLoads.Phase.RUNNING, List.of()))
                .getStatus())
        .isEqualTo(Status.OUT_OF_SERVICE);
    var pending =
        PreparationHealthIndicator.of(
            new Preparation.State(false, false, StartupLoads.Phase.DONE, List.of("day-surgery")));
    assertThat(pending.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(pending.getDetails()).containsEntry("resultsPending", List.of("day-surgery"));
  }

  @Test
  void up_while_a_topic_with_results_is_recomputed() {
    var recomputing =
        PreparationHealthIndicator.of(
            new Preparation.State(false, true, StartupLoads.Phase.DONE, List.of("day-surgery")));
    assertThat(recomputing.getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void up_once_prepared_even_when_the_loads_failed_or_were_off() {
    for (StartupLoads.Phase phase :
        List.of(StartupLoads.Phase.DONE, StartupLoads.Phase.OFF, StartupLoads.Phase.FAILED)) {
      assertThat(
              PreparationHealthIndicator.of(new Preparation.State(true, true, phase, List.of()))
                  .getStatus())
          .isEqualTo(Status.UP);
    }
  }
}
