package org.variatlas.app.areas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text maps computed from a geography pack's files and kept in a directory between starts, one file
 * per key (the key carries the input files' checksums, so a changed input is a new key and an old
 * file is never read for it). A cache only: an unreadable or unwritable directory costs the
 * computation, never the start.
 */
final class DerivedFiles {

  private static final Logger log = LoggerFactory.getLogger(DerivedFiles.class);

  private final Path directory;

  /**
   * @param directory where the files are kept; null computes every time
   */
  DerivedFiles(Path directory) {
    this.directory = directory;
  }

  /** Nothing kept: every map is computed. */
  static DerivedFiles none() {
    return new DerivedFiles(null);
  }

  /** The map kept under the key, or else the computed one (then kept). */
  Map<String, String> get(String key, Supplier<Map<String, String>> compute) {
    if (directory == null) {
      return compute.get();
    }
    Path file = directory.resolve(key + ".tsv");
    if (Files.isRegularFile(file)) {
      try {
        return read(file);
      } catch (IOException | RuntimeException e) {
        log.warn("Cannot read the derived file {}; computing it again", file, e);
      }
    }
    Map<String, String> computed = compute.get();
    try {
      write(file, computed);
    } catch (IOException e) {
      log.warn("Cannot keep the derived file {}: {}", file, e.toString());
    }
    return computed;
  }

  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException("a line without a tab: " + line);
      }
      out.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return out;
  }

  /** Written to a temporary file and moved into place, so that a reader never sees half a file. */
  private void write(Path file, Map<String, String> map) throws IOException {
    Files.createDirectories(directory);
    StringBuilder text = new StringBuilder();
    map.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
    Path temporary = Files.createTempFile(directory, "derived-", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
