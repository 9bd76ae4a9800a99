package org.variatlas.app.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.loads.LoadLocks;
import org.variatlas.app.plugins.PluginInstall;
import org.variatlas.app.plugins.PluginInstallRepository;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.security.Actors;
import org.variatlas.app.security.Ownership;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;
import org.variatlas.app.topics.TopicRepository;

/**
 * A plugin's life after install, without a restart: publish (its topics become public), unpublish
 * (back to draft), disable (stopped, hidden, data kept), enable, and remove (stopped, jar deleted;
 * the topics' counts and results deleted too if the editor chooses). Every change is recorded in
 * the database, so that it survives restarts, and in the audit trail.
 */
@Service
public class PluginLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PluginLifecycle.class);

  private final PluginRuntime runtime;
  private final PluginInstallRepository installs;
  private final TopicRegistry registry;
  private final TopicDataRepository data;
  private final Ownership ownership;
  private final AuditLog audit;
  private final TopicRepository topicRows;
  private final LoadLocks locks;
  private final PluginStaging staging;

  PluginLifecycle(
      PluginRuntime runtime,
      PluginInstallRepository installs,
      TopicRegistry registry,
      TopicDataRepository data,
      Ownership ownership,
      AuditLog audit,
      TopicRepository topicRows,
      LoadLocks locks,
      PluginStaging staging) {
    this.staging = staging;
    this.topicRows = topicRows;
    this.locks = locks;
    this.runtime = runtime;
    this.installs = installs;
    this.registry = registry;
    this.data = data;
    this.ownership = ownership;
    this.audit = audit;
  }

  /**
   * Every plugin the viewer may see: editors and administrators all; others only published ones (a
   * partner also its organisation's drafts).
   */
  public List<PluginRow> plugins(Authentication viewer) {
    Map<String, PluginInstall> byId =
        installs.all().stream()
            .collect(Collectors.toMap(PluginInstall::pluginId, Function.identity()));
    return runtime.plugins().stream()
        .map(
            s ->
                new PluginRow(
                    s,
                    byId.get(s.id()),
                    topicIds(s.id()),
                    staging.staged(s.id()).map(StagedVersions.Staged::version).orElse(null),
                    staging
                        .previous(s.id())
                        .map(PluginVersionRepository.KeptVersion::version)
                        .orElse(null)))
        .filter(r -> !r.isDraft() || ownership.mayActOnPlugin(viewer, r.id()))
        .toList();
  }

  /**
   * Makes a draft plugin's topics public; when a newer version is staged, swaps it in for the
   * public one (its topics' results with it).
   */
  public void publish(String pluginId, Authentication actor) {
    synchronized (runtime) {
      requireStaff(actor, pluginId, AuditLog.PLUGIN_PUBLISH);
      require(pluginId, AuditLog.PLUGIN_PUBLISH, actor);
      if (staging.hasStaged(pluginId)) {
        staging.publishStaged(pluginId, actor);
        return;
      }
      installs.setPublished(pluginId, true);
      registry.setDraft(pluginId, false);
      audit.record(actor, AuditLog.PLUGIN_PUBLISH, pluginId, AuditLog.OK, null);
    }
  }

  /**
   * Serves the version the last publish replaced again, with its results.
   *
   * @throws NoSuchElementException when no previous version is kept
   */
  public void restore(String pluginId, Authentication actor) {
    synchronized (runtime) {
      requireStaff(actor, pluginId, AuditLog.PLUGIN_RESTORE);
      require(pluginId, AuditLog.PLUGIN_RESTORE, actor);
      staging.restore(pluginId, actor);
    }
  }

  /** Drops the staged version of a plugin (its jar and results); the public one is untouched. */
  public void discardStaged(String pluginId, Authentication actor) {
    synchronized (runtime) {
      requireOwner(actor, pluginId, AuditLog.PLUGIN_UPGRADE);
      if (!staging.hasStaged(pluginId)) {
        throw notFound(pluginId, AuditLog.PLUGIN_UPGRADE, actor);
      }
      staging.discard(pluginId);
      audit.record(
          actor, AuditLog.PLUGIN_UPGRADE, pluginId, AuditLog.OK, "staged version discarded");
    }
  }

  /** Makes a plugin's topics a draft again: the public no longer sees them. */
  public void unpublish(String pluginId, Authentication actor) {
    synchronized (runtime) {
      requireStaff(actor, pluginId, AuditLog.PLUGIN_UNPUBLISH);
      require(pluginId, AuditLog.PLUGIN_UNPUBLISH, actor);
      installs.setPublished(pluginId, false);
      registry.setDraft(pluginId, true);
      audit.record(actor, AuditLog.PLUGIN_UNPUBLISH, pluginId, AuditLog.OK, null);
    }
  }

  /** Stops a plugin and hides its topics; its data stay, and it stays disabled after a restart. */
  public void disable(String pluginId, Authentication actor) {
    synchronized (runtime) {
      requireOwner(actor, pluginId, AuditLog.PLUGIN_DISABLE);
      require(pluginId, AuditLog.PLUGIN_DISABLE, actor);
      installs.setEnabled(pluginId, false);
      runtime.disable(pluginId);
      audit.record(actor, AuditLog.PLUGIN_DISABLE, pluginId, AuditLog.OK, null);
    }
  }

  /** Starts a disabled plugin again. */
  public PluginStatus enable(String pluginId, Authentication actor) {
    synchronized (runtime) {
      requireOwner(actor, pluginId, AuditLog.PLUGIN_ENABLE);
      PluginInstall install = require(pluginId, AuditLog.PLUGIN_ENABLE, actor);
      String file = runtime.file(pluginId);
      PluginStatus status =
          runtime.load(runtime.directory().resolve(file == null ? install.fileName() : file));
      boolean ok = status.isStarted();
      if (ok) {
        installs.setEnabled(pluginId, true);
      } else {
        runtime.disable(pluginId);
      }
      audit.record(
          actor,
          AuditLog.PLUGIN_ENABLE,
          pluginId,
          ok ? AuditLog.OK : AuditLog.FAILED,
          ok ? null : status.error());
      return status;
    }
  }

  /**
   * Stops a plugin, deletes its jar and forgets it; with {@code deleteData} also its topics'
   * counts, published values and results (else they stay, for a reinstall).
   *
   * @return the ids of the topics it served
   */
  public List<String> remove(String pluginId, boolean deleteData, Authentication actor) {
    synchronized (runtime) {
      requireOwner(actor, pluginId, AuditLog.PLUGIN_REMOVE);
      PluginInstall install = installs.find(pluginId).orElse(null);
      String file = runtime.file(pluginId);
      if (install == null && file == null) {
        throw notFound(pluginId, AuditLog.PLUGIN_REMOVE, actor);
      }
      List<String> topics = topicRows.topicIdsOf(pluginId);
      staging.forget(pluginId);
      runtime.unload(pluginId);
      String jar = file != null ? file : install.fileName();
      try {
        Files.deleteIfExists(runtime.directory().resolve(jar));
      } catch (IOException e) {
        log.warn("Cannot delete the jar {} of removed plugin {}", jar, pluginId, e);
      }
      installs.delete(pluginId);
      registry.setDraft(pluginId, false);
      int rows = 0;
      if (deleteData) {
        for (String topic : topics) {
          // Under the topic's load lock: a run of it that is still going ends first.
          try (LoadLocks.Held held = locks.acquire(topic)) {
            rows += data.delete(topic);
          }
        }
        audit.record(
            actor, AuditLog.DATA_DELETE, String.join(", ", topics), AuditLog.OK, rows + " rows");
      }
      audit.record(
          actor,
          AuditLog.PLUGIN_REMOVE,
          pluginId,
          AuditLog.OK,
          (deleteData ? "data deleted" : "data kept") + "; topics " + String.join(", ", topics));
      return topics;
    }
  }

  private List<String> topicIds(String pluginId) {
    return registry.topics().stream()
        .filter(t -> t.pluginId().equals(pluginId))
        .map(InstalledTopic::id)
        .toList();
  }

  private PluginInstall require(String pluginId, String action, Authentication actor) {
    return installs.find(pluginId).orElseThrow(() -> notFound(pluginId, action, actor));
  }

  private NoSuchElementException notFound(String pluginId, String action, Authentication actor) {
    audit.record(actor, action, pluginId, AuditLog.REFUSED, "no such plugin");
    return new NoSuchElementException("no installed plugin '" + pluginId + "'");
  }

  private void requireStaff(Authentication actor, String pluginId, String action) {
    if (!Actors.isStaff(actor)) {
      audit.record(actor, action, pluginId, AuditLog.REFUSED, "editors only");
      throw new AccessDeniedException("only editors publish and unpublish topics");
    }
  }

  private void requireOwner(Authentication actor, String pluginId, String action) {
    if (!ownership.mayActOnPlugin(actor, pluginId)) {
      audit.record(actor, action, pluginId, AuditLog.REFUSED, "not the owner");
      throw new AccessDeniedException("may not act on plugin '" + pluginId + "'");
    }
  }
}
