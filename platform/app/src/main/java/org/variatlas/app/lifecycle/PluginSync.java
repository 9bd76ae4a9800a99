package org.variatlas.app.lifecycle;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.variatlas.app.config.DaemonThreads;
import org.variatlas.app.plugins.PluginInstall;
import org.variatlas.app.plugins.PluginInstallRepository;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Keeps this instance's plugins in step with the database, so that every instance on one database
 * serves the same plugins in the same states: a plugin installed through another instance is
 * written from the database (its jar is stored there) into this instance's plugins directory and
 * started; one disabled, enabled, published, unpublished or removed there follows here. Polls the
 * {@code plugin_install} table (every {@code variatlas.plugins.sync-interval}, 5 s by default).
 */
@Component
class PluginSync {

  private static final Logger log = LoggerFactory.getLogger(PluginSync.class);

  private final PluginRuntime runtime;
  private final PluginInstallRepository installs;
  private final TopicRegistry registry;
  private final Duration interval;

  /** Plugins this instance has seen recorded in the database (so a missing row means removed). */
  private final Set<String> recorded = ConcurrentHashMap.newKeySet();

  /** Plugin versions that failed to start here: not tried again on every pass. */
  private final Set<String> failedHere = ConcurrentHashMap.newKeySet();

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("plugin-sync"));

  PluginSync(
      PluginRuntime runtime,
      PluginInstallRepository installs,
      TopicRegistry registry,
      @Value("${variatlas.plugins.sync-interval:5s}") Duration interval) {
    this.runtime = runtime;
    this.installs = installs;
    this.registry = registry;
    this.interval = interval;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    installs.all().forEach(i -> recorded.add(i.pluginId()));
    // At once: plugins installed through another instance while this one was down.
    syncQuietly();
    long ms = interval.toMillis();
    executor.scheduleWithFixedDelay(this::syncQuietly, ms, ms, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private void syncQuietly() {
    try {
      sync();
    } catch (RuntimeException e) {
      log.warn("Cannot bring the plugins in step with the database", e);
    }
  }

  /** One pass: what the database records, this instance serves. */
  void sync() {
    synchronized (runtime) {
      Map<String, PluginInstall> rows =
          installs.all().stream()
              .collect(Collectors.toMap(PluginInstall::pluginId, Function.identity()));
      for (PluginInstall row : rows.values()) {
        recorded.add(row.pluginId());
        follow(row);
      }
      for (PluginStatus local : runtime.plugins()) {
        if (local.version() != null
            && !rows.containsKey(local.id())
            && recorded.remove(local.id())) {
          remove(local);
        }
      }
    }
  }

  private void follow(PluginInstall row) {
    String id = row.pluginId();
    Optional<PluginStatus> local = runtime.plugin(id);
    boolean started = local.map(PluginStatus::isStarted).orElse(false);
    boolean disabledHere = local.map(s -> "DISABLED".equals(s.state())).orElse(false);
    registry.setDraft(id, !row.published());
    if (!row.enabled()) {
      if (started) {
        log.info("Plugin {} was disabled through another instance", id);
        runtime.disable(id);
      }
      return;
    }
    if (started) {
      followVersion(row, local.get());
      return;
    }
    if (local.isEmpty() && row.uploaded() && !failedHere.contains(id + "@" + row.version())) {
      Path jar = runtime.directory().resolve(row.fileName());
      if (!Files.isRegularFile(jar)) {
        installs.jar(id).ifPresent(bytes -> write(jar, bytes));
      }
      log.info(
          "Plugin {} {} was installed through another instance: starting it", id, row.version());
      if (!report(id, runtime.load(jar))) {
        failedHere.add(id + "@" + row.version());
      }
    } else if (disabledHere) {
      log.info("Plugin {} was enabled through another instance", id);
      String file = runtime.file(id);
      report(id, runtime.load(runtime.directory().resolve(file == null ? row.fileName() : file)));
    }
  }

  /** Another instance published a staged version or restored the previous one: swap here too. */
  private void followVersion(PluginInstall row, PluginStatus local) {
    String key = row.pluginId() + "@" + row.version();
    if (row.version().equals(local.version()) || !row.uploaded() || failedHere.contains(key)) {
      return;
    }
    Path jar = runtime.directory().resolve(row.fileName());
    Path old = runtime.directory().resolve(local.file());
    if (!jar.equals(old)) {
      installs.jar(row.pluginId()).ifPresent(bytes -> write(jar, bytes));
    }
    log.info(
        "Plugin {} {} replaced {} through another instance",
        row.pluginId(),
        row.version(),
        local.version());
    if (report(row.pluginId(), runtime.replace(row.pluginId(), jar, old))) {
      if (!jar.equals(old)) {
        try {
          Files.deleteIfExists(old);
        } catch (IOException e) {
          log.warn("Cannot delete the replaced jar {}", old, e);
        }
      }
    } else {
      failedHere.add(key);
    }
  }

  private void remove(PluginStatus local) {
    log.info("Plugin {} was removed through another instance", local.id());
    runtime.unload(local.id());
    registry.setDraft(local.id(), false);
    if (local.file() != null) {
      try {
        Files.deleteIfExists(runtime.directory().resolve(local.file()));
      } catch (IOException e) {
        log.warn("Cannot delete the jar {} of removed plugin {}", local.file(), local.id(), e);
      }
    }
  }

  private static boolean report(String id, PluginStatus status) {
    if (!status.isStarted()) {
      log.warn("Plugin {} does not start on this instance: {}", id, status.error());
    }
    return status.isStarted();
  }

  private static void write(Path jar, byte[] bytes) {
    try {
      Path part = jar.resolveSibling(jar.getFileName() + ".part");
      Files.write(part, bytes);
      Files.move(
          part,
          jar,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the plugin jar " + jar, e);
    }
  }
}
