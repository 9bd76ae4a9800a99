package org.variatlas.e2e;

import static org.variatlas.e2e.DataPathBenchmark.line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * {@link DataPathBenchmark}'s topic loads: each against {@code COPY} of the rows it staged, and its
 * platform part against the same {@code COPY}; at the first start, and as an editor's reloads on
 * the warm app.
 */
final class TopicLoadTimes {

  private static final Pattern READ =
      Pattern.compile(
          "Load run (\\d+): read \\d+ counts(?:, of which the platform (\\d+) ms \\(.*?\\))?"
              + " \\((\\d+) ms\\)");

  private final AppProcess app;
  private final StringBuilder report;

  TopicLoadTimes(AppProcess app, StringBuilder report) {
    this.app = app;
    this.report = report;
  }

  /**
   * Each topic load of the first start (its log {@code firstLog}) against COPY of the rows it
   * staged, and its platform part: its share of the reading (before the loader started and inside
   * the sink's callbacks) plus everything after the loader returned.
   */
  void firstStart(String firstLog) throws IOException, SQLException {
    try (Connection db = app.database()) {
      Matcher m = DataPathBenchmark.APPLIED.matcher(firstLog);
      while (m.find()) {
        if (m.group(2).startsWith("Population")) {
          continue;
        }
        long runRows = Long.parseLong(m.group(4));
        long ms = Long.parseLong(m.group(3));
        long staged = copyStaged(db, Long.parseLong(m.group(1)));
        long[] read = readMillis(firstLog, m.group(1));
        line(
            report,
            "topic load "
                + m.group(2).replaceAll(":.*", "")
                + " run "
                + m.group(1)
                + ", "
                + runRows
                + " rows",
            ms + " ms",
            "COPY of its staged rows " + staged + " ms: " + DataPathBenchmark.percent(staged, ms));
        // The time the platform adds to the load: its share of the reading (before the loader
        // started and inside the sink's callbacks) plus everything after the loader returned.
        long platform = ms - read[0] + read[1];
        line(
            report,
            "    platform (before the loader, in its sink, after it)",
            platform + " ms",
            DataPathBenchmark.percent(staged, platform)
                + " of COPY's rows/s; in the reading "
                + read[1]
                + " ms, after it "
                + (ms - read[0])
                + " ms (old figure: "
                + DataPathBenchmark.percent(staged, ms - read[0])
                + ")");
        line(
            report,
            "    the plugin reading/generating its rows (its own time)",
            (read[0] - read[1]) + " ms",
            "reading wall time " + read[0] + " ms");
      }
    }
  }

  /**
   * On the warm app, one load at a time: each topic's largest first-start loader run again, as an
   * editor's "run again" does ({@code rounds} times, each after the recomputation the previous one
   * caused), its platform part against COPY of the rows it staged, median of the ratios.
   */
  void editorReloads(RecomputationTimes times, String firstLog, int rounds, Duration timeout)
      throws Exception {
    Map<String, long[]> largest = new LinkedHashMap<>(); // topic title -> {run, rows}
    Matcher m = DataPathBenchmark.APPLIED.matcher(firstLog);
    while (m.find()) {
      long rows = Long.parseLong(m.group(4));
      String topic = m.group(2).replaceAll(":.*", "");
      if (!m.group(2).startsWith("Population")
          && largest.getOrDefault(topic, new long[] {0, -1})[1] < rows) {
        largest.put(topic, new long[] {Long.parseLong(m.group(1)), rows});
      }
    }
    for (long[] firstRun : largest.values()) {
      String topic;
      String loader;
      try (Connection db = app.database();
          Statement s = db.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select topic_id, loader_id from load_run where id = " + firstRun[0])) {
        r.next();
        topic = r.getString(1);
        loader = r.getString(2);
      }
      List<Reload> reloads = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        long run = times.runLoader(topic, loader);
        times.resultsAfter(run, topic, timeout);
        Matcher applied = appliedRun(app.log(), run);
        long ms = Long.parseLong(applied.group(3));
        long[] read = readMillis(app.log(), String.valueOf(run));
        try (Connection db = app.database()) {
          reloads.add(
              new Reload(
                  run,
                  Long.parseLong(applied.group(4)),
                  ms,
                  ms - read[0] + read[1],
                  copyStaged(db, run)));
        }
      }
      reloads.sort(Comparator.comparingDouble(r -> (double) r.copyMs() / r.platformMs()));
      for (Reload r : reloads) {
        report.append(
            String.format(
                Locale.ROOT,
                "    run %d: %d rows, whole load %d ms, platform %d ms, COPY %d ms: %s%n",
                r.run(),
                r.rows(),
                r.wholeMs(),
                r.platformMs(),
                r.copyMs(),
                DataPathBenchmark.percent(r.copyMs(), r.platformMs())));
      }
      Reload median = reloads.get(reloads.size() / 2);
      line(
          report,
          "editor's reload of " + topic + "/" + loader + " (median of " + rounds + ")",
          median.platformMs() + " ms",
          "platform part vs COPY of its staged rows "
              + median.copyMs()
              + " ms: "
              + DataPathBenchmark.percent(median.copyMs(), median.platformMs())
              + " of COPY's rows/s");
    }
  }

  /** A reload's figures: its platform part as for the first start's loads. */
  private record Reload(long run, long rows, long wholeMs, long platformMs, long copyMs) {}

  private static Matcher appliedRun(String log, long run) {
    Matcher m = DataPathBenchmark.APPLIED.matcher(log);
    while (m.find()) {
      if (Long.parseLong(m.group(1)) == run) {
        return m;
      }
    }
    throw new AssertionError("load run " + run + " was not applied");
  }

  /** COPY of the rows a run staged (its counts, as CSV) into a plain table, median of three. */
  private static long copyStaged(Connection db, long runId) throws IOException, SQLException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    var api = db.unwrap(PGConnection.class).getCopyAPI();
    api.copyOut(
        "COPY (select measure_id, base_unit, year, sex, age, category, count from measure_count"
            + " where run_id = "
            + runId
            + ") TO STDOUT (FORMAT csv)",
        csv);
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      db.setAutoCommit(false);
      long started = System.nanoTime();
      try (Statement s = db.createStatement()) {
        s.execute(
            "create table bench_staged (measure_id varchar(64), base_unit varchar(16), year"
                + " integer, sex varchar(6), age integer, category varchar(64), count bigint)");
      }
      api.copyIn(
          "COPY bench_staged FROM STDIN (FORMAT csv)", new ByteArrayInputStream(csv.toByteArray()));
      db.commit();
      times.add((System.nanoTime() - started) / 1_000_000);
      try (Statement s = db.createStatement()) {
        s.execute("drop table bench_staged");
      }
      db.commit();
      db.setAutoCommit(true);
    }
    return DataPathBenchmark.median(times);
  }

  /**
   * The time a run took to read (or generate) its rows, from its "read N counts" log line, and the
   * platform's share of it (0 in a log of a version that did not say).
   */
  private static long[] readMillis(String log, String runId) {
    Matcher m = READ.matcher(log);
    while (m.find()) {
      if (m.group(1).equals(runId)) {
        return new long[] {
          Long.parseLong(m.group(3)), m.group(2) == null ? 0 : Long.parseLong(m.group(2))
        };
      }
    }
    return new long[] {0, 0};
  }
}
