package org.variatlas.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the plugin SDK, independent of the plugin API's ({@link
 * org.variatlas.api.PluginApi#VERSION}). A plugin built on the plugin parent states the range it
 * works with in its manifest ({@code Variatlas-SDK-Requires: >=1.0.0 & <2.0.0}, from the version it
 * compiled against); the platform provides the SDK at run time and refuses a plugin whose range
 * excludes {@link #VERSION}.
 */
public final class Sdk {

  /** Semantic version of the SDK, e.g. {@code 1.0.0}. */
  public static final String VERSION = readVersion();

  private Sdk() {}

  private static String readVersion() {
    try (InputStream in = Sdk.class.getResourceAsStream("sdk-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("sdk-version.properties missing from the SDK jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("sdk.version");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the SDK version", e);
    }
  }
}
