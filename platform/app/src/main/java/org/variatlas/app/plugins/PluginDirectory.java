package org.variatlas.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The plugins directory as the runtime reads it: its jars, in name order. */
final class PluginDirectory {

  private static final Logger log = LoggerFactory.getLogger(PluginDirectory.class);

  private PluginDirectory() {}

  /**
   * The {@code *.jar} files of {@code dir}, none when it does not exist; other files are logged and
   * ignored, and names starting with a dot are the platform's own (e.g. {@code .versions}: staged
   * and previous plugin versions).
   */
  static List<Path> jars(Path dir) {
    if (!Files.isDirectory(dir)) {
      log.warn("Plugins directory {} does not exist: no topics are served", dir);
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.sorted().toList();
      for (Path p : all) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue; // the platform's own (e.g. .versions: staged and previous plugin versions)
        }
        if (!name.endsWith(".jar") && !name.equals("disabled.txt") && !name.equals("enabled.txt")) {
          log.warn("Ignoring {} in the plugins directory: plugins are .jar files", p);
        }
      }
      return all.stream()
          .filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the plugins directory " + dir, e);
    }
  }
}
