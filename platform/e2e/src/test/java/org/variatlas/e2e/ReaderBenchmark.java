package org.variatlas.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many readers at once, at the protocol level ({@link VaadinReader}: page, Vaadin init, the
 * navigation over UIDL, then a few selection and period changes), on the About page as the baseline
 * and on an indicator's and a topic's page, in the same run (not a test: run it on a quiet machine,
 * see the README). Reports render time p50/p95, heap kept per reader session after a full GC
 * ({@code jcmd GC.class_histogram} on the app's JVM), the UIDL bytes of the first view and errors;
 * then the render times at 50 concurrent readers; then (with {@code -Dbench.hold=2000}) that many
 * sessions held open at once in the app's heap.
 *
 * <pre>
 * mvn -B verify -pl platform/e2e -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ReaderBenchmark -Dfailsafe.failIfNoSpecifiedTests=false [-Dbench.hold=2000]
 * </pre>
 *
 * Without {@code -Dbench.url} it starts the built app jar itself ({@code -Xmx1g}) on a database
 * kept in {@code target/reader-benchmark-pg} (a first start loads the data: minutes). With {@code
 * -Dbench.url=http://localhost:28180 -Dbench.pid=<its JVM's pid>} it reads a running app.
 */
class ReaderBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int READERS = Integer.getInteger("bench.readers", 100);
  private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 10);
  private static final int HIGH = Integer.getInteger("bench.high", 50);
  private static final int HOLD = Integer.getInteger("bench.hold", 0);
  private static final String TOPIC = System.getProperty("bench.topic", "day-surgery");

  /**
   * A reader's pause in milliseconds after the page has opened and between actions, as people read
   * before they click (0: a closed loop with no pauses, which saturates the server).
   */
  private static final int THINK = Integer.getInteger("bench.think", 0);

  private static final Duration READY = Duration.ofMinutes(20);

  private final StringBuilder report = new StringBuilder();

  /** The same as the test, from a plain {@code java} command (e.g. against a running app). */
  public static void main(String[] args) throws Exception {
    new ReaderBenchmark().readers();
  }

  @Test
  void readers() throws Exception {
    String url = System.getProperty("bench.url", "");
    AppProcess app = null;
    URI base;
    long pid;
    if (url.isBlank()) {
      Path database = Path.of("target", "reader-benchmark-pg").toAbsolutePath();
      Path log = Path.of("target", "reader-benchmark-app.log");
      Files.createDirectories(database);
      app =
          AppProcess.start(
              database,
              AppProcess.plugins(),
              log,
              List.of(System.getProperty("bench.jvm", "-Xmx1g").split(" ")));
      app.awaitReady(READY);
      base = URI.create("http://localhost:" + app.port());
      pid = app.pid();
    } else {
      base = URI.create(url);
      pid = Long.getLong("bench.pid", -1L);
    }
    try {
      run(base, new HeapProbe(pid));
    } finally {
      if (app != null) {
        app.close();
      }
      Path out = Path.of("target", "reader-benchmark.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  private void run(URI base, HeapProbe heap) throws Exception {
    String indicator = firstIndicator(base);
    List<String> codes = codes(base, indicator);
    Map<String, Page> pages = new java.util.LinkedHashMap<>();
    pages.put("about (baseline)", new Page("about", r -> {}));
    pages.put(
        "indicator " + indicator,
        new Page(
            "topic/" + TOPIC + "/" + indicator,
            r -> {
              r.clickArea("indicator-map", "va-feature-click", codes.get(0));
              r.clickArea("indicator-bars", "va-area-click", codes.get(1));
              if (r.has("indicator-period")) {
                r.pick("indicator-period", "2");
              }
            }));
    pages.put(
        "topic " + TOPIC,
        new Page(
            "topic/" + TOPIC,
            r -> {
              r.clickArea("area-map", "va-feature-click", codes.get(0));
              r.clickArea("area-map", "va-feature-click", codes.get(1));
            }));
    line("# readers at the protocol level, " + LocalDateTime.now().withNano(0));
    line(
        String.format(
            Locale.ROOT,
            "# %d readers per page, %d at a time; then %d at a time; %d cores; pause %d ms",
            READERS,
            CONCURRENCY,
            HIGH,
            Runtime.getRuntime().availableProcessors(),
            THINK));
    for (Page page : pages.values()) {
      // Warm-up at the measured concurrency: JIT, caches, polygons and the server's threads (each
      // with its buffers) exist before the first heap reading, so the deltas are the sessions'.
      measure(base, page, 2 * CONCURRENCY, CONCURRENCY);
    }
    line(
        String.format(
            Locale.ROOT,
            "%-32s %9s %9s %9s %9s %12s %12s %7s %10s",
            "page",
            "p50 ms",
            "p95 ms",
            "act p50",
            "act p95",
            "UIDL bytes",
            "heap/session",
            "errors",
            "CPU ms/rd"));
    for (var e : pages.entrySet()) {
      String name = e.getKey().split(" ")[0];
      long before = heap.liveBytes(histogram(name + "-before"));
      long cpu = heap.cpuMillis();
      Result r = measure(base, e.getValue(), READERS, CONCURRENCY);
      cpu = heap.cpuMillis() - cpu;
      long after = heap.liveBytes(histogram(name + "-after"));
      line(
          String.format(
              Locale.ROOT,
              "%-32s %9d %9d %9d %9d %12d %12s %7d %10d",
              e.getKey(),
              r.renders.p(50),
              r.renders.p(95),
              r.actions.p(50),
              r.actions.p(95),
              r.firstViewBytes,
              heap.known() ? (after - before) / READERS + " B" : "n/a",
              r.errors.get(),
              cpu / READERS));
    }
    line("# at " + HIGH + " concurrent readers");
    for (var e : pages.entrySet()) {
      int readers = Math.max(READERS, 2 * HIGH);
      long cpu = heap.cpuMillis();
      Result r = measure(base, e.getValue(), readers, HIGH);
      cpu = heap.cpuMillis() - cpu;
      line(
          String.format(
              Locale.ROOT,
              "%-32s %9d %9d %9d %9d %12d %12s %7d %10d",
              e.getKey(),
              r.renders.p(50),
              r.renders.p(95),
              r.actions.p(50),
              r.actions.p(95),
              r.firstViewBytes,
              "",
              r.errors.get(),
              cpu / readers));
    }
    if (HOLD > 0) {
      hold(base, heap, new ArrayList<>(pages.values()).subList(1, 3));
    }
    line("# live heap after GC at the end: " + (heap.known() ? heap.liveBytes() + " B" : "n/a"));
  }

  /** {@code HOLD} sessions opened (indicator and topic pages alternately) and all kept at once. */
  private void hold(URI base, HeapProbe heap, List<Page> pages) throws Exception {
    long before = heap.liveBytes();
    Result indicator = measure(base, pages.get(0), HOLD / 2, HIGH);
    Result topic = measure(base, pages.get(1), HOLD - HOLD / 2, HIGH);
    long after = heap.liveBytes();
    line(
        String.format(
            Locale.ROOT,
            "# %d sessions held (half indicator, half topic): errors %d; render p95 %d / %d ms;"
                + " live heap after GC %d MB (+%d MB); max heap %s",
            HOLD,
            indicator.errors.get() + topic.errors.get(),
            indicator.renders.p(95),
            topic.renders.p(95),
            after >> 20,
            (after - before) >> 20,
            heap.maxHeap()));
  }

  private Result measure(URI base, Page page, int readers, int concurrency)
      throws InterruptedException {
    Result result = new Result();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    for (int i = 0; i < readers; i++) {
      pool.submit(
          () -> {
            VaadinReader reader = new VaadinReader(base);
            try {
              arrive();
              long t0 = System.nanoTime();
              long bytes = reader.open(page.route());
              result.renders.add(System.nanoTime() - t0);
              result.firstViewBytes = bytes;
              pause();
              long t1 = System.nanoTime();
              page.actions().run(reader);
              result.actions.add(System.nanoTime() - t1);
              pause();
            } catch (Exception e) {
              if (result.errors.incrementAndGet() <= 3) {
                System.err.println(page.route() + ": " + e);
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    return result;
  }

  /**
   * With pauses, readers also arrive as people do, spread over one pause rather than all at once
   * (the pool's threads would otherwise open their first pages in one burst).
   */
  private static void arrive() throws InterruptedException {
    if (THINK > 0) {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(THINK));
    }
  }

  private static void pause() throws InterruptedException {
    if (THINK > 0) {
      Thread.sleep(THINK);
    }
  }

  /** With {@code -Dbench.histograms}, where the heap histograms go ({@code jcmd} output). */
  private static Path histogram(String name) throws IOException {
    if (!Boolean.getBoolean("bench.histograms")) {
      return null;
    }
    Path dir = Path.of("target", "reader-benchmark-histograms");
    Files.createDirectories(dir);
    return dir.resolve(name + ".txt");
  }

  private static String firstIndicator(URI base) throws IOException, InterruptedException {
    String chosen = System.getProperty("bench.indicator", "");
    if (!chosen.isBlank()) {
      return chosen;
    }
    JsonNode list = JSON.readTree(get(base, "/api/v1/topics/" + TOPIC + "/indicators"));
    return list.get(0).get("id").asText();
  }

  /** Two area codes of the indicator's default level, to click. */
  private static List<String> codes(URI base, String indicator)
      throws IOException, InterruptedException {
    JsonNode rows = JSON.readTree(get(base, "/api/v1/results/" + TOPIC + "/" + indicator));
    List<String> codes = new ArrayList<>();
    for (JsonNode row : rows) {
      String code = row.path("code").asText("");
      if (!code.isEmpty() && !code.equals("NORGE") && codes.size() < 2) {
        codes.add(code);
      }
    }
    return codes;
  }

  private static String get(URI base, String path) throws IOException, InterruptedException {
    var http = java.net.http.HttpClient.newHttpClient();
    var response =
        http.send(
            java.net.http.HttpRequest.newBuilder(base.resolve(path)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(path + ": HTTP " + response.statusCode());
    }
    return response.body();
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  /** What a reader does on a page after it has opened it. */
  @FunctionalInterface
  interface Actions {
    void run(VaadinReader reader) throws Exception;
  }

  record Page(String route, Actions actions) {}

  /** Times of one phase, in nanoseconds, reported in milliseconds. */
  static final class Times {
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long value) {
      nanos.add(value);
    }

    long p(int percentile) {
      List<Long> sorted;
      synchronized (nanos) {
        sorted = new ArrayList<>(nanos);
      }
      if (sorted.isEmpty()) {
        return -1;
      }
      Collections.sort(sorted);
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, index)) / 1_000_000;
    }
  }

  static final class Result {
    final Times renders = new Times();
    final Times actions = new Times();
    final AtomicInteger errors = new AtomicInteger();
    volatile long firstViewBytes;
  }
}
