package org.variatlas.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops an embedded PostgreSQL left running on the data directory by an app that was killed (kill
 * -9, a crash, a power-off of the JVM only): the server is a process of its own and outlives the
 * JVM, and would keep the directory locked so that no later start could use it. Recognised by its
 * {@code postmaster.pid} naming a live process whose command line names this directory; stopped
 * with SIGINT (PostgreSQL's fast shutdown: the dead app's connections are gone anyway), then
 * SIGKILL if it does not go within the timeout (recovery at the next start repairs that).
 */
final class OrphanedPostgres {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private OrphanedPostgres() {}

  static void stop(Path dataDirectory) {
    Optional<ProcessHandle> server = server(dataDirectory);
    if (server.isEmpty()) {
      return;
    }
    ProcessHandle process = server.get();
    log.warn(
        "An embedded PostgreSQL (pid {}) left by an earlier run holds {}: stopping it",
        process.pid(),
        dataDirectory);
    signal(process.pid(), "INT");
    if (!exited(process)) {
      process.destroyForcibly();
      exited(process);
    }
  }

  /** The live server process the directory's {@code postmaster.pid} names, if any. */
  static Optional<ProcessHandle> server(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
      Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (process.isEmpty() || !Files.isReadable(cmdline)) {
        return Optional.empty(); // a stale file: PostgreSQL itself ignores it
      }
      String command = Files.readString(cmdline, StandardCharsets.UTF_8).replace('\0', ' ');
      boolean ours =
          command.contains("postgres")
              && (command.contains(dataDirectory.toAbsolutePath().normalize().toString())
                  || command.contains(" " + dataDirectory + " "));
      return ours ? process : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void signal(long pid, String signal) {
    try {
      new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
          .redirectErrorStream(true)
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      log.warn("Cannot signal process {}: {}", pid, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean exited(ProcessHandle process) {
    try {
      process.onExit().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
