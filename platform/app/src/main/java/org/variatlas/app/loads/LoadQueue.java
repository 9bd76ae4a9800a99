package org.variatlas.app.loads;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.variatlas.app.config.DaemonThreads;

/**
 * The loads editors start: one at a time, at most {@link #CAPACITY} waiting, and a loader that is
 * running or waiting is not queued again (a second click is refused with a reason, not queued
 * without limit).
 */
@Service
public class LoadQueue {

  /** How many runs may wait behind the running one. */
  public static final int CAPACITY = 4;

  /** Why a run was not queued. */
  public enum Refusal {
    /** The same loader is running or waiting. */
    ALREADY_QUEUED,
    /** Too many runs are waiting. */
    QUEUE_FULL
  }

  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(CAPACITY),
          DaemonThreads.named("editor-loads"));

  /**
   * Queues a run of a loader ({@code key}: topic/loader), or says why not; {@code run} runs on the
   * queue's thread and {@code after} after it, whatever happened.
   */
  public Optional<Refusal> submit(String key, Runnable run) {
    if (!queued.add(key)) {
      return Optional.of(Refusal.ALREADY_QUEUED);
    }
    try {
      executor.execute(
          () -> {
            try {
              run.run();
            } finally {
              queued.remove(key);
            }
          });
      return Optional.empty();
    } catch (RejectedExecutionException e) {
      queued.remove(key);
      return Optional.of(Refusal.QUEUE_FULL);
    }
  }

  /** Whether a run of the loader is running or waiting. */
  public boolean isQueued(String key) {
    return queued.contains(key);
  }
}
