package org.variatlas.app.plugins;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.variatlas.api.PluginApi;
import org.variatlas.api.TopicPluginContext;

/**
 * Creates a plugin's {@link Plugin} class with a {@link TopicPluginContext} (or its no-argument
 * constructor), or a plain {@link Plugin} when the descriptor names none. Unlike PF4J's default
 * factory it does not swallow failures: a constructor that throws fails the plugin with that cause,
 * which the plugin list then shows.
 */
final class ContextPluginFactory implements PluginFactory {

  @Override
  public Plugin create(PluginWrapper wrapper) {
    String className = wrapper.getDescriptor().getPluginClass();
    if (className == null || className.isBlank()) {
      return new Plugin(); // Plugin-Class is optional: a topic plugin's extensions do the work
    }
    Class<?> pluginClass;
    try {
      pluginClass = wrapper.getPluginClassLoader().loadClass(className);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new PluginRuntimeException(e, "plugin class {} not found in the jar", className);
    }
    if (!Plugin.class.isAssignableFrom(pluginClass)
        || Modifier.isAbstract(pluginClass.getModifiers())) {
      throw new PluginRuntimeException(
          "plugin class {} is not a concrete subclass of org.pf4j.Plugin", className);
    }
    TopicPluginContext context =
        new TopicPluginContext(
            wrapper.getPluginId(), wrapper.getDescriptor().getVersion(), PluginApi.VERSION);
    try {
      try {
        Constructor<?> withContext = pluginClass.getConstructor(TopicPluginContext.class);
        return (Plugin) withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        return (Plugin) pluginClass.getConstructor().newInstance();
      }
    } catch (InvocationTargetException e) {
      throw new PluginRuntimeException(
          e.getCause(), "plugin class {} failed in its constructor: {}", className, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new PluginRuntimeException(
          e,
          "plugin class {} needs a public constructor taking TopicPluginContext or none",
          className);
    }
  }
}
