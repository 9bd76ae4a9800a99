package org.variatlas.app.results;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ResultVersions} right when another app instance on the same database switches a
 * topic's results: a switch sends a PostgreSQL notification on {@link #CHANNEL} in its transaction
 * (delivered at commit), which this listener applies. Readers thus resolve a version from memory,
 * with no database round trip per request, and still see every instance's switches. After a lost
 * connection it listens again and reloads every version, so a switch made meanwhile is not missed.
 */
@Component
class ResultVersionListener implements SmartLifecycle {

  /** The notification channel; the payload is {@code <topic id>:<version>}. */
  static final String CHANNEL = "result_versions";

  private static final Logger log = LoggerFactory.getLogger(ResultVersionListener.class);
  private static final int WAIT_MS = 2_000;

  private final DataSource dataSource;
  private final ResultVersions versions;
  private volatile boolean running;
  private volatile Thread worker;

  ResultVersionListener(DataSource dataSource, ResultVersions versions) {
    this.dataSource = dataSource;
    this.versions = versions;
  }

  @Override
  public void start() {
    running = true;
    Thread t = new Thread(this::listen, "result-versions");
    t.setDaemon(true);
    worker = t;
    t.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread t = worker;
    if (t != null) {
      t.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        // Listening from here on: what was switched before is in the tables.
        versions.reload();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] received = pg.getNotifications(WAIT_MS);
          if (received != null) {
            for (PGNotification n : received) {
              apply(n.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("Listening for results versions failed; listening again: {}", e.toString());
        if (!pause()) {
          return;
        }
      }
    }
  }

  private void apply(String payload) {
    int colon = payload.lastIndexOf(':');
    if (colon > 0) {
      try {
        versions.switched(
            payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
        return;
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    log.warn("Ignoring the results version notification '{}'", payload);
  }

  /** A moment before listening again, so that a database that is down is not hammered. */
  private boolean pause() {
    try {
      Thread.sleep(WAIT_MS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
