package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

class QueuedSinkTest {

  @Test
  void counts_and_the_loaders_problems_arrive_in_the_loaders_order() throws Exception {
    QueuedSink queue = new QueuedSink();
    List<Object> seen = new ArrayList<>();
    LoaderThread.run(
        "test-loader",
        () -> {
          for (int i = 0; i < 5000; i++) {
            queue.count("m", "0301", 2020, Sex.FEMALE, i % 106, null, i, null);
            if (i == 2500) {
              queue.problem(new LoadProblem(SourceLocation.file("f"), "rule", "message"));
            }
          }
        },
        queue,
        seen::add);
    assertThat(seen).hasSize(5001);
    assertThat(seen.get(2501)).isInstanceOf(LoadProblem.class);
    assertThat(((QueuedSink.Count) seen.get(5000)).count()).isEqualTo(4999);
  }

  @Test
  void a_failing_handler_does_not_keep_the_loader_waiting_and_is_thrown() {
    QueuedSink queue = new QueuedSink();
    assertThatThrownBy(
            () ->
                LoaderThread.run(
                    "test-loader",
                    () -> {
                      for (int i = 0; i < 200_000; i++) {
                        queue.count("m", "0301", 2020, Sex.MALE, 1, null, i, null);
                      }
                    },
                    queue,
                    event -> {
                      throw new IllegalStateException("COPY failed");
                    }))
        .hasMessage("COPY failed");
  }

  @Test
  void the_loaders_failure_comes_back_on_the_runs_thread() {
    QueuedSink queue = new QueuedSink();
    assertThatThrownBy(
            () ->
                LoaderThread.run(
                    "test-loader",
                    () -> {
                      throw new LinkageError("missing class");
                    },
                    queue,
                    event -> {}))
        .isInstanceOf(LoaderThread.Failed.class)
        .hasCauseInstanceOf(LinkageError.class);
  }

  @Test
  void a_handler_that_cannot_be_made_does_not_keep_the_loader_waiting_and_is_thrown() {
    QueuedSink queue = new QueuedSink();
    int[] written = new int[1];
    assertThatThrownBy(
            () ->
                LoaderThread.run(
                    "test-loader",
                    () -> {
                      for (int i = 0; i < 200_000; i++) {
                        queue.count("m", "0301", 2020, Sex.MALE, 1, null, i, null);
                        written[0]++;
                      }
                    },
                    queue,
                    () -> {
                      throw new IllegalStateException("the database is gone");
                    }))
        .hasMessage("the database is gone");
    // The loader ran to its end (its rows dropped) before the failure came back.
    assertThat(written[0]).isEqualTo(200_000);
  }
}
