package org.variatlas.app.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.variatlas.api.PluginApi;

/** Why a plugin is not serving, in words an operator can act on. */
final class PluginFailures {

  private PluginFailures() {}

  static String notStartedReason(PluginManager manager, PluginWrapper wrapper) {
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
    String sdk = PluginCompatibility.sdkMismatch(wrapper, manager.getVersionManager());
    if (wrapper.getPluginState() == PluginState.DISABLED && sdk != null) {
      return sdk;
    }
    if (wrapper.getPluginState() == PluginState.DISABLED) {
      return "disabled (listed in disabled.txt or not in enabled.txt of the plugins directory)";
    }
    Throwable failure = wrapper.getFailedException();
    if (failure != null) {
      return "failed to start: " + reason(failure, wrapper);
    }
    return "not started (state " + wrapper.getPluginState() + ")";
  }

  /**
   * Fails with the archive's own error when the file is not a readable jar; PF4J would only say
   * that no descriptor finder applies.
   */
  static void requireReadableJar(Path jar) {
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

  /** {@link #reason(Throwable)}, or why a class the plugin needs is missing from the platform. */
  static String reason(Throwable e, PluginWrapper wrapper) {
    String missing = wrapper == null ? null : PluginCompatibility.missingClass(e, wrapper);
    return missing != null ? missing : reason(e);
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

  static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
