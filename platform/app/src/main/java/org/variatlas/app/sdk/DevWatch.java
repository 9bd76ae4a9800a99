package org.variatlas.app.sdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.variatlas.api.DataLoader;
import org.variatlas.app.config.DaemonThreads;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.TopicLoads;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Dev mode: {@code --variatlas.dev.watch=../my-plugin/target} watches a directory of plugin jars
 * while the atlas runs. When a jar there changes (a {@code mvn package} finished), the plugin is
 * reloaded at run time ({@link PluginRuntime#reload}) and only its topics' {@code loadOnInstall()}
 * loaders run again; their load runs schedule the topics' results as any load does. The page shows
 * the change on its next load. Off unless the setting names a directory.
 */
@Component
public class DevWatch {

  private static final Logger log = LoggerFactory.getLogger(DevWatch.class);

  /** How often the directory is looked at; a jar is reloaded once it stopped changing. */
  private static final long POLL_MILLIS = 250;

  private final Path directory;
  private final PluginRuntime runtime;
  private final TopicRegistry topics;
  private final TopicLoads loads;
  private final Map<Path, Stamp> seen = new HashMap<>();
  private final Map<Path, Stamp> pending = new HashMap<>();
  private ScheduledExecutorService executor;

  public DevWatch(
      DevProperties properties, PluginRuntime runtime, TopicRegistry topics, TopicLoads loads) {
    this.directory =
        properties.watch() == null || properties.watch().isBlank()
            ? null
            : Path.of(properties.watch()).toAbsolutePath().normalize();
    this.runtime = runtime;
    this.topics = topics;
    this.loads = loads;
  }

  /** A jar's size and time: a build that rewrites it changes one of them. */
  private record Stamp(long size, FileTime modified) {}

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (directory == null || executor != null) {
      return;
    }
    if (!Files.isDirectory(directory)) {
      log.warn(
          "Dev mode: {} (variatlas.dev.watch) is not a directory yet; watching for it", directory);
    }
    jars().forEach(jar -> seen.put(jar, stamp(jar)));
    executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("dev-watch"));
    executor.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    log.info("Dev mode: watching {} for plugin jars; a changed jar is reloaded", directory);
    // The jars there now are the ones to develop against (off the start-up thread).
    executor.execute(() -> jars().forEach(this::reload));
  }

  /** Reloads every jar whose stamp changed and then held still for one poll. */
  void poll() {
    for (Path jar : jars()) {
      Stamp now = stamp(jar);
      if (now == null || now.equals(seen.get(jar))) {
        pending.remove(jar);
        continue;
      }
      if (now.equals(pending.get(jar)) && complete(jar)) {
        pending.remove(jar);
        seen.put(jar, now);
        reload(jar);
      } else {
        pending.put(jar, now);
      }
    }
  }

  private void reload(Path jar) {
    long started = System.nanoTime();
    String id;
    try {
      id = runtime.reloadBuild(jar);
    } catch (RuntimeException e) {
      log.error("Dev mode: {} was not reloaded: {}", jar.getFileName(), e.getMessage());
      return;
    }
    long loaded = System.nanoTime();
    log.info("Dev mode: plugin {} reloaded in {} ms", id, (loaded - started) / 1_000_000);
    for (InstalledTopic topic : topics.topics()) {
      if (!topic.pluginId().equals(id)) {
        continue;
      }
      for (DataLoader loader : topic.loaders()) {
        if (loader.loadOnInstall()) {
          LoadRunRecord run = loads.run(topic.id(), loader.id(), Map.of());
          log.info("Dev mode: {}/{}: {} {}", topic.id(), loader.id(), run.status(), run.message());
        }
      }
    }
    log.info(
        "Dev mode: the loaders of plugin {} ran in {} ms",
        id,
        (System.nanoTime() - loaded) / 1_000_000);
  }

  private List<Path> jars() {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Whether the jar reads as a whole (the build may still be writing it). */
  private static boolean complete(Path jar) {
    try (JarFile archive = new JarFile(jar.toFile())) {
      return archive.getManifest() != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static Stamp stamp(Path jar) {
    try {
      return new Stamp(Files.size(jar), Files.getLastModifiedTime(jar));
    } catch (IOException e) {
      return null; // being rewritten
    }
  }

  /** Stops watching (the context closes). */
  @jakarta.annotation.PreDestroy
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
