package org.variatlas.app.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.variatlas.app.results.Preparation;

/**
 * Actuator's {@code preparation} component, part of the readiness group: OUT_OF_SERVICE (HTTP 503)
 * while the start-up loads run or a topic's first results are being computed, so that a load
 * balancer sends no visitors to an atlas with missing figures; the process is alive all the same
 * (liveness does not include it). A recomputation of a topic that has results keeps it UP.
 */
@Component
class PreparationHealthIndicator implements HealthIndicator {

  private final Preparation preparation;

  PreparationHealthIndicator(Preparation preparation) {
    this.preparation = preparation;
  }

  @Override
  public Health health() {
    return of(preparation.state());
  }

  static Health of(Preparation.State state) {
    Health.Builder health = state.serving() ? Health.up() : Health.outOfService();
    return health
        .withDetail("startupLoads", state.startupLoads())
        .withDetail("resultsPending", state.resultsPending())
        .build();
  }
}
