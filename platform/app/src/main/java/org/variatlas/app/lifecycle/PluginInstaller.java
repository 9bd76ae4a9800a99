package org.variatlas.app.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.variatlas.api.DataLoader;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.config.DaemonThreads;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.loads.TopicLoads;
import org.variatlas.app.plugins.PluginCheck;
import org.variatlas.app.plugins.PluginChecker;
import org.variatlas.app.plugins.PluginInstallRepository;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.security.Actors;
import org.variatlas.app.security.OwnershipRepository;
import org.variatlas.app.security.Role;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;
import org.variatlas.app.topics.TopicRepository;

/**
 * Installs an uploaded plugin jar while the atlas runs: checks it before anything changes ({@link
 * PluginChecker}), and only when every check passes stores it (plugins directory and database, as a
 * draft), loads and starts it, and runs its install-time loaders in the background. A jar that
 * fails a check, or fails to start after all, leaves nothing behind.
 */
@Service
public class PluginInstaller {

  /**
   * The result of an install attempt.
   *
   * @param check what the checks found
   * @param status the runtime's status of the plugin when it was loaded, else null
   * @param staged whether it is a newer version of an installed plugin, staged beside it
   */
  public record Outcome(PluginCheck check, PluginStatus status, boolean staged) {
    public Outcome(PluginCheck check, PluginStatus status) {
      this(check, status, false);
    }

    public boolean installed() {
      return status != null && status.isStarted();
    }

    /** Every reason the jar was refused (the checks', or the start's), empty when installed. */
    public List<String> reasons() {
      List<String> out = new ArrayList<>(check.reasons());
      if (check.passed() && !installed() && status != null) {
        out.add("start: " + status.error());
      }
      return out;
    }
  }

  private static final Logger log = LoggerFactory.getLogger(PluginInstaller.class);

  private final PluginRuntime runtime;
  private final PluginChecker checker;
  private final PluginInstallRepository installs;
  private final OwnershipRepository owners;
  private final TopicRepository topicRows;
  private final TopicLoads loads;
  private final AuditLog audit;
  private final TopicRegistry registry;
  private final PluginStaging staging;
  private final Map<String, InstallProgress> progress = new ConcurrentHashMap<>();
  private final ExecutorService installLoads =
      Executors.newSingleThreadExecutor(DaemonThreads.named("install-loads"));

  PluginInstaller(
      PluginRuntime runtime,
      PluginInstallRepository installs,
      OwnershipRepository owners,
      TopicRepository topicRows,
      TopicLoads loads,
      AuditLog audit,
      TopicRegistry registry,
      PluginStaging staging) {
    this.registry = registry;
    this.staging = staging;
    this.runtime = runtime;
    this.checker = new PluginChecker(runtime);
    this.installs = installs;
    this.owners = owners;
    this.topicRows = topicRows;
    this.loads = loads;
    this.audit = audit;
  }

  /** Checks a jar (a temporary file) without changing anything. */
  public PluginCheck check(Path jar, String file) {
    return checker.check(jar, file, installedIds());
  }

  /**
   * Checks the jar and, when every check passes, installs it as a draft and starts it. Refusals and
   * installs are recorded in the audit trail.
   *
   * @param jar a temporary file with the upload (the caller deletes it)
   * @param file the jar's name as uploaded
   * @throws AccessDeniedException when a partner uploads a plugin another organisation owns
   */
  public Outcome install(Path jar, String file, Authentication actor) {
    // One change at a time on this instance, with PluginSync's too.
    synchronized (runtime) {
      return installChecked(jar, file, actor);
    }
  }

  private Outcome installChecked(Path jar, String file, Authentication actor) {
    PluginCheck check = check(jar, file);
    if (!check.passed()) {
      audit.record(
          actor,
          AuditLog.PLUGIN_INSTALL,
          target(check),
          AuditLog.REFUSED,
          String.join("; ", check.reasons()));
      return new Outcome(check, null);
    }
    String organisation = partnerOrganisation(actor, check.id());
    if (installs.find(check.id()).isPresent()) {
      return new Outcome(check, staging.stage(check, jar, actor), true);
    }
    Path target = runtime.directory().resolve(check.id() + "-" + check.version() + ".jar");
    byte[] bytes = store(jar, target);
    installs.insertDraft(
        check.id(),
        check.version(),
        target.getFileName().toString(),
        sha256(bytes),
        bytes,
        name(actor));
    // A draft before its topics are served: there is no moment in which the public sees them.
    registry.setDraft(check.id(), true);
    PluginStatus status = runtime.load(target);
    if (!status.isStarted()) {
      registry.setDraft(check.id(), false);
      installs.delete(check.id());
      deleteQuietly(target);
      audit.record(actor, AuditLog.PLUGIN_INSTALL, target(check), AuditLog.FAILED, status.error());
      return new Outcome(check, status);
    }
    if (organisation != null) {
      owners.setOwner(check.id(), organisation);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<InstalledTopic> topics =
        runtime.topics().stream().filter(t -> t.pluginId().equals(check.id())).toList();
    topics.forEach(t -> topicRows.recordStarted(t, now));
    audit.record(
        actor,
        AuditLog.PLUGIN_INSTALL,
        target(check),
        AuditLog.OK,
        "draft; topics " + String.join(", ", check.topicIds()));
    runInstallLoaders(check.id(), topics, actor);
    return new Outcome(check, status);
  }

  /** How far the plugin's install-time loaders are, if it was installed since the start. */
  public Optional<InstallProgress> progress(String pluginId) {
    return Optional.ofNullable(progress.get(pluginId));
  }

  private void runInstallLoaders(
      String pluginId, List<InstalledTopic> topics, Authentication actor) {
    List<String[]> due = new ArrayList<>();
    for (InstalledTopic topic : topics) {
      for (DataLoader loader : topic.loaders()) {
        if (loader.loadOnInstall()) {
          due.add(new String[] {topic.id(), loader.id()});
        }
      }
    }
    progress.put(pluginId, new InstallProgress(due.size(), 0, null, List.of()));
    installLoads.submit(
        () -> {
          List<String> failures = new ArrayList<>();
          int done = 0;
          for (String[] l : due) {
            progress.put(
                pluginId, new InstallProgress(due.size(), done, l[0] + "/" + l[1], failures));
            try {
              LoadRunRecord run = loads.run(l[0], l[1], Map.of(), name(actor), null);
              if (!LoadRunRecord.APPLIED.equals(run.status())) {
                failures.add(l[0] + "/" + l[1] + ": " + run.message());
              }
            } catch (RuntimeException e) {
              log.warn("Install-time loader {}/{} of {} failed", l[0], l[1], pluginId, e);
              failures.add(l[0] + "/" + l[1] + ": " + e.getMessage());
            }
            done++;
          }
          progress.put(pluginId, new InstallProgress(due.size(), done, null, failures));
        });
  }

  /** The version of every plugin installed, by id (the database's where it has one). */
  private Map<String, String> installedIds() {
    Map<String, String> ids = new HashMap<>();
    runtime.plugins().forEach(p -> ids.put(p.id(), p.version() == null ? "" : p.version()));
    installs.all().forEach(p -> ids.put(p.pluginId(), p.version()));
    return ids;
  }

  /**
   * The organisation a partner installs for (null for staff).
   *
   * @throws AccessDeniedException when another organisation owns the plugin id
   */
  private String partnerOrganisation(Authentication actor, String pluginId) {
    if (Actors.isStaff(actor) || !Actors.roles(actor).contains(Role.PARTNER)) {
      return null;
    }
    String organisation =
        Actors.organisation(actor)
            .orElseThrow(() -> new AccessDeniedException("a partner needs an organisation"));
    Optional<String> owner = owners.owner(pluginId);
    if (owner.isPresent() && !owner.get().equals(organisation)) {
      audit.record(
          actor, AuditLog.PLUGIN_INSTALL, pluginId, AuditLog.REFUSED, "owned by " + owner.get());
      throw new AccessDeniedException("plugin '" + pluginId + "' belongs to another organisation");
    }
    return organisation;
  }

  private static byte[] store(Path jar, Path target) {
    try {
      Path part = target.resolveSibling(target.getFileName() + ".part");
      Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return Files.readAllBytes(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the plugin jar in the plugins directory", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Cannot delete {}", file, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String target(PluginCheck check) {
    return check.id() == null ? check.file() : check.id() + " " + check.version();
  }

  private static String name(Authentication actor) {
    return actor == null ? null : actor.getName();
  }
}
