package org.variatlas.app.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.PluginApi;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Loads the topic plugins of a directory with PF4J, decides which topics are served, and loads,
 * unloads and reloads single plugins while the platform runs.
 *
 * <p>Faults are contained: a corrupt jar, a jar without descriptor, a plugin whose {@code
 * Plugin-Requires} excludes the running {@link PluginApi#VERSION}, a plugin that throws while it
 * starts or while it describes its topic, an invalid topic, and two plugins claiming the same topic
 * id are each logged, recorded in {@link #plugins()} with PF4J's state and a reason, and skipped.
 * Everything else is served.
 *
 * <p>At run time ({@link #load}, {@link #unload}, {@link #reload}) a change either completes or
 * leaves the served topics as they were: a plugin that fails to start, or whose topic is invalid or
 * already served by another plugin, is unloaded again and reported. Every completed change tells
 * the {@link #onChange} listeners the new list of served topics. Methods are thread-safe.
 *
 * <p>Plain Java (no Spring), so the test kit and contract tests load jars exactly as the app does.
 */
public final class PluginRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PluginRuntime.class);

  private final Path directory;
  private final AtlasPluginManager manager;
  private final Map<String, String> fileOfPlugin = new HashMap<>();
  private final Map<String, Contribution> contributions = new TreeMap<>();

  /** Plugins PF4J loaded but the platform does not serve, with the reason. */
  private final Map<String, String> refused = new HashMap<>();

  /** Files that could not be loaded at all, with the reason. */
  private final Map<String, String> unreadable = new LinkedHashMap<>();

  /** Plugins left unloaded on purpose ({@link #disable}), by id. */
  private final Map<String, PluginStatus> disabled = new TreeMap<>();

  /** Errors already logged, so that a refresh does not repeat them. */
  private final Set<String> logged = new HashSet<>();

  private final List<Consumer<List<InstalledTopic>>> listeners = new CopyOnWriteArrayList<>();

  // What the platform checks outside the runtime (e.g. coverage on the geography); see checkTopics.
  private volatile Function<InstalledTopic, String> topicCheck = t -> null;
  private volatile List<PluginStatus> plugins = List.of();
  private volatile List<InstalledTopic> topics = List.of();

  private PluginRuntime(Path directory) {
    this.directory = directory;
    this.manager = new AtlasPluginManager(directory);
  }

  /** Loads and starts every {@code *.jar} in {@code directory} (none when it does not exist). */
  public static PluginRuntime start(Path directory) {
    return start(directory, Set.of());
  }

  /**
   * Loads and starts every {@code *.jar} in {@code directory}, except the plugins whose ids are in
   * {@code disabledIds}: those are listed as {@code DISABLED} and not started.
   */
  public static PluginRuntime start(Path directory, Set<String> disabledIds) {
    PluginRuntime runtime = new PluginRuntime(directory.toAbsolutePath().normalize());
    runtime.startAll(disabledIds);
    return runtime;
  }

  private synchronized void startAll(Set<String> disabledIds) {
    for (Path jar : PluginDirectory.jars(directory)) {
      String file = jar.getFileName().toString();
      try {
        PluginFailures.requireReadableJar(jar);
        String id = manager.loadPlugin(jar);
        if (disabledIds.contains(id)) {
          disabled.put(id, PluginStatus.of(manager.getPlugin(id), file, "DISABLED", null));
          manager.unloadPlugin(id);
        } else {
          fileOfPlugin.put(id, file);
        }
      } catch (Exception | LinkageError e) {
        String reason = PluginFailures.reason(e);
        log.error("Plugin file {} cannot be loaded: {}", jar, reason);
        unreadable.put(file, reason);
      }
    }
    manager.startPlugins();
    for (PluginWrapper wrapper : sorted(manager.getPlugins())) {
      admit(wrapper).ifPresent(reason -> refused.put(wrapper.getPluginId(), reason));
    }
    refresh();
    log.info(
        "Plugins in {}: {} started, {} not served; topics served: {}",
        directory,
        plugins.stream().filter(PluginStatus::isStarted).count(),
        plugins.stream().filter(s -> !s.isStarted()).count(),
        topics.stream().map(InstalledTopic::id).toList());
  }

  /** Records a started plugin's extensions, or returns why it cannot serve. */
  private Optional<String> admit(PluginWrapper wrapper) {
    if (wrapper.getPluginState() != PluginState.STARTED) {
      return Optional.of(PluginFailures.notStartedReason(manager, wrapper));
    }
    try {
      Contribution c = Contribution.of(manager, wrapper);
      contributions.put(wrapper.getPluginId(), c);
      return Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      return Optional.of("its extensions failed: " + PluginFailures.reason(e, wrapper));
    }
  }

  /**
   * Loads and starts one plugin jar while the platform runs (a jar in the plugins directory, so
   * that the next start loads it too). On success its topics are served at once; on failure (not a
   * plugin, a plugin id already loaded, fails to start, contributes an invalid topic or a topic id
   * another plugin serves) it is unloaded again, nothing else changes, and the returned status says
   * why.
   *
   * @return the plugin's status; {@link PluginStatus#isStarted()} tells whether it serves
   */
  public synchronized PluginStatus load(Path jar) {
    String file = jar.getFileName().toString();
    String id;
    try {
      PluginFailures.requireReadableJar(jar);
      id = manager.loadPlugin(jar);
    } catch (Exception | LinkageError e) {
      return new PluginStatus(
          file, null, null, null, file, PluginState.FAILED.name(), PluginFailures.reason(e));
    }
    PluginWrapper wrapper = manager.getPlugin(id);
    manager.startPlugin(id);
    String error = admit(wrapper).orElse(null);
    if (error == null) {
      error = conflicts(contributions.get(id));
    }
    if (error != null) {
      PluginStatus failed = PluginStatus.of(wrapper, file, PluginState.FAILED.name(), error);
      contributions.remove(id);
      manager.unloadPlugin(id);
      log.warn("Plugin {} from {} was not loaded: {}", id, file, error);
      return failed;
    }
    fileOfPlugin.put(id, file);
    disabled.remove(id);
    refused.remove(id);
    unreadable.remove(file);
    refresh();
    log.info("Plugin {} {} loaded from {}", id, wrapper.getDescriptor().getVersion(), file);
    return plugin(id).orElseThrow();
  }

  /** Why a new contribution cannot join the served ones, or null. */
  private String conflicts(Contribution added) {
    for (AtlasTopic topic : added.topics()) {
      String topicId = TopicAssembly.safeId(topic);
      for (InstalledTopic served : topics) {
        if (served.id().equals(topicId) && !served.pluginId().equals(added.pluginId())) {
          return "topic id '" + topicId + "' is already served by plugin " + served.pluginId();
        }
      }
    }
    Map<String, String> errors = new HashMap<>();
    List<Contribution> all = new ArrayList<>(contributions.values());
    TopicAssembly.assemble(all, errors);
    return errors.get(added.pluginId());
  }

  /**
   * Stops and unloads a plugin (its jar stays where it is); its topics are no longer served.
   *
   * @return whether a plugin with that id was loaded or listed
   */
  public synchronized boolean unload(String pluginId) {
    boolean known = forget(pluginId);
    if (known) {
      refresh();
      log.info("Plugin {} unloaded", pluginId);
    }
    return known;
  }

  /** Unloads a plugin and lists it as {@code DISABLED} until it is loaded again. */
  public synchronized boolean disable(String pluginId) {
    PluginWrapper wrapper = manager.getPlugin(pluginId);
    if (wrapper == null) {
      return disabled.containsKey(pluginId);
    }
    PluginStatus status = PluginStatus.of(wrapper, fileOfPlugin.get(pluginId), "DISABLED", null);
    forget(pluginId);
    disabled.put(pluginId, status);
    refresh();
    log.info("Plugin {} disabled", pluginId);
    return true;
  }

  /**
   * Unloads a plugin and loads its jar again (e.g. after the file was replaced by a new build).
   *
   * @return the status of the reloaded plugin
   */
  public synchronized PluginStatus reload(String pluginId) {
    String file = file(pluginId);
    if (file == null) {
      throw new IllegalArgumentException("no plugin '" + pluginId + "' is loaded");
    }
    forget(pluginId);
    refresh();
    return load(directory.resolve(file));
  }

  /**
   * Swaps a started plugin for another version of it (a jar in the plugins directory) in one step:
   * listeners see the old topics, then the new ones, never none. When the new version does not
   * start, the old one is loaded again from {@code fallback} and the returned status says why.
   *
   * @return the new version's status; {@link PluginStatus#isStarted()} tells whether it serves
   */
  public synchronized PluginStatus replace(String pluginId, Path jar, Path fallback) {
    // No refresh between unloading and loading: the served topics change once, in load().
    forget(pluginId);
    PluginStatus status = load(jar);
    if (!status.isStarted()) {
      PluginStatus back = load(fallback);
      log.warn(
          "Plugin {}: the version in {} did not start ({}); {} serves again",
          pluginId,
          jar.getFileName(),
          status.error(),
          back.version());
    }
    return status;
  }

  /** The jar file name of a loaded or disabled plugin, or null. */
  public synchronized String file(String pluginId) {
    String file = fileOfPlugin.get(pluginId);
    if (file == null && disabled.containsKey(pluginId)) {
      file = disabled.get(pluginId).file();
    }
    return file;
  }

  private boolean forget(String pluginId) {
    boolean known = disabled.remove(pluginId) != null;
    if (manager.getPlugin(pluginId) != null) {
      manager.unloadPlugin(pluginId);
      known = true;
    }
    contributions.remove(pluginId);
    refused.remove(pluginId);
    fileOfPlugin.remove(pluginId);
    return known;
  }

  /**
   * Dev mode ({@code variatlas.dev.watch}): replaces the plugin built into {@code jar} by its new
   * build at run time. A copy of the jar is loaded, since the build rewrites the jar in place under
   * the plugin's class loader.
   *
   * @return the plugin's id
   * @throws IllegalStateException when the new build cannot be loaded or started (the reason)
   */
  public synchronized String reloadBuild(Path jar) {
    String id = DevReload.pluginId(jar);
    Path copy = DevReload.copy(jar, id);
    forget(id);
    PluginStatus status = load(copy);
    if (!status.isStarted()) {
      refresh();
      throw new IllegalStateException("plugin " + id + " is not served: " + status.error());
    }
    return id;
  }

  /**
   * Refuses, now and after every change, the plugin of each served topic the check finds a reason
   * against (null: none), e.g. a coverage naming an area the geography lacks: its topics are not
   * served and its status gives the reason (on /admin/plugins).
   */
  public synchronized void checkTopics(Function<InstalledTopic, String> check) {
    topicCheck = check;
    refresh();
  }

  /** The topics the check admits; the plugins of the others get the reason as their error. */
  private List<InstalledTopic> checked(List<InstalledTopic> served, Map<String, String> errors) {
    for (InstalledTopic topic : served) {
      String why = topicCheck.apply(topic);
      if (why != null) {
        errors.putIfAbsent(topic.pluginId(), "topic '" + topic.id() + "': " + why);
      }
    }
    return served.stream().filter(t -> !errors.containsKey(t.pluginId())).toList();
  }

  /**
   * Calls {@code listener} with the served topics after every completed change (not for the state
   * at start: read {@link #topics()} for that).
   */
  public void onChange(Consumer<List<InstalledTopic>> listener) {
    listeners.add(listener);
  }

  /** The directory plugins were loaded from. */
  public Path directory() {
    return directory;
  }

  /** Every jar of the directory with its state and, when not serving, the reason. */
  public List<PluginStatus> plugins() {
    return plugins;
  }

  /** One plugin's status by id. */
  public Optional<PluginStatus> plugin(String pluginId) {
    return plugins.stream().filter(p -> p.id().equals(pluginId)).findFirst();
  }

  /** The topics served, by {@link AtlasTopic#order()}, then English title. */
  public List<InstalledTopic> topics() {
    return topics;
  }

  /** Recomputes the served topics and the statuses, and tells the listeners. */
  private void refresh() {
    Map<String, String> errors = new HashMap<>(refused);
    List<Contribution> admitted =
        contributions.values().stream().filter(c -> !errors.containsKey(c.pluginId())).toList();
    List<InstalledTopic> served = checked(TopicAssembly.assemble(admitted, errors), errors);
    List<PluginStatus> statuses = new ArrayList<>();
    for (PluginWrapper wrapper : sorted(manager.getPlugins())) {
      String id = wrapper.getPluginId();
      String error = errors.get(id);
      if (error != null && wrapper.getPluginState() == PluginState.STARTED) {
        // Started by PF4J but refused by the platform: report it as failed, as PF4J would.
        wrapper.setPluginState(PluginState.FAILED);
        wrapper.setFailedException(new IllegalStateException(error));
        log.error("Plugin {} is not served: {}", id, error);
      } else if (error != null && logged.add(id + error)) {
        log.error("Plugin {} is {}: {}", id, wrapper.getPluginState(), error);
      }
      statuses.add(
          PluginStatus.of(wrapper, fileOfPlugin.get(id), wrapper.getPluginState().name(), error));
    }
    statuses.addAll(disabled.values());
    unreadable.forEach(
        (file, reason) ->
            statuses.add(
                new PluginStatus(file, null, null, null, file, PluginState.FAILED.name(), reason)));
    statuses.sort(Comparator.comparing(PluginStatus::id));
    boolean changed = !served.equals(topics);
    plugins = List.copyOf(statuses);
    topics = List.copyOf(served);
    if (changed) {
      listeners.forEach(l -> l.accept(topics));
    }
  }

  @Override
  public synchronized void close() {
    // Stop one by one, newest first: PF4J 3.15's stopPlugins() modifies the list it iterates
    // and throws ConcurrentModificationException as soon as one plugin is started.
    List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
    Collections.reverse(started);
    for (PluginWrapper wrapper : started) {
      manager.stopPlugin(wrapper.getPluginId());
    }
    manager.unloadPlugins();
  }

  private static List<PluginWrapper> sorted(List<PluginWrapper> wrappers) {
    return wrappers.stream().sorted(Comparator.comparing(PluginWrapper::getPluginId)).toList();
  }
}
