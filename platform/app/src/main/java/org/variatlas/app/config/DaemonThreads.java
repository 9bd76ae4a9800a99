package org.variatlas.app.config;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the platform's background work: daemon threads (they never keep a stopping
 * JVM alive; each owner shuts its executor down itself), named for thread dumps and logs.
 */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** Threads all named {@code name} (for a single-thread executor). */
  public static ThreadFactory named(String name) {
    return r -> daemon(r, name);
  }

  /** Threads named {@code prefix-1}, {@code prefix-2}, ... (for a pool). */
  public static ThreadFactory numbered(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> daemon(r, prefix + "-" + n.incrementAndGet());
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
