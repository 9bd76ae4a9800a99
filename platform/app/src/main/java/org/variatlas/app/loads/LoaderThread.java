package org.variatlas.app.loads;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.variatlas.app.config.DaemonThreads;

/**
 * A plugin's loader run on a thread of its own while the run's thread, which holds the
 * transaction's connection, takes what the loader wrote into its {@link QueuedSink} and checks,
 * stages and COPYs it ({@link TopicSink}, {@link CountStream}). The loader's thread has no
 * transaction: what it reads through the platform (the population) comes through other connections
 * of the pool, never interleaved with the COPY (the platform's loads hold {@link LoadLocks}, so the
 * population does not change meanwhile).
 */
final class LoaderThread {

  private LoaderThread() {}

  /** What the loader's thread runs. */
  interface Body {
    void run() throws Exception;
  }

  /** The loader threw (or failed with an error): its cause, on the run's thread. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(Throwable cause) {
      super(cause);
    }
  }

  /**
   * Runs {@code body} on a new thread named {@code name} (with this thread's context class loader)
   * and hands what it queues to {@code handler} on this thread, until the body returned.
   *
   * @throws Failed when the body threw
   */
  static void run(String name, Body body, QueuedSink queue, Consumer<Object> handler)
      throws Failed, InterruptedException {
    run(name, body, queue, () -> handler);
  }

  /**
   * As {@link #run(String, Body, QueuedSink, Consumer)}, with the handler made on this thread once
   * the body has started: what the handler needs from the database is read while the loader begins
   * its own work, and what it queues meanwhile waits in the queue. Should making the handler fail,
   * the loader's rows are dropped (it is not kept waiting) and the failure thrown once it finished.
   */
  static void run(
      String name, Body body, QueuedSink queue, Supplier<? extends Consumer<Object>> handler)
      throws Failed, InterruptedException {
    Throwable[] failure = new Throwable[1];
    Thread thread =
        DaemonThreads.named(name)
            .newThread(
                () -> {
                  try {
                    body.run();
                  } catch (Throwable e) {
                    failure[0] = e;
                  } finally {
                    queue.finish();
                  }
                });
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.start();
    try {
      Consumer<Object> consumer;
      try {
        consumer = handler.get();
      } catch (RuntimeException | Error e) {
        queue.abandon();
        throw e;
      }
      queue.drain(consumer);
    } finally {
      // Never leave the loader running behind a rolled-back run.
      joinUninterruptibly(thread);
    }
    if (failure[0] != null) {
      throw new Failed(failure[0]);
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
