package org.variatlas.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * Slow work a bean needs that can begin as soon as the settings are known, before the context scans
 * and builds its beans (several seconds on the main thread, while the second core idles): the
 * embedded database's start, the geography pack. A listener of {@code ApplicationPreparedEvent}
 * begins it; the bean takes the result, waiting if it must. Registered in the context as a
 * singleton under its name, which the context destroys when it closes or its refresh fails, even if
 * no bean ever asked for the result.
 *
 * @param <T> what the work makes
 */
public final class EarlyStart<T> implements DisposableBean {

  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final Consumer<T> stop;

  private EarlyStart(Consumer<T> stop) {
    this.stop = stop;
  }

  /**
   * The context's work of this name, begun now on a thread of its own if nobody began it.
   *
   * @param stop what undoes the result when the context ends (e.g. stops a server)
   */
  @SuppressWarnings("unchecked")
  public static <T> EarlyStart<T> in(
      DefaultListableBeanFactory beans, String name, Callable<T> work, Consumer<T> stop) {
    synchronized (beans.getSingletonMutex()) {
      if (beans.containsSingleton(name)) {
        return (EarlyStart<T>) beans.getSingleton(name);
      }
      EarlyStart<T> start = new EarlyStart<>(stop);
      beans.registerSingleton(name, start);
      beans.registerDisposableBean(name, start);
      DaemonThreads.named(name).newThread(() -> start.run(work)).start();
      return start;
    }
  }

  private void run(Callable<T> work) {
    try {
      result.complete(work.call());
    } catch (Exception | Error e) {
      result.completeExceptionally(e);
    }
  }

  /** The result, once made; the work's own exception if it failed. */
  public T get() {
    try {
      return result.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Undoes the result, waiting for work still under way (so that no server is left behind). */
  @Override
  public void destroy() {
    T made;
    try {
      made = result.join();
    } catch (CompletionException e) {
      return;
    }
    stop.accept(made);
  }
}
