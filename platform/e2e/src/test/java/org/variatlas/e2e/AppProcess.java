package org.variatlas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built app jar ({@code platform/app/target/variatlas-exec.jar}) run as a process of its own,
 * as a user runs it: its own port, database directory and copy of the reactor's plugin jars, its
 * output in a log file. For tests that must kill the app for real ({@link #kill()} is {@code kill
 * -9}) and benchmarks that time a start from the outside.
 */
final class AppProcess implements AutoCloseable {

  private static final Pattern DATABASE_PORT =
      Pattern.compile("Embedded PostgreSQL started on port (\\d+) with data in (\\S+)");

  private final Process process;
  private final Path log;
  private final int port;
  private final Instant started;
  private final HttpClient http = HttpClient.newHttpClient();

  private AppProcess(Process process, Path log, int port, Instant started) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.started = started;
  }

  /** The plugin jars of the reactor, copied into a fresh directory (PF4J wants a clean one). */
  static Path plugins() throws IOException {
    Path plugins = Files.createTempDirectory("variatlas-process-plugins-");
    Path dist = Path.of(System.getProperty("variatlas.plugins-dist", "../../target/plugins"));
    try (Stream<Path> jars = Files.list(dist)) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.copy(jar, plugins.resolve(jar.getFileName()));
      }
    }
    return plugins;
  }

  /** Starts the app jar on a database directory, logging to {@code log} (appended). */
  static AppProcess start(Path database, Path plugins, Path log, String... extraArguments)
      throws IOException {
    return start(database, plugins, log, List.of(), extraArguments);
  }

  /** Starts the app jar with JVM options (e.g. {@code -Xmx1g}) before {@code -jar}. */
  static AppProcess start(
      Path database, Path plugins, Path log, List<String> jvmOptions, String... extraArguments)
      throws IOException {
    Path jar =
        Path.of(System.getProperty("variatlas.exec-jar", "../app/target/variatlas-exec.jar"));
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--variatlas.database.data-dir=" + database.toAbsolutePath());
    command.add("--variatlas.plugins-dir=" + plugins.toAbsolutePath());
    String data = System.getProperty("variatlas.data-dir");
    if (data != null && !data.isBlank()) {
      command.add("--variatlas.data-dir=" + Path.of(data).toAbsolutePath().normalize());
    }
    command.addAll(List.of(extraArguments));
    Files.writeString(
        log,
        "---- start " + Instant.now() + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    Instant started = Instant.now();
    Process process =
        new ProcessBuilder(command)
            .directory(Path.of("../..").toAbsolutePath().normalize().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new AppProcess(process, log, port, started);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The CPU time the app's JVM has used so far (not its database's processes): unlike wall time,
   * hardly changed by other work on a busy machine.
   */
  Duration cpu() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** The log written so far, from this start on. */
  String log() {
    try {
      String all = Files.readString(log, StandardCharsets.UTF_8);
      return all.substring(Math.max(0, all.lastIndexOf("---- start ")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the log of this start contains {@code text}; fails when the app exits first. */
  void awaitLog(String text, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!log().contains(text)) {
      if (!process.isAlive()) {
        throw new AssertionError("the app exited before logging '" + text + "':\n" + tail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no '" + text + "' in the log after " + timeout + ":\n" + tail());
      }
      Thread.sleep(50);
    }
  }

  /**
   * Waits until {@code GET /api/v1/status} says ready.
   *
   * @return the time from the process start to ready
   */
  Duration awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    String status = "";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("the app exited:\n" + tail());
      }
      try {
        status = get("/api/v1/status");
        if (status.contains("\"ready\":true")) {
          return Duration.between(started, Instant.now());
        }
      } catch (IOException e) {
        status = e.toString(); // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "not ready after " + timeout + "; last status " + status + "\n" + tail());
  }

  /** The body of a GET on the app. */
  String get(String path) throws IOException, InterruptedException {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
  }

  HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  int port() {
    return port;
  }

  /** The app's JVM process id (for {@code jcmd}). */
  long pid() {
    return process.pid();
  }

  /** A connection to the app's embedded PostgreSQL (while it runs). */
  Connection database() throws SQLException {
    Matcher m = DATABASE_PORT.matcher(log());
    if (!m.find()) {
      throw new IllegalStateException("the log names no database port");
    }
    // The embedded server asks for the password it keeps in its data directory (issue 9).
    String password;
    try {
      password = Files.readString(Path.of(m.group(2)).resolve("variatlas-password")).trim();
    } catch (IOException e) {
      throw new SQLException("cannot read the embedded database's password", e);
    }
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + m.group(1) + "/postgres", "postgres", password);
  }

  /** {@code kill -9}: the JVM ends at once, nothing of it runs (no shutdown hooks). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the app as Ctrl+C would (shutdown hooks stop its database). */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private String tail() {
    String all = log();
    return all.substring(Math.max(0, all.length() - 4000));
  }

  /** Whether a PostgreSQL server process runs on this data directory (an orphan after kill -9). */
  static boolean postgresRunsOn(Path database) throws IOException {
    String dir = database.toAbsolutePath().toString();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
          if (cmd.contains("postgres") && cmd.contains(dir)) {
            return true;
          }
        } catch (IOException e) {
          // a process that ended meanwhile
        }
      }
    }
    return false;
  }
}
