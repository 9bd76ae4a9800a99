package org.variatlas.app.plugins;

import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginFactory;
import org.pf4j.PluginWrapper;
import org.variatlas.api.PluginApi;

/**
 * PF4J's default manager with our plugin factory and the plugin API version as the system version
 * that {@code Plugin-Requires} is checked against.
 */
final class AtlasPluginManager extends DefaultPluginManager {

  AtlasPluginManager(Path root) {
    super(root);
    setSystemVersion(PluginApi.VERSION);
    setExactVersionAllowed(true);
  }

  @Override
  protected PluginFactory createPluginFactory() {
    return new ContextPluginFactory();
  }

  /** PF4J's check of Plugin-Requires, and the SDK range of the plugin's manifest. */
  @Override
  protected boolean isPluginValid(PluginWrapper wrapper) {
    return super.isPluginValid(wrapper)
        && PluginCompatibility.sdkAccepted(wrapper, getVersionManager());
  }
}
