package org.variatlas.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginFactory;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.DataLoader;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.PluginApi;
import org.variatlas.api.model.Messages;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicValidator;

/**
 * Loads the topic plugins of a directory with PF4J and decides which topics are served.
 *
 * <p>Faults are contained: a corrupt jar, a jar without descriptor, a plugin whose {@code
 * Plugin-Requires} excludes the running {@link PluginApi#VERSION}, a plugin that throws while it
 * starts or while it describes its topic, an invalid topic, and two plugins claiming the same topic
 * id are each logged, recorded in {@link #plugins()} with PF4J's state and a reason, and skipped.
 * Everything else is served.
 *
 * <p>Plain Java (no Spring), so the test kit and contract tests load jars exactly as the app does.
 */
public final class PluginRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PluginRuntime.class);

  private final Path directory;
  private final PluginManager manager;
  private final List<PluginStatus> plugins;
  private final List<InstalledTopic> topics;

  private PluginRuntime(
      Path directory,
      PluginManager manager,
      List<PluginStatus> plugins,
      List<InstalledTopic> topics) {
    this.directory = directory;
    this.manager = manager;
    this.plugins = List.copyOf(plugins);
    this.topics = List.copyOf(topics);
  }

  /** Loads and starts every {@code *.jar} in {@code directory} (none when it does not exist). */
  public static PluginRuntime start(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    PluginManager manager = new PluginManager(dir);
    Map<String, String> failures = new LinkedHashMap<>();
    Map<String, String> fileOfPlugin = new HashMap<>();
    for (Path jar : jars(dir)) {
      String file = jar.getFileName().toString();
      try {
        requireReadableJar(jar);
        String id = manager.loadPlugin(jar);
        fileOfPlugin.put(id, file);
      } catch (Exception | LinkageError e) {
        String reason = reason(e);
        log.error("Plugin file {} cannot be loaded: {}", jar, reason);
        failures.put(file, reason);
      }
    }
    manager.startPlugins();

    Map<String, String> errors = new HashMap<>();
    List<Contribution> contributions = new ArrayList<>();
    for (PluginWrapper wrapper : sorted(manager.getPlugins())) {
      String id = wrapper.getPluginId();
      if (wrapper.getPluginState() == PluginState.STARTED) {
        try {
          contributions.add(Contribution.of(manager, wrapper));
        } catch (RuntimeException | LinkageError e) {
          errors.put(id, "its extensions failed: " + reason(e));
        }
      } else {
        errors.put(id, notStartedReason(manager, wrapper));
      }
    }
    List<InstalledTopic> topics = installTopics(contributions, errors);

    List<PluginStatus> statuses = new ArrayList<>();
    for (PluginWrapper wrapper : sorted(manager.getPlugins())) {
      String id = wrapper.getPluginId();
      String error = errors.get(id);
      if (error != null && wrapper.getPluginState() == PluginState.STARTED) {
        // Started by PF4J but refused by the platform: report it as failed, as PF4J would.
        wrapper.setPluginState(PluginState.FAILED);
        wrapper.setFailedException(new IllegalStateException(error));
        log.error("Plugin {} is not served: {}", id, error);
      } else if (error != null) {
        log.error("Plugin {} is {}: {}", id, wrapper.getPluginState(), error);
      }
      statuses.add(
          new PluginStatus(
              id,
              wrapper.getDescriptor().getVersion(),
              emptyToNull(wrapper.getDescriptor().getProvider()),
              emptyToNull(wrapper.getDescriptor().getRequires()),
              fileOfPlugin.get(id),
              wrapper.getPluginState().name(),
              error));
    }
    failures.forEach(
        (file, reason) ->
            statuses.add(
                new PluginStatus(file, null, null, null, file, PluginState.FAILED.name(), reason)));
    statuses.sort(Comparator.comparing(PluginStatus::id));
    log.info(
        "Plugins in {}: {} started, {} not served; topics served: {}",
        dir,
        statuses.stream().filter(PluginStatus::isStarted).count(),
        statuses.stream().filter(s -> !s.isStarted()).count(),
        topics.stream().map(InstalledTopic::id).toList());
    return new PluginRuntime(dir, manager, statuses, topics);
  }

  /** The directory plugins were loaded from. */
  public Path directory() {
    return directory;
  }

  /** Every jar of the directory with its state and, when not serving, the reason. */
  public List<PluginStatus> plugins() {
    return plugins;
  }

  /** The topics served, by {@link AtlasTopic#order()}, then English title. */
  public List<InstalledTopic> topics() {
    return topics;
  }

  @Override
  public void close() {
    // Stop one by one, newest first: PF4J 3.15's stopPlugins() modifies the list it iterates
    // and throws ConcurrentModificationException as soon as one plugin is started.
    List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
    java.util.Collections.reverse(started);
    for (PluginWrapper wrapper : started) {
      manager.stopPlugin(wrapper.getPluginId());
    }
    manager.unloadPlugins();
  }

  private static List<InstalledTopic> installTopics(
      List<Contribution> contributions, Map<String, String> errors) {
    // Topic ids claimed by more than one plugin: serve none of them, so that which data the user
    // sees never depends on the order jars happen to be found in.
    Map<String, List<String>> claims = new HashMap<>();
    for (Contribution c : contributions) {
      for (AtlasTopic topic : c.topics) {
        claims.computeIfAbsent(topic.id(), k -> new ArrayList<>()).add(c.pluginId);
      }
    }
    claims.forEach(
        (topicId, pluginIds) -> {
          if (pluginIds.size() > 1) {
            for (String pluginId : pluginIds) {
              List<String> others = pluginIds.stream().filter(p -> !p.equals(pluginId)).toList();
              errors.merge(
                  pluginId,
                  "topic id '"
                      + topicId
                      + "' is also claimed by plugin "
                      + String.join(", ", others)
                      + "; neither is served until one is removed",
                  (a, b) -> a + "; " + b);
            }
          }
        });

    Map<String, InstalledTopic> byId = new LinkedHashMap<>();
    Map<String, List<DataLoader>> loaders = new HashMap<>();
    Map<String, FactSheetView> sheets = new HashMap<>();
    for (Contribution c : contributions) {
      if (errors.containsKey(c.pluginId)) {
        continue;
      }
      c.loaders.forEach(l -> loaders.computeIfAbsent(l.topicId(), k -> new ArrayList<>()).add(l));
      c.factSheets.forEach(f -> sheets.putIfAbsent(f.topicId(), f));
    }
    for (Contribution c : contributions) {
      if (errors.containsKey(c.pluginId)) {
        continue;
      }
      for (AtlasTopic topic : c.topics) {
        try {
          InstalledTopic installed = describe(topic, c, loaders, sheets);
          byId.put(installed.id(), installed);
        } catch (RuntimeException | LinkageError e) {
          errors.put(c.pluginId, "topic '" + safeId(topic) + "' is invalid: " + reason(e));
          byId.values().removeIf(t -> t.pluginId().equals(c.pluginId));
          break;
        }
      }
    }
    for (Contribution c : contributions) {
      for (DataLoader l : c.loaders) {
        if (!errors.containsKey(c.pluginId) && !byId.containsKey(l.topicId())) {
          log.warn(
              "Plugin {}: loader {} feeds topic '{}', which no started plugin serves; ignored",
              c.pluginId,
              l.id(),
              l.topicId());
        }
      }
    }
    return byId.values().stream()
        .sorted(
            Comparator.comparingInt(InstalledTopic::order)
                .thenComparing(t -> t.title().en() == null ? t.id() : t.title().en()))
        .toList();
  }

  private static InstalledTopic describe(
      AtlasTopic topic,
      Contribution c,
      Map<String, List<DataLoader>> loaders,
      Map<String, FactSheetView> sheets) {
    String id = topic.id();
    var chapters = topic.chapters();
    var indicators = topic.indicators();
    var measures = topic.measures();
    if (topic.title() == null || topic.description() == null) {
      throw new IllegalStateException("a topic needs a title and a description");
    }
    List<String> problems = TopicValidator.problems(id, chapters, indicators, measures);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
    Messages messages = Messages.load(topic.getClass(), topic.messagesBaseName());
    return new InstalledTopic(
        id,
        topic.title(),
        topic.description(),
        topic.order(),
        chapters,
        indicators,
        measures,
        c.pluginId,
        c.pluginVersion,
        loaders.getOrDefault(id, List.of()),
        sheets.get(id),
        messages);
  }

  private static String notStartedReason(PluginManager manager, PluginWrapper wrapper) {
    String requires = wrapper.getDescriptor().getRequires();
    if (wrapper.getPluginState() == PluginState.DISABLED
        && requires != null
        && !requires.isBlank()
        && !manager.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires)) {
      return "requires plugin API "
          + requires
          + ", but this platform provides "
          + PluginApi.VERSION;
    }
    if (wrapper.getPluginState() == PluginState.DISABLED) {
      return "disabled (listed in disabled.txt or not in enabled.txt of the plugins directory)";
    }
    Throwable failure = wrapper.getFailedException();
    if (failure != null) {
      return "failed to start: " + reason(failure);
    }
    return "not started (state " + wrapper.getPluginState() + ")";
  }

  /**
   * Fails with the archive's own error when the file is not a readable jar; PF4J would only say
   * that no descriptor finder applies.
   */
  private static void requireReadableJar(Path jar) {
    try (JarFile archive = new JarFile(jar.toFile())) {
      Manifest manifest = archive.getManifest();
      Attributes main = manifest == null ? null : manifest.getMainAttributes();
      boolean inManifest = main != null && main.getValue("Plugin-Id") != null;
      if (!inManifest && archive.getEntry("plugin.properties") == null) {
        throw new IllegalStateException(
            "no PF4J plugin descriptor: the jar's manifest has no Plugin-Id (and there is no"
                + " plugin.properties)");
      }
    } catch (IOException e) {
      throw new IllegalStateException("not a readable jar file: " + e.getMessage(), e);
    }
  }

  private static List<Path> jars(Path dir) {
    if (!Files.isDirectory(dir)) {
      log.warn("Plugins directory {} does not exist: no topics are served", dir);
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.sorted().toList();
      for (Path p : all) {
        if (!p.getFileName().toString().endsWith(".jar")
            && !p.getFileName().toString().equals("disabled.txt")
            && !p.getFileName().toString().equals("enabled.txt")) {
          log.warn("Ignoring {} in the plugins directory: plugins are .jar files", p);
        }
      }
      return all.stream()
          .filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the plugins directory " + dir, e);
    }
  }

  private static List<PluginWrapper> sorted(List<PluginWrapper> wrappers) {
    return wrappers.stream().sorted(Comparator.comparing(PluginWrapper::getPluginId)).toList();
  }

  /** The most specific message of a failure, with its type when that helps. */
  static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    String own = e.getMessage();
    if (t != e && own != null && message != null && !own.contains(message)) {
      return own + ": " + message;
    }
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return t == e ? message : (own != null && own.contains(message) ? own : message);
  }

  private static String safeId(AtlasTopic topic) {
    try {
      return topic.id();
    } catch (RuntimeException e) {
      return topic.getClass().getName();
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The extensions one started plugin contributes. */
  private record Contribution(
      String pluginId,
      String pluginVersion,
      List<AtlasTopic> topics,
      List<DataLoader> loaders,
      List<FactSheetView> factSheets) {

    static Contribution of(PluginManager manager, PluginWrapper wrapper) {
      String id = wrapper.getPluginId();
      Contribution c =
          new Contribution(
              id,
              wrapper.getDescriptor().getVersion(),
              create(manager, AtlasTopic.class, id),
              create(manager, DataLoader.class, id),
              create(manager, FactSheetView.class, id));
      if (c.topics.isEmpty() && c.loaders.isEmpty() && c.factSheets.isEmpty()) {
        throw new IllegalStateException(
            "the plugin contributes no extensions (is PF4J's annotation processor configured,"
                + " and are its classes annotated with @Extension?)");
      }
      return c;
    }

    /**
     * Instantiates the plugin's extensions of a type. Unlike {@code getExtensions}, which logs and
     * skips an extension whose constructor throws, a failure here fails the plugin.
     */
    private static <T> List<T> create(PluginManager manager, Class<T> type, String pluginId) {
      List<T> extensions = new ArrayList<>();
      for (Class<? extends T> cls : manager.getExtensionClasses(type, pluginId)) {
        extensions.add(type.cast(manager.getExtensionFactory().create(cls)));
      }
      return extensions;
    }
  }

  /**
   * PF4J's default manager with our plugin factory and the plugin API version as the system version
   * that {@code Plugin-Requires} is checked against.
   */
  private static final class PluginManager extends DefaultPluginManager {

    PluginManager(Path root) {
      super(root);
      setSystemVersion(PluginApi.VERSION);
      setExactVersionAllowed(true);
    }

    @Override
    protected PluginFactory createPluginFactory() {
      return new ContextPluginFactory();
    }
  }
}
