package org.variatlas.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.app.SharedApp;

/** Readers see a results version that another app instance on the same database switched to. */
class ResultVersionsIT extends SharedApp {

  @Autowired ResultVersions versions;
  @Autowired ResultVersionRepository repository;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate sql;

  @AfterEach
  void removeTheOtherInstancesTopic() {
    sql.update("delete from topic_results where topic_id = 'another-instance'");
    sql.update("delete from result_version where topic_id = 'another-instance'");
  }

  @Test
  void a_switch_written_by_another_instance_reaches_the_readers_without_a_restart() {
    String topic = "another-instance";
    assertThat(versions.current(topic)).isEmpty();
    // What another instance's recomputation writes: this instance's ResultVersions is not told.
    long version =
        transactions.execute(
            status -> {
              repository.lock(topic);
              long v = repository.create(topic);
              repository.switchTo(topic, v);
              return v;
            });
    assertThat(awaitVersion(topic, version)).contains(version);
  }

  private Optional<Long> awaitVersion(String topic, long version) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Optional<Long> seen = versions.current(topic);
    while (!seen.equals(Optional.of(version)) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      seen = versions.current(topic);
    }
    return seen;
  }
}
