package org.variatlas.app.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds real plugin jars for tests from compiled test classes: a PF4J manifest descriptor, the
 * classes, and {@code META-INF/extensions.idx} naming the extensions (as PF4J's annotation
 * processor would write it).
 */
public final class PluginJars {

  private final Map<String, String> manifest = new LinkedHashMap<>();
  private List<Class<?>> classes = List.of();
  private List<Class<?>> extensions = List.of();

  private PluginJars() {}

  public static PluginJars plugin(String id) {
    PluginJars jar = new PluginJars();
    jar.manifest.put("Plugin-Id", id);
    jar.manifest.put("Plugin-Version", "1.2.3");
    jar.manifest.put("Plugin-Provider", "Tests");
    jar.manifest.put("Plugin-Requires", ">=1.0.0 & <2.0.0");
    return jar;
  }

  /** A jar with classes but no PF4J descriptor at all. */
  public static PluginJars withoutDescriptor() {
    return new PluginJars();
  }

  public PluginJars set(String attribute, String value) {
    manifest.put(attribute, value);
    return this;
  }

  public PluginJars classes(Class<?>... classes) {
    this.classes = List.copyOf(new java.util.LinkedHashSet<>(List.of(classes)));
    return this;
  }

  public PluginJars extensions(Class<?>... extensions) {
    this.extensions = List.of(extensions);
    return this;
  }

  public Path writeTo(Path dir, String fileName) {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((k, v) -> mf.getMainAttributes().put(new Attributes.Name(k), v));
    Path file = dir.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out, mf)) {
      for (Class<?> c : classes) {
        String entry = c.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(entry));
        try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
          in.transferTo(jar);
        }
        jar.closeEntry();
      }
      if (!extensions.isEmpty()) {
        jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
        StringBuilder index = new StringBuilder();
        extensions.forEach(e -> index.append(e.getName()).append('\n'));
        jar.write(index.toString().getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Bytes that are not a zip archive at all, named like a jar. */
  public static Path corrupt(Path dir, String fileName) {
    try {
      return Files.write(dir.resolve(fileName), "PK\u0003\u0004 this is not a jar".getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
