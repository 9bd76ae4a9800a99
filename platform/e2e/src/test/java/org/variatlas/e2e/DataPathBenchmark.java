package org.variatlas.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.util.FileSystemUtils;
import org.variatlas.app.population.PopulationCopy;

/**
 * The data path timed from the outside, each figure against a baseline measured in the same run on
 * the same machine and database (not a test: run it on a quiet machine, see the README):
 *
 * <ul>
 *   <li>the population load against PostgreSQL's {@code COPY} of the same files (decompressed) into
 *       a plain table, rows per second;
 *   <li>each topic load against {@code COPY} of the rows it staged, and its platform part against
 *       the same {@code COPY}: the time the platform adds to the load, that is what it does before
 *       the plugin's loader starts and inside the loader's sink callbacks (queueing each row for
 *       the run's own thread, which checks, stages and COPYs it meanwhile, and any wait when that
 *       thread is behind), as the load's log line {@code read N counts, of which the platform X ms
 *       (...)} says, plus everything after the loader returned (the rest of the checks and the
 *       COPY, index, reports, apply, commit). The old figure, the load's time after the loader
 *       returned alone, is reported beside it: once the rows are checked and COPYed while the
 *       loader runs it leaves out the time in the sink, so it is not the platform's part. Measured
 *       twice: at the first start (a cold JVM, each load beside the recomputation of the topics
 *       loaded before it) and, on the warm app, one load at a time, as an editor runs a topic's
 *       loader again;
 *   <li>first start (fresh database, the three bundled topics) and a later start, to {@code GET
 *       /api/v1/status} ready;
 *   <li>the recomputation of the three topics after a population load;
 *   <li>on the warm app, a forced full recomputation of the three topics ({@link
 *       RecomputationTimes}) and the recomputation after a count file of one measure;
 *   <li>{@code GET /api/v1/results/...} at 50 concurrent clients against {@code GET
 *       /api/v1/topics}: requests per second and 95th percentile.
 * </ul>
 *
 * <pre>
 * mvn -B verify -pl platform/e2e -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=DataPathBenchmark -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 */
class DataPathBenchmark {

  private static final Duration READY = Duration.ofMinutes(15);
  private static final int CLIENTS = 50;
  private static final Duration LOAD_TEST = Duration.ofSeconds(10);
  private static final int RELOADS = 3;
  private static final Pattern APPLIED =
      Pattern.compile("Load run (\\d+) \\((.*?)\\): APPLIED in (\\d+) ms, (\\d+) rows read");
  private static final Pattern READ =
      Pattern.compile(
          "Load run (\\d+): read \\d+ counts(?:, of which the platform (\\d+) ms \\(.*?\\))?"
              + " \\((\\d+) ms\\)");
  private static final Pattern TIMESTAMP = Pattern.compile("^(\\S+T\\S+?)Z? ");

  private final StringBuilder report = new StringBuilder();

  @Test
  void data_path() throws Exception {
    Path database = Files.createTempDirectory("variatlas-bench-pg-");
    // A fresh cache too, so that the first start derives everything as a new installation does.
    Path cacheDir = Files.createTempDirectory("variatlas-bench-cache-");
    String cache = "--variatlas.cache-dir=" + cacheDir;
    // An administrator's API token, seeded at the first start, for the recomputation requests.
    String token = "benchmark-" + java.util.UUID.randomUUID();
    Path plugins = AppProcess.plugins();
    Path log = Path.of("target", "data-path-benchmark-app.log");
    Files.createDirectories(log.getParent());
    Files.deleteIfExists(log);

    AppProcess app =
        AppProcess.start(
            database, plugins, log, cache, "--variatlas.security.admin-token=" + token);
    Duration first = app.awaitReady(READY);
    Duration firstCpu = app.cpu();
    String firstLog = app.log();
    app.close();
    app = AppProcess.start(database, plugins, log, cache);
    Duration later = app.awaitReady(READY);
    Duration laterCpu = app.cpu();
    line(
        "first start to ready (fresh database)",
        first.toMillis() + " ms",
        "target 30000 ms; the app's JVM used " + firstCpu.toMillis() + " ms CPU");
    line(
        "later start to ready",
        later.toMillis() + " ms",
        "target 15000 ms; the app's JVM used " + laterCpu.toMillis() + " ms CPU");
    recomputations(firstLog, "first start");

    List<Long> loads = new ArrayList<>();
    List<Long> copies = new ArrayList<>();
    long rows = 0;
    for (int i = 0; i < RELOADS; i++) {
      try (Connection db = app.database();
          Statement s = db.createStatement()) {
        s.execute("update load_run set fingerprint = 'benchmark' where loader_id = 'population'");
        copies.add(copyPopulation(db));
      }
      app.close();
      app = AppProcess.start(database, plugins, log, cache);
      app.awaitReady(READY);
      Matcher m = applied(app.log(), "Population");
      loads.add(Long.parseLong(m.group(3)));
      rows = Long.parseLong(m.group(4));
      recomputations(app.log(), "after population load " + (i + 1));
    }
    long load = median(loads);
    long copy = median(copies);
    line(
        "population load, " + rows + " rows (median of " + RELOADS + ")",
        load + " ms",
        "COPY of the same files " + copy + " ms: " + percent(copy, load) + " of COPY's rows/s");

    try (Connection db = app.database()) {
      Matcher m = APPLIED.matcher(firstLog);
      while (m.find()) {
        if (m.group(2).startsWith("Population")) {
          continue;
        }
        long runRows = Long.parseLong(m.group(4));
        long ms = Long.parseLong(m.group(3));
        long staged = copyStaged(db, Long.parseLong(m.group(1)));
        long[] read = readMillis(firstLog, m.group(1));
        line(
            "topic load "
                + m.group(2).replaceAll(":.*", "")
                + " run "
                + m.group(1)
                + ", "
                + runRows
                + " rows",
            ms + " ms",
            "COPY of its staged rows " + staged + " ms: " + percent(staged, ms));
        // The time the platform adds to the load: its share of the reading (before the loader
        // started and inside the sink's callbacks) plus everything after the loader returned.
        long platform = ms - read[0] + read[1];
        line(
            "    platform (before the loader, in its sink, after it)",
            platform + " ms",
            percent(staged, platform)
                + " of COPY's rows/s; in the reading "
                + read[1]
                + " ms, after it "
                + (ms - read[0])
                + " ms (old figure: "
                + percent(staged, ms - read[0])
                + ")");
        line(
            "    the plugin reading/generating its rows (its own time)",
            (read[0] - read[1]) + " ms",
            "reading wall time " + read[0] + " ms");
      }
    }

    RecomputationTimes times = new RecomputationTimes(app, token);
    forcedRecomputations(times, app);
    editorReloads(times, app, firstLog);

    List<String> results = resultUrls(app);
    throughput(app, List.of("/api/v1/topics"), "GET /api/v1/topics (baseline)");
    throughput(app, results, "GET /api/v1/results/... (" + results.size() + " URLs)");
    throughput(app, List.of("/api/v1/topics"), "GET /api/v1/topics (baseline, again)");
    throughput(app, results, "GET /api/v1/results/... (again)");
    app.close();
    // Nothing left behind in the temporary directory (the database alone is about 600 MB).
    for (Path dir : List.of(database, cacheDir, plugins)) {
      FileSystemUtils.deleteRecursively(dir);
    }

    System.out.println("\n==== Data path benchmark ====\n" + report);
    Files.writeString(Path.of("target", "data-path-benchmark.txt"), report.toString());
  }

  private void line(String what, String figure, String against) {
    report.append(String.format(Locale.ROOT, "%-70s %12s   %s%n", what, figure, against));
  }

  private static Matcher applied(String log, String titlePrefix) {
    Matcher m = APPLIED.matcher(log);
    while (m.find()) {
      if (m.group(2).startsWith(titlePrefix)) {
        return m;
      }
    }
    throw new AssertionError("no applied run '" + titlePrefix + "' in the log");
  }

  /**
   * On the warm app, one load at a time: each topic's largest first-start loader run again, as an
   * editor's "run again" does ({@value #RELOADS} times, each after the recomputation the previous
   * one caused), its platform part against COPY of the rows it staged, median of the ratios.
   */
  private void editorReloads(RecomputationTimes times, AppProcess app, String firstLog)
      throws Exception {
    Map<String, long[]> largest = new LinkedHashMap<>(); // topic title -> {run, rows}
    Matcher m = APPLIED.matcher(firstLog);
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
      for (int i = 0; i < RELOADS; i++) {
        long run = times.runLoader(topic, loader);
        times.resultsAfter(run, topic, READY);
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
                percent(r.copyMs(), r.platformMs())));
      }
      Reload median = reloads.get(reloads.size() / 2);
      line(
          "editor's reload of " + topic + "/" + loader + " (median of " + RELOADS + ")",
          median.platformMs() + " ms",
          "platform part vs COPY of its staged rows "
              + median.copyMs()
              + " ms: "
              + percent(median.copyMs(), median.platformMs())
              + " of COPY's rows/s");
    }
  }

  /** A reload's figures: its platform part as for the first start's loads. */
  private record Reload(long run, long rows, long wholeMs, long platformMs, long copyMs) {}

  private static Matcher appliedRun(String log, long run) {
    Matcher m = APPLIED.matcher(log);
    while (m.find()) {
      if (Long.parseLong(m.group(1)) == run) {
        return m;
      }
    }
    throw new AssertionError("load run " + run + " was not applied");
  }

  /** The results computations of a start: each topic's line and the span from first to last. */
  private void recomputations(String log, String when) {
    LocalDateTime firstStart = null;
    LocalDateTime lastEnd = null;
    int topics = 0;
    for (String l : log.split("\n")) {
      Matcher t = TIMESTAMP.matcher(l);
      if (!t.find()) {
        continue;
      }
      if (l.contains("Computing results of topic") && firstStart == null) {
        firstStart = LocalDateTime.parse(t.group(1).replace("Z", ""));
      }
      if (l.contains("Results of topic")) {
        lastEnd = LocalDateTime.parse(t.group(1).replace("Z", ""));
        topics++;
        report.append("    ").append(l.substring(l.indexOf("Results of topic"))).append('\n');
      }
    }
    if (firstStart != null && lastEnd != null) {
      line(
          "results of " + topics + " topic computations, " + when,
          Duration.between(firstStart, lastEnd).toMillis() + " ms",
          "wall time, first start to last end; target 3000 ms for a full recomputation");
    }
  }

  /**
   * On the warm app: forced full recomputations of the three topics (one to warm up, then the
   * median of {@value #RELOADS}), against the recomputation after a population load measured above;
   * then a count file of one measure, after which only its indicators are computed.
   */
  private void forcedRecomputations(RecomputationTimes times, AppProcess app) throws Exception {
    times.fullRound();
    List<RecomputationTimes.Round> rounds = new ArrayList<>();
    for (int i = 0; i < RELOADS; i++) {
      rounds.add(times.fullRound());
    }
    rounds.sort(Comparator.comparing(RecomputationTimes.Round::wall));
    for (RecomputationTimes.Round r : rounds) {
      report.append("    full recomputation: ").append(r.wall().toMillis()).append(" ms wall, ");
      report.append(r.topics()).append('\n');
    }
    RecomputationTimes.Round median = rounds.get(rounds.size() / 2);
    line(
        "full recomputation of the 3 topics, " + median.indicators() + " indicators (median)",
        median.wall().toMillis() + " ms",
        "target 3000 ms; the topics' own times sum to " + median.serverMillis() + " ms");
    long run;
    try (Connection db = app.database()) {
      run = times.loadCountFile(db);
    }
    String after = times.resultsAfter(run, "day-surgery", READY);
    report.append("    ").append(after).append('\n');
    line(
        "recomputation after a count file of one measure (load run " + run + ")",
        after.replaceAll(".* in (\\d+) ms.*", "$1") + " ms",
        after.replaceAll(".*version \\d+, (\\d+ indicators computed).*?(\\d+ copied).*", "$1, $2"));
  }

  /**
   * COPY of the population files (decompressed, in memory) into plain tables ({@link
   * PopulationCopy}).
   */
  private static long copyPopulation(Connection db) throws IOException, SQLException {
    Path dir =
        Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"))
            .resolve("norway/population");
    return new PopulationCopy(
            dir.resolve("population_kommune_2024borders_2005-2026_sex_age.csv.gz"),
            dir.resolve("population_bydel_2005-2026_sex_age.csv.gz"),
            dir.resolve("population_norway_1986-2026_sex_age.csv"))
        .millis(db);
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
    return median(times);
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

  private static List<String> resultUrls(AppProcess app) throws IOException, InterruptedException {
    List<String> urls = new ArrayList<>();
    Pattern id = Pattern.compile("\"id\":\"([^\"]+)\"");
    for (String topic : List.of("day-surgery", "child-health", "psychiatric-care")) {
      Matcher m = id.matcher(app.get("/api/v1/topics/" + topic + "/indicators"));
      while (m.find()) {
        String url = "/api/v1/results/" + topic + "/" + m.group(1);
        if (app.get(url).startsWith("[")) {
          urls.add(url);
        }
      }
    }
    return urls;
  }

  private void throughput(AppProcess app, List<String> urls, String what) throws Exception {
    HttpClient client =
        HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + LOAD_TEST.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      futures.add(
          clients.submit(
              () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                int i = offset;
                while (System.nanoTime() < end && n < latencies.length) {
                  long t0 = System.nanoTime();
                  HttpResponse<byte[]> r =
                      client.send(
                          app.request(urls.get(i++ % urls.size())),
                          HttpResponse.BodyHandlers.ofByteArray());
                  if (r.statusCode() != 200) {
                    throw new AssertionError(r.statusCode() + " " + r.uri());
                  }
                  latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      for (long l : f.get()) {
        all.add(l);
      }
    }
    clients.shutdown();
    all.sort(null);
    double perSecond = all.size() / (double) LOAD_TEST.toSeconds();
    long p95 = all.get((int) (all.size() * 0.95)) / 1_000_000;
    line(
        what + ", " + CLIENTS + " clients",
        String.format(Locale.ROOT, "%.0f req/s", perSecond),
        "p95 " + p95 + " ms, median " + all.get(all.size() / 2) / 1_000_000 + " ms");
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static String percent(long baselineMs, long ms) {
    return String.format(Locale.ROOT, "%.0f %%", 100.0 * baselineMs / Math.max(1, ms));
  }
}
