package org.variatlas.app.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;
import org.variatlas.api.PluginApi;
import org.variatlas.sdk.Sdk;

/**
 * What a plugin jar says it was built against (the manifest entries the plugin parent writes:
 * {@code Variatlas-Plugin-API}, {@code Variatlas-SDK}, {@code Variatlas-SDK-Requires}) and whether
 * this platform provides it. PF4J checks {@code Plugin-Requires} against the plugin API itself;
 * this adds the SDK's range and turns a class the platform lacks into a reason a partner can act
 * on.
 */
final class PluginCompatibility {

  static final String API_BUILT_AGAINST = "Variatlas-Plugin-API";
  static final String SDK_BUILT_AGAINST = "Variatlas-SDK";
  static final String SDK_REQUIRES = "Variatlas-SDK-Requires";

  private PluginCompatibility() {}

  /** Whether the platform's SDK is in the range the plugin's manifest requires (none: yes). */
  static boolean sdkAccepted(PluginWrapper wrapper, VersionManager versions) {
    String requires = attribute(wrapper, SDK_REQUIRES);
    return requires == null || versions.checkVersionConstraint(Sdk.VERSION, requires);
  }

  /** Why the SDK range excludes this platform's SDK, or null when it does not. */
  static String sdkMismatch(PluginWrapper wrapper, VersionManager versions) {
    if (sdkAccepted(wrapper, versions)) {
      return null;
    }
    return "requires SDK "
        + attribute(wrapper, SDK_REQUIRES)
        + ", but this platform provides SDK "
        + Sdk.VERSION
        + builtAgainst(wrapper);
  }

  /**
   * Explains a failure caused by a class of the plugin API or the SDK that this platform does not
   * have, or returns null for any other failure.
   */
  static String missingClass(Throwable failure, PluginWrapper wrapper) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
        String missing = String.valueOf(t.getMessage()).replace('/', '.');
        if (missing.startsWith("org.variatlas.api.") || missing.startsWith("org.variatlas.sdk.")) {
          String api = attribute(wrapper, API_BUILT_AGAINST);
          String sdk = attribute(wrapper, SDK_BUILT_AGAINST);
          return "compiled against plugin API "
              + (api == null ? "(unknown: no " + API_BUILT_AGAINST + " in its manifest)" : api)
              + (sdk == null ? "" : " and SDK " + sdk)
              + ", this platform provides plugin API "
              + PluginApi.VERSION
              + " and SDK "
              + Sdk.VERSION
              + ": it has no "
              + missing
              + " (build the plugin against this atlas' SDK, served at /sdk/maven/)";
        }
      }
    }
    return null;
  }

  /**
   * Loads every extension class the plugin's index names, so that one the platform cannot link
   * (PF4J would log and skip it) fails the plugin with the reason.
   */
  static void requireLinkableExtensions(Iterable<String> classNames, PluginWrapper wrapper) {
    for (String name : classNames) {
      try {
        Class.forName(name, false, wrapper.getPluginClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        String explained = missingClass(e, wrapper);
        throw new IllegalStateException(
            "extension " + name + " cannot be loaded: " + (explained != null ? explained : e), e);
      }
    }
  }

  private static String builtAgainst(PluginWrapper wrapper) {
    String sdk = attribute(wrapper, SDK_BUILT_AGAINST);
    return sdk == null ? "" : " (it was compiled against SDK " + sdk + ")";
  }

  private static String attribute(PluginWrapper wrapper, String name) {
    Path jar = wrapper.getPluginPath();
    if (jar == null || !Files.isRegularFile(jar)) {
      return null;
    }
    try (JarFile archive = new JarFile(jar.toFile())) {
      Attributes main =
          archive.getManifest() == null ? null : archive.getManifest().getMainAttributes();
      String value = main == null ? null : main.getValue(name);
      return value == null || value.isBlank() ? null : value.trim();
    } catch (IOException e) {
      return null;
    }
  }
}
