package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app killed for real ({@code kill -9} of the built jar's process) at chosen moments of a first
 * start, on one database, and restarted: mid population load, right after a topic load's commit,
 * mid results computation. After the last restart the run records say what really happened, the
 * results match the loaded counts, and no PostgreSQL of the killed app is left behind.
 */
class CrashConsistencyIT {

  private static final Duration STEP = Duration.ofMinutes(6);

  private static Path database;
  private static Path plugins;
  private static Path log;

  @BeforeAll
  static void directories() throws IOException {
    database = Files.createTempDirectory("variatlas-crash-pg-");
    plugins = AppProcess.plugins();
    Path target = Path.of("target");
    Files.createDirectories(target);
    log = target.resolve("crash-consistency-app.log");
    Files.deleteIfExists(log);
  }

  @AfterAll
  static void noServerLeft() throws IOException {
    assertThat(AppProcess.postgresRunsOn(database))
        .as("a PostgreSQL still runs on " + database)
        .isFalse();
    // No gigabyte left in the temporary directory (the app's last stop was a clean one).
    try (Stream<Path> files = Files.walk(database)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Test
  void kill_9_at_any_moment_then_restart_leaves_true_records_and_current_results()
      throws Exception {
    // Mid population load: its transaction is open when the JVM dies.
    AppProcess app = AppProcess.start(database, plugins, log);
    app.awaitLog("Load run 1: read", STEP);
    app.kill();
    assertThat(AppProcess.postgresRunsOn(database))
        .as("the killed app's PostgreSQL outlives it (the restart must stop it)")
        .isTrue();

    // Right after a topic load committed (its record commits with its data).
    app = AppProcess.start(database, plugins, log);
    app.awaitLog("Load run 3 (", STEP);
    app.kill();

    // Mid results computation (the start-up loads are over; each topic is computed once).
    app = AppProcess.start(database, plugins, log);
    app.awaitLog("Computing results of topic", STEP);
    app.kill();

    app = AppProcess.start(database, plugins, log);
    try {
      app.awaitReady(STEP);
      try (Connection db = app.database()) {
        recordsSayWhatHappened(db);
        resultsMatchTheCounts(db);
        durable(db);
      }
      assertThat(app.get("/api/v1/status")).contains("\"resultsPending\":[]");
    } finally {
      app.close();
    }
  }

  /**
   * The atlas's own embedded database survives more than a kill -9: a power loss or an operating
   * system crash keeps every acknowledged commit (zonky's test defaults turn both off).
   */
  private static void durable(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "select current_setting('fsync'), current_setting('synchronous_commit')")) {
      r.next();
      assertThat(r.getString(1)).as("fsync").isEqualTo("on");
      assertThat(r.getString(2)).as("synchronous_commit").isEqualTo("on");
    }
  }

  private static void recordsSayWhatHappened(Connection db) throws SQLException {
    assertThat(longs(db, "select id from load_run where status = 'RUNNING'")).isEmpty();
    assertThat(
            longs(
                db,
                "select id from load_run where status = 'FAILED' and message like 'interrupted%'"))
        .as("the interrupted population load")
        .isNotEmpty();
    // Every row of counts belongs to a run recorded as applied; an interrupted one left none.
    assertThat(
            longs(
                db,
                "select distinct c.run_id from measure_count c join load_run r on r.id = c.run_id"
                    + " where r.status <> 'APPLIED'"
                    + " union select distinct p.run_id from published_value p join load_run r"
                    + " on r.id = p.run_id where r.status <> 'APPLIED'"))
        .isEmpty();
    assertThat(
            longs(
                db,
                "select id from load_run where loader_id = 'population' and status = 'APPLIED'"))
        .hasSize(1);
    assertThat(longs(db, "select count(*) from population").get(0)).isPositive();
  }

  /** Each topic's current results were computed from the counts loaded now. */
  private static void resultsMatchTheCounts(Connection db) throws SQLException {
    long population =
        longs(
                db,
                "select max(id) from load_run where loader_id = 'population' and status ="
                    + " 'APPLIED'")
            .get(0);
    // topic -> indicator -> the inputs its visible results were computed from
    Map<String, Map<String, String>> inputs = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "select t.topic_id, i.indicator_id, i.inputs from topic_results t"
                    + " join result_inputs i on i.version_id = t.version_id")) {
      while (r.next()) {
        inputs
            .computeIfAbsent(r.getString(1), k -> new HashMap<>())
            .put(r.getString(2), r.getString(3));
      }
    }
    assertThat(inputs.keySet()).contains("day-surgery", "child-health", "psychiatric-care");
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select topic_id, measure_id, run_id from counts_version")) {
      while (r.next()) {
        Map<String, String> topic = inputs.getOrDefault(r.getString(1), Map.of());
        String measure = r.getString(2);
        long run = r.getLong(3);
        if (measure.startsWith("published:")) {
          String indicator = measure.substring("published:".length());
          if (topic.containsKey(indicator)) {
            assertThat(topic.get(indicator)).endsWith(";published=" + run);
          }
          continue;
        }
        for (String in : topic.values()) {
          if (in.contains(";" + measure + "=")) {
            assertThat(in)
                .as(measure)
                .containsPattern(
                    ";" + java.util.regex.Pattern.quote(measure) + "=" + run + "(;|$)");
          }
        }
      }
    }
    inputs.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(in -> in.contains("population="))
        .forEach(in -> assertThat(in).contains(";population=" + population + ";"));
  }

  private static List<Long> longs(Connection db, String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getLong(1));
      }
    }
    return out;
  }
}
