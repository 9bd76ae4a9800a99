package org.variatlas.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DataPathBenchmark}'s recomputations on a running, warm app, through {@code POST
 * /api/v1/topics/{topicId}/recomputation} with an editor's or administrator's API token: a forced
 * full recomputation of the three bundled topics (two at a time, as the results pipeline's two
 * workers run them), and a count-file load of one measure, after which only that measure's
 * indicators should be computed.
 */
final class RecomputationTimes {

  static final List<String> TOPICS = List.of("day-surgery", "child-health", "psychiatric-care");
  private static final Pattern MILLIS = Pattern.compile("\"millis\":(\\d+)");
  private static final Pattern COMPUTED = Pattern.compile("\"computed\":\\[([^\\]]*)\\]");
  private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");

  private final AppProcess app;
  private final String token;
  private final HttpClient http = HttpClient.newHttpClient();

  RecomputationTimes(AppProcess app, String token) {
    this.app = app;
    this.token = token;
  }

  /** One full recomputation of the three topics, two at a time. */
  Round fullRound() throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      long started = System.nanoTime();
      List<Future<String>> answers = new ArrayList<>();
      for (String topic : TOPICS) {
        answers.add(
            workers.submit(() -> post("/api/v1/topics/" + topic + "/recomputation?all=true")));
      }
      List<String> topics = new ArrayList<>();
      int indicators = 0;
      long serverMillis = 0;
      for (int i = 0; i < TOPICS.size(); i++) {
        String body = answers.get(i).get();
        int computed = computed(body);
        long millis = millis(body);
        indicators += computed;
        serverMillis += millis;
        topics.add(TOPICS.get(i) + " " + computed + " in " + millis + " ms");
      }
      return new Round(
          Duration.ofNanos(System.nanoTime() - started), indicators, serverMillis, topics);
    } finally {
      workers.shutdown();
    }
  }

  /**
   * A full recomputation round's wall time (first request to last answer), the indicators it
   * computed, the sum of the topics' own times, and each topic's.
   */
  record Round(Duration wall, int indicators, long serverMillis, List<String> topics) {}

  /**
   * Loads a small count file of day-surgery's shoulder procedures (a few events in some kommuner,
   * 2013-2017) through its count-file loader and waits until the atlas is ready again.
   *
   * @return the load run's id
   */
  long loadCountFile(Connection db) throws Exception {
    StringBuilder csv = new StringBuilder("base_unit,year,sex,age,events\n");
    try (Statement s = db.createStatement();
        ResultSet units =
            s.executeQuery(
                "select code from base_unit where length(code) = 4 order by code limit 60")) {
      int k = 0;
      while (units.next()) {
        for (int year = 2013; year <= 2017; year++) {
          int events = (k * 7 + year * 3) % 5;
          if (events > 0) {
            csv.append(units.getString(1)).append(',').append(year);
            csv.append(k % 2 == 0 ? ",female," : ",male,").append(40 + k % 30);
            csv.append(',').append(events).append('\n');
          }
        }
        k++;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String boundary = boundary();
    return startRun(
        "day-surgery",
        "count-file",
        boundary,
        part(boundary, "measure", null, "shoulder-procedures")
            + part(boundary, "file", "shoulder-extract.csv", csv.toString()));
  }

  /**
   * Starts a run of a loader without parameters, as an editor's "run again" does, and answers its
   * id (the run is queued: follow it in the log).
   */
  long runLoader(String topic, String loader) throws IOException, InterruptedException {
    return startRun(topic, loader, boundary(), "");
  }

  private static String boundary() {
    return "----variatlas-benchmark-" + System.nanoTime();
  }

  private long startRun(String topic, String loader, String boundary, String parts)
      throws IOException, InterruptedException {
    String path = "/api/v1/topics/" + topic + "/loaders/" + loader + "/runs";
    HttpResponse<String> answer =
        http.send(
            authorised(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        parts + "--" + boundary + "--\r\n", StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new AssertionError(path + ": " + answer.statusCode() + " " + answer.body());
    }
    Matcher id = RUN_ID.matcher(answer.body());
    if (!id.find()) {
      throw new AssertionError(path + " answered no run id: " + answer.body());
    }
    return Long.parseLong(id.group(1));
  }

  /**
   * Waits for the recomputation that follows the load run {@code runId} (which must have been
   * applied) and answers its log line ("Results of topic ...: version ..., N indicators computed
   * ..., M copied in ... ms").
   */
  String resultsAfter(long runId, String topic, Duration timeout) throws InterruptedException {
    String run = "Load run " + runId + " (";
    String results = "Results of topic " + topic + ":";
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String log = app.log();
      int at = log.indexOf(run);
      int line = at < 0 ? -1 : log.indexOf(results, at);
      if (line >= 0 && log.indexOf('\n', line) > 0) {
        if (!log.substring(at, log.indexOf('\n', at)).contains("APPLIED")) {
          throw new AssertionError("load run " + runId + " was not applied: " + log.substring(at));
        }
        return log.substring(line, log.indexOf('\n', line));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no recomputation of " + topic + " after load run " + runId);
  }

  private static String part(String boundary, String name, String filename, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: text/csv")
        + "\r\n\r\n"
        + content
        + "\r\n";
  }

  private String post(String path) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            authorised(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError(path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }

  private HttpRequest.Builder authorised(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + token);
  }

  private static int computed(String body) {
    Matcher m = COMPUTED.matcher(body);
    return m.find() && !m.group(1).isBlank() ? m.group(1).split(",").length : 0;
  }

  private static long millis(String body) {
    Matcher m = MILLIS.matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
