package org.variatlas.app.loads;

import java.util.function.Supplier;

/**
 * A plugin's loader run on a thread of its own while the run's thread, which holds the
 * transaction's connection, writes the rows the loader's sink encoded into the run's COPY ({@link
 * CountStream}). The loader's thread has no transaction: what it reads through the platform (the
 * population) comes through other connections of the pool, never interleaved with the COPY (the
 * platform's loads hold {@link LoadLocks}, so the population does not change meanwhile).
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
   * and drains {@code stream} into the COPY {@code open} starts, until the body returned.
   *
   * @return the COPY, still open, or null when no row came
   * @throws Failed when the body threw (the COPY is then cancelled)
   */
  static BinaryCopy run(String name, Body body, CountStream stream, Supplier<BinaryCopy> open)
      throws Failed, InterruptedException {
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                failure[0] = e;
              } finally {
                stream.finish();
              }
            },
            name);
    thread.setDaemon(true);
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.start();
    BinaryCopy copy;
    try {
      copy = stream.drain(open, BinaryCopy::encoded);
    } finally {
      // Never leave the loader running behind a rolled-back run.
      joinUninterruptibly(thread);
    }
    if (failure[0] != null) {
      if (copy != null) {
        copy.cancel();
      }
      throw new Failed(failure[0]);
    }
    return copy;
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
