package org.variatlas.app.loads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * The database's advisory locks that serialise load runs across every app instance on one database:
 * a platform load (the population, which topic loads read) runs alone; loads of different topics
 * may run at once (their rows are disjoint), one at a time per topic. Session-level locks on a
 * connection of their own, held for the run and released when the {@link Held} is closed.
 */
@Repository
public class LoadLocks {

  /** The lock space of the platform-wide lock (exclusive for platform loads, shared for topics). */
  private static final int PLATFORM = 7701;

  /** The lock space of per-topic locks, keyed by the topic id's hash. */
  private static final int TOPIC = 7702;

  /** Locks held for one run. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  private final DataSource dataSource;

  public LoadLocks(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Waits for the locks a run of this topic (null: a platform load) needs and returns them held.
   */
  public Held acquire(String topicId) {
    try {
      Connection c = dataSource.getConnection();
      try {
        c.setAutoCommit(true);
        if (topicId == null) {
          execute(c, "select pg_advisory_lock(?, 0)", PLATFORM, null);
        } else {
          execute(c, "select pg_advisory_lock_shared(?, 0)", PLATFORM, null);
          execute(c, "select pg_advisory_lock(?, hashtext(?))", TOPIC, topicId);
        }
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return () -> release(c, topicId);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the load lock of " + topicId, e);
    }
  }

  private static void release(Connection c, String topicId) {
    try (c) {
      if (topicId == null) {
        execute(c, "select pg_advisory_unlock(?, 0)", PLATFORM, null);
      } else {
        execute(c, "select pg_advisory_unlock(?, hashtext(?))", TOPIC, topicId);
        execute(c, "select pg_advisory_unlock_shared(?, 0)", PLATFORM, null);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot release the load lock of " + topicId, e);
    }
  }

  // Plain SQL: advisory locks have no typed form in jOOQ.
  private static void execute(Connection c, String sql, int space, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, space);
      if (key != null) {
        s.setString(2, key);
      }
      s.execute();
    }
  }
}
