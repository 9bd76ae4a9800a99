package org.variatlas.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this plugin contract. A plugin states the range it works with in its descriptor
 * ({@code Plugin-Requires: >=1.0.0 & <2.0.0}); the platform refuses plugins whose range excludes
 * {@link #VERSION}.
 */
public final class PluginApi {

  /** Semantic version of the contract (not of the platform build), e.g. {@code 1.0.0}. */
  public static final String VERSION = readVersion();

  private PluginApi() {}

  private static String readVersion() {
    try (InputStream in = PluginApi.class.getResourceAsStream("api-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("api-version.properties missing from the plugin API jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("api.version");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the plugin API version", e);
    }
  }
}
