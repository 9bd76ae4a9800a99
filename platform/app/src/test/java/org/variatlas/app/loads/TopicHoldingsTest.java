package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TopicHoldingsTest {

  private final TopicHoldings holdings =
      new TopicHoldings(
          Map.of(
              "registry", Map.of("visits", 12L, "stays", 3L),
              "bundled", Map.of("visits", 40L, "referrals", 7L)),
          CompletableFuture.completedFuture(Set.of("visits")),
          Set.of("published-rate"));

  @Test
  void each_measure_another_loader_holds_is_named_with_the_first_such_loader_by_id() {
    assertThat(holdings.heldByOthers(List.of("visits", "stays", "referrals", "deaths"), Set.of()))
        .containsExactly(
            Map.entry("referrals", "bundled"),
            Map.entry("stays", "registry"),
            Map.entry("visits", "bundled"));
  }

  @Test
  void loaders_left_aside_hold_nothing_for_the_question() {
    assertThat(holdings.heldByOthers(List.of("visits", "referrals"), Set.of("bundled")))
        .containsExactly(Map.entry("visits", "registry"));
    assertThat(holdings.heldByOthers(List.of("referrals"), Set.of("bundled"))).isEmpty();
  }

  @Test
  void rows_are_those_of_a_loader_and_measure_and_0_for_what_it_does_not_hold() {
    assertThat(holdings.rows("bundled", "visits")).isEqualTo(40);
    assertThat(holdings.rows("bundled", "stays")).isZero();
    assertThat(holdings.rows("nobody", "visits")).isZero();
  }

  @Test
  void a_read_beside_the_run_that_failed_throws_its_own_exception_where_it_is_needed() {
    TopicHoldings failed =
        new TopicHoldings(
            Map.of(),
            CompletableFuture.failedFuture(new IllegalStateException("connection refused")),
            Set.of());
    assertThat(holdings.ownMeasures()).containsExactly("visits");
    assertThatThrownBy(failed::ownMeasures)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("connection refused");
  }
}
