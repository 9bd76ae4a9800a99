package org.variatlas.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.variatlas.api.PluginApi;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Checks a plugin jar before anything changes: its descriptor (id, version, provider), {@code
 * Plugin-Requires} against {@link PluginApi#VERSION}, the plugin id not installed yet, its classes'
 * imports ({@link PluginImports}), and its topics — started in a throwaway runtime of their own, so
 * that they are validated exactly as the platform serves them — with topic ids no other plugin
 * serves. Every check runs, so that the result names every reason at once.
 */
public final class PluginChecker {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final PluginRuntime runtime;

  public PluginChecker(PluginRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Checks {@code jar} (a temporary copy of the upload), named {@code file} as uploaded.
   *
   * @param installed the version of each plugin already installed (served, disabled or failed), by
   *     id: a newer version of one passes as an upgrade (it is staged beside the public one)
   */
  public PluginCheck check(Path jar, String file, java.util.Map<String, String> installed) {
    List<PluginCheck.Item> checks = new ArrayList<>();
    PluginDescriptor descriptor = descriptor(jar, checks);
    if (descriptor == null) {
      return new PluginCheck(file, null, null, null, null, PluginApi.VERSION, List.of(), checks);
    }
    String id = descriptor.getPluginId();
    String requires = PluginFailures.emptyToNull(descriptor.getRequires());
    checks.add(id(id, descriptor.getVersion(), installed.get(id)));
    checks.add(requires(requires));
    imports(jar, checks);
    List<String> topicIds = topics(jar, file, checks);
    return new PluginCheck(
        file,
        id,
        descriptor.getVersion(),
        PluginFailures.emptyToNull(descriptor.getProvider()),
        requires,
        PluginApi.VERSION,
        topicIds,
        checks);
  }

  private static PluginCheck.Item id(String id, String version, String installed) {
    if (!KEBAB.matcher(id).matches()) {
      return item("id", false, "the plugin id '" + id + "' is not kebab-case");
    }
    if (installed == null) {
      return item("id", true, id);
    }
    boolean newer;
    try {
      newer = new DefaultVersionManager().compareVersions(version, installed) > 0;
    } catch (RuntimeException e) {
      newer = false;
    }
    return newer
        ? item("id", true, id + ": upgrade of " + installed + ", staged beside it until published")
        : item(
            "id",
            false,
            "a plugin '"
                + id
                + "' is installed already in version "
                + installed
                + ": upload a newer version, or remove it first");
  }

  private static PluginDescriptor descriptor(Path jar, List<PluginCheck.Item> checks) {
    try {
      PluginFailures.requireReadableJar(jar);
      PluginDescriptor d =
          new CompoundPluginDescriptorFinder()
              .add(new PropertiesPluginDescriptorFinder())
              .add(new ManifestPluginDescriptorFinder())
              .find(jar);
      if (d.getVersion() == null || d.getVersion().isBlank()) {
        checks.add(item("descriptor", false, "the descriptor has no Plugin-Version"));
        return null;
      }
      checks.add(item("descriptor", true, d.getPluginId() + " " + d.getVersion()));
      return d;
    } catch (RuntimeException e) {
      checks.add(item("descriptor", false, PluginFailures.reason(e)));
      return null;
    }
  }

  private static PluginCheck.Item requires(String requires) {
    if (requires == null) {
      return item("requires", false, "no Plugin-Requires: say which plugin API the plugin needs");
    }
    boolean ok;
    try {
      ok = new DefaultVersionManager().checkVersionConstraint(PluginApi.VERSION, requires);
    } catch (RuntimeException e) {
      return item("requires", false, "'" + requires + "' is not a version range");
    }
    return item(
        "requires",
        ok,
        ok
            ? requires + " (platform " + PluginApi.VERSION + ")"
            : "requires plugin API " + requires + ", this platform provides " + PluginApi.VERSION);
  }

  private static void imports(Path jar, List<PluginCheck.Item> checks) {
    try {
      List<String> violations = PluginImports.violations(jar);
      checks.add(
          item(
              "imports",
              violations.isEmpty(),
              violations.isEmpty()
                  ? "only " + String.join(", ", PluginImports.ALLOWED)
                  : String.join("; ", violations)));
    } catch (UncheckedIOException e) {
      checks.add(item("imports", false, PluginFailures.reason(e)));
    }
  }

  /** Starts the jar alone in a throwaway runtime: its topics valid, their ids free. */
  private List<String> topics(Path jar, String file, List<PluginCheck.Item> checks) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("variatlas-check-");
      Files.copy(jar, dir.resolve(safeName(file)));
      try (PluginRuntime trial = PluginRuntime.start(dir)) {
        PluginStatus status = trial.plugins().isEmpty() ? null : trial.plugins().get(0);
        boolean started = status != null && status.isStarted() && !trial.topics().isEmpty();
        checks.add(
            item(
                "topics",
                started,
                started
                    ? trial.topics().size() + " topic(s), definitions valid"
                    : status == null || status.error() == null
                        ? "the plugin serves no topic"
                        : PluginStatus.withoutPaths(status.error(), trial)));
        List<String> ids = trial.topics().stream().map(InstalledTopic::id).toList();
        String pluginId = status == null ? null : status.id();
        List<String> taken =
            runtime.topics().stream()
                .filter(t -> !t.pluginId().equals(pluginId))
                .map(InstalledTopic::id)
                .filter(ids::contains)
                .toList();
        checks.add(
            item(
                "topicIds",
                started && taken.isEmpty(),
                taken.isEmpty()
                    ? String.join(", ", ids)
                    : "topic id(s) already served by another plugin: " + String.join(", ", taken)));
        return ids;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare a directory to check a plugin in", e);
    } finally {
      delete(dir);
    }
  }

  private static String safeName(String file) {
    String name = Path.of(file).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return name.endsWith(".jar") ? name : name + ".jar";
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PluginCheck.Item item(String key, boolean passed, String detail) {
    return new PluginCheck.Item(key, passed, detail);
  }
}
