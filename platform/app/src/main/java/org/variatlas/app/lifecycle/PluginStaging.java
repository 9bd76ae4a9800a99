package org.variatlas.app.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.disclosure.DisclosureProperties;
import org.variatlas.app.plugins.PluginCheck;
import org.variatlas.app.plugins.PluginInstall;
import org.variatlas.app.plugins.PluginInstallRepository;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.results.TopicRecomputation;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicPreview.StagedTopic;
import org.variatlas.app.topics.TopicRepository;

/**
 * Upgrades and roll-backs without a restart. A newer version of an installed plugin is staged: it
 * starts in a runtime of its own beside the public version (its jar under {@code
 * <plugins>/.versions/<id>/staged} and in the database), and its topics' results are computed from
 * today's counts into versions the public never reads; editors preview them. Publishing swaps the
 * plugin and its topics' results in one step; the version it replaces is kept, jar and results, so
 * that it can be restored the same way. A staged version that does not start, or whose results
 * cannot be computed, is refused and the public version is untouched; so is a swap that fails.
 *
 * <p>Callers hold the runtime's lock (one plugin change at a time on this instance).
 */
@Service
class PluginStaging {

  private static final Logger log = LoggerFactory.getLogger(PluginStaging.class);

  private final PluginRuntime runtime;
  private final PluginInstallRepository installs;
  private final PluginVersionRepository versions;
  private final StagedVersions staged;
  private final TopicRecomputation results;
  private final ResultsPipeline pipeline;
  private final DisclosureProperties disclosure;
  private final AuditLog audit;
  private final TopicRepository topicRows;

  PluginStaging(
      PluginRuntime runtime,
      PluginInstallRepository installs,
      PluginVersionRepository versions,
      StagedVersions staged,
      TopicRecomputation results,
      ResultsPipeline pipeline,
      DisclosureProperties disclosure,
      AuditLog audit,
      TopicRepository topicRows) {
    this.topicRows = topicRows;
    this.runtime = runtime;
    this.installs = installs;
    this.versions = versions;
    this.staged = staged;
    this.results = results;
    this.pipeline = pipeline;
    this.disclosure = disclosure;
    this.audit = audit;
  }

  /**
   * Stages a checked newer version of an installed plugin beside the public one.
   *
   * @return the staged version's status; not started when it was refused (nothing changed)
   */
  PluginStatus stage(PluginCheck check, Path upload, Authentication actor) {
    String id = check.id();
    discard(id);
    String file = id + "-" + check.version() + ".jar";
    Path dir = dir(id, PluginVersionRepository.STAGED);
    byte[] bytes = copy(upload, dir.resolve(file));
    PluginRuntime trial = PluginRuntime.start(dir);
    PluginStatus status =
        trial
            .plugin(id)
            .orElse(
                new PluginStatus(id, check.version(), null, null, file, "FAILED", "not loaded"));
    String error =
        !status.isStarted()
            ? status.error()
            : trial.topics().isEmpty() ? "the plugin serves no topic" : null;
    Map<String, StagedTopic> topics = new LinkedHashMap<>();
    if (error == null) {
      try {
        String publicVersion = runtime.plugin(id).map(PluginStatus::version).orElse(null);
        for (InstalledTopic t : trial.topics()) {
          InstalledTopic shown = t.withIndicators(disclosure.enforce(t.id(), t.indicators()));
          long held = results.computeHeld(shown, holder(PluginVersionRepository.STAGED, id));
          topics.put(t.id(), new StagedTopic(shown, check.version(), publicVersion, held));
        }
      } catch (RuntimeException e) {
        log.warn("The results of plugin {} {} cannot be computed", id, check.version(), e);
        error = "its results cannot be computed: " + e.getMessage();
      }
    }
    if (error != null) {
      trial.close();
      results.release(holder(PluginVersionRepository.STAGED, id));
      deleteTree(dir);
      audit.record(
          actor, AuditLog.PLUGIN_UPGRADE, id + " " + check.version(), AuditLog.FAILED, error);
      return new PluginStatus(
          id, check.version(), status.provider(), status.requires(), file, "FAILED", error);
    }
    versions.put(
        id,
        PluginVersionRepository.STAGED,
        check.version(),
        file,
        PluginInstaller.sha256(bytes),
        bytes,
        actor == null ? null : actor.getName());
    staged.put(new StagedVersions.Staged(id, check.version(), file, trial, topics));
    audit.record(
        actor,
        AuditLog.PLUGIN_UPGRADE,
        id + " " + check.version(),
        AuditLog.OK,
        "staged beside " + topics.values().iterator().next().publicVersion());
    return status;
  }

  /** Whether a staged version of the plugin waits to be published. */
  boolean hasStaged(String pluginId) {
    return staged.get(pluginId).isPresent();
  }

  /**
   * Publishes the staged version: it serves and its results are the public ones, in one step; the
   * version it replaces is kept for a restore.
   *
   * @throws IllegalStateException when the swap fails (the public version still serves)
   */
  void publishStaged(String pluginId, Authentication actor) {
    StagedVersions.Staged s =
        staged
            .get(pluginId)
            .orElseThrow(() -> new NoSuchElementException("no staged version of " + pluginId));
    Map<String, Long> held = new LinkedHashMap<>();
    s.topics().forEach((topic, t) -> held.put(topic, t.resultsVersion()));
    Path jar = dir(pluginId, PluginVersionRepository.STAGED).resolve(s.fileName());
    swap(pluginId, jar, s.version(), held, actor, AuditLog.PLUGIN_PUBLISH);
    staged.remove(pluginId);
    versions.delete(pluginId, PluginVersionRepository.STAGED);
    results.release(holder(PluginVersionRepository.STAGED, pluginId));
    deleteTree(dir(pluginId, PluginVersionRepository.STAGED));
  }

  /**
   * Serves the version the public one replaced again, with the results it had; the version it
   * replaces becomes the one to restore.
   */
  void restore(String pluginId, Authentication actor) {
    PluginVersionRepository.KeptVersion previous =
        versions
            .find(pluginId, PluginVersionRepository.PREVIOUS)
            .orElseThrow(() -> new NoSuchElementException("no previous version of " + pluginId));
    Path jar = dir(pluginId, PluginVersionRepository.PREVIOUS).resolve(previous.fileName());
    if (!Files.isRegularFile(jar)) {
      write(jar, versions.jar(pluginId, PluginVersionRepository.PREVIOUS).orElseThrow());
    }
    Map<String, Long> held = results.held(holder(PluginVersionRepository.PREVIOUS, pluginId));
    swap(pluginId, jar, previous.version(), held, actor, AuditLog.PLUGIN_RESTORE);
  }

  /** Drops a staged version, its jar and its results (nothing when there is none). */
  void discard(String pluginId) {
    staged.remove(pluginId);
    versions.delete(pluginId, PluginVersionRepository.STAGED);
    results.release(holder(PluginVersionRepository.STAGED, pluginId));
    deleteTree(dir(pluginId, PluginVersionRepository.STAGED));
  }

  /** Forgets everything kept of a removed plugin. */
  void forget(String pluginId) {
    discard(pluginId);
    results.release(holder(PluginVersionRepository.PREVIOUS, pluginId));
    deleteTree(runtime.directory().resolve(".versions").resolve(pluginId));
  }

  /** The version kept for a restore, if any. */
  Optional<PluginVersionRepository.KeptVersion> previous(String pluginId) {
    return versions.find(pluginId, PluginVersionRepository.PREVIOUS);
  }

  /** The staged version, if any. */
  Optional<StagedVersions.Staged> staged(String pluginId) {
    return staged.get(pluginId);
  }

  private void swap(
      String pluginId,
      Path from,
      String version,
      Map<String, Long> held,
      Authentication actor,
      String action) {
    PluginInstall current =
        installs
            .find(pluginId)
            .orElseThrow(() -> new NoSuchElementException("no installed plugin " + pluginId));
    Path publicJar = runtime.directory().resolve(currentFile(pluginId, current));
    byte[] publicBytes = read(publicJar);
    String file = from.getFileName().toString();
    Path target = runtime.directory().resolve(file);
    byte[] bytes = copy(from, target);
    PluginStatus status = runtime.replace(pluginId, target, publicJar);
    if (!status.isStarted()) {
      if (!target.equals(publicJar)) {
        deleteQuietly(target);
      }
      audit.record(actor, action, pluginId + " " + version, AuditLog.FAILED, status.error());
      throw new IllegalStateException(
          "version "
              + version
              + " does not start ("
              + status.error()
              + "); "
              + current.version()
              + " still serves");
    }
    keepPrevious(pluginId, current, publicJar, publicBytes, actor);
    if (!target.equals(publicJar)) {
      deleteQuietly(publicJar);
    }
    installs.setVersion(pluginId, version, file, PluginInstaller.sha256(bytes), bytes);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    runtime.topics().stream()
        .filter(t -> t.pluginId().equals(pluginId))
        .forEach(t -> topicRows.recordStarted(t, now));
    held.forEach(
        (topic, v) -> {
          if (v != null) {
            results.promote(topic, v, holder(PluginVersionRepository.PREVIOUS, pluginId));
          }
          // Counts loaded since these results were computed are taken in now.
          pipeline.schedule(topic);
        });
    audit.record(
        actor, action, pluginId + " " + version, AuditLog.OK, "replaces " + current.version());
  }

  /** Keeps the replaced version's jar, on disk and in the database, for a restore. */
  private void keepPrevious(
      String pluginId,
      PluginInstall current,
      Path publicJar,
      byte[] publicBytes,
      Authentication actor) {
    Path keep = dir(pluginId, PluginVersionRepository.PREVIOUS);
    deleteTree(keep);
    write(keep.resolve(publicJar.getFileName().toString()), publicBytes);
    versions.put(
        pluginId,
        PluginVersionRepository.PREVIOUS,
        current.version(),
        publicJar.getFileName().toString(),
        PluginInstaller.sha256(publicBytes),
        publicBytes,
        actor == null ? null : actor.getName());
  }

  private String currentFile(String pluginId, PluginInstall install) {
    String file = runtime.file(pluginId);
    return file == null ? install.fileName() : file;
  }

  /** Starts the staged versions the database records (after a restart). */
  @EventListener(ApplicationReadyEvent.class)
  public void restage() {
    for (PluginVersionRepository.KeptVersion v : versions.all()) {
      if (!v.slot().equals(PluginVersionRepository.STAGED)) {
        continue;
      }
      try {
        synchronized (runtime) {
          restage(v);
        }
      } catch (RuntimeException e) {
        log.warn(
            "The staged version {} of plugin {} cannot start again", v.version(), v.pluginId(), e);
      }
    }
  }

  private void restage(PluginVersionRepository.KeptVersion v) {
    Path dir = dir(v.pluginId(), PluginVersionRepository.STAGED);
    Path jar = dir.resolve(v.fileName());
    if (!Files.isRegularFile(jar)) {
      write(jar, versions.jar(v.pluginId(), PluginVersionRepository.STAGED).orElseThrow());
    }
    PluginRuntime trial = PluginRuntime.start(dir);
    Map<String, Long> held = results.held(holder(PluginVersionRepository.STAGED, v.pluginId()));
    String publicVersion = runtime.plugin(v.pluginId()).map(PluginStatus::version).orElse(null);
    Map<String, StagedTopic> topics = new LinkedHashMap<>();
    for (InstalledTopic t : trial.topics()) {
      InstalledTopic shown = t.withIndicators(disclosure.enforce(t.id(), t.indicators()));
      topics.put(t.id(), new StagedTopic(shown, v.version(), publicVersion, held.get(t.id())));
    }
    staged.put(new StagedVersions.Staged(v.pluginId(), v.version(), v.fileName(), trial, topics));
  }

  private Path dir(String pluginId, String slot) {
    return runtime.directory().resolve(".versions").resolve(pluginId).resolve(slot);
  }

  static String holder(String slot, String pluginId) {
    return slot + ":" + pluginId;
  }

  private static byte[] copy(Path from, Path to) {
    return write(to, read(from));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static byte[] write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path part = file.resolveSibling(file.getFileName() + ".part");
      Files.write(part, bytes);
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Cannot delete {}", file, e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Cannot delete {}", dir, e);
    }
  }
}
