package org.variatlas.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The files of a dev-mode reload: the plugin id a jar declares, and the copy that is loaded. */
final class DevReload {

  private static Path copies;
  private static int generation;

  private DevReload() {}

  /** The jar's {@code Plugin-Id}. */
  static String pluginId(Path jar) {
    try (JarFile archive = new JarFile(jar.toFile())) {
      Manifest manifest = archive.getManifest();
      String id = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
      if (id == null || id.isBlank()) {
        throw new IllegalStateException(jar + " has no Plugin-Id in its manifest");
      }
      return id.trim();
    } catch (IOException e) {
      throw new IllegalStateException("not a readable jar file: " + jar + ": " + e.getMessage(), e);
    }
  }

  /** A copy of the jar under a name of its own (a class loader keeps the file it opened). */
  static synchronized Path copy(Path jar, String id) {
    try {
      if (copies == null) {
        copies = Files.createTempDirectory("variatlas-dev-plugins-");
        copies.toFile().deleteOnExit();
      }
      Path copy = copies.resolve(id + "-" + (++generation) + ".jar");
      Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
      copy.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + jar + " for loading", e);
    }
  }
}
