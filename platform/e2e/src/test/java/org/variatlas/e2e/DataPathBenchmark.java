package org.variatlas.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
  static final Pattern APPLIED =
      Pattern.compile("Load run (\\d+) \\((.*?)\\): APPLIED in (\\d+) ms, (\\d+) rows read");
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

    TopicLoadTimes topicLoads = new TopicLoadTimes(app, report);
    topicLoads.firstStart(firstLog);

    RecomputationTimes times = new RecomputationTimes(app, token);
    forcedRecomputations(times, app);
    topicLoads.editorReloads(times, firstLog, RELOADS, READY);

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
    line(report, what, figure, against);
  }

  /** A line of the report: what, the figure, and against what it stands. */
  static void line(StringBuilder report, String what, String figure, String against) {
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

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  static String percent(long baselineMs, long ms) {
    return String.format(Locale.ROOT, "%.0f %%", 100.0 * baselineMs / Math.max(1, ms));
  }
}
