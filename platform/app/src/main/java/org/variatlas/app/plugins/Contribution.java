package org.variatlas.app.plugins;

import java.util.ArrayList;
import java.util.List;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.DataLoader;
import org.variatlas.api.FactSheetView;

/** The extensions one started plugin contributes. */
record Contribution(
    String pluginId,
    String pluginVersion,
    List<AtlasTopic> topics,
    List<DataLoader> loaders,
    List<FactSheetView> factSheets) {

  static Contribution of(PluginManager manager, PluginWrapper wrapper) {
    String id = wrapper.getPluginId();
    PluginCompatibility.requireLinkableExtensions(manager.getExtensionClassNames(id), wrapper);
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
