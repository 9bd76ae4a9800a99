package org.variatlas.app.loads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.security.Actors;

/**
 * Where files editors upload wait for their run: each in a directory of its own under {@code
 * variatlas.uploads.dir}, under its original name (so that a {@code .csv.gz} is read as gzip and
 * problems and the run's record name the file the editor chose, not a temporary path). What is left
 * there from an earlier process is deleted at start-up.
 */
@Service
@EnableConfigurationProperties(Uploads.Settings.class)
public class Uploads {

  private static final Logger log = LoggerFactory.getLogger(Uploads.class);

  /**
   * {@code variatlas.uploads.*}.
   *
   * @param maxSize the largest file accepted, compressed or not (checked before the body is read)
   * @param dir where uploads wait for their run; emptied at start-up
   */
  @ConfigurationProperties("variatlas.uploads")
  public record Settings(@DefaultValue("512MB") DataSize maxSize, String dir) {}

  private final Path root;
  private final DataSize maxSize;
  private final AuditLog audit;

  public Uploads(Settings settings, AuditLog audit) {
    this.maxSize = settings.maxSize();
    this.audit = audit;
    this.root =
        (settings.dir() == null || settings.dir().isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "variatlas-uploads")
                : Path.of(settings.dir()))
            .toAbsolutePath()
            .normalize();
    try {
      deleteTree(root);
      Files.createDirectories(root);
      ownerOnly(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the upload directory " + root, e);
    }
  }

  /** The largest file accepted. */
  public DataSize maxSize() {
    return maxSize;
  }

  /**
   * A new, empty place for an uploaded file with this (client-given) name; the upload is recorded
   * in the audit trail with the person of the current request.
   */
  public Path newFile(String originalName) throws IOException {
    audit.record(Actors.current(), AuditLog.UPLOAD, originalName, AuditLog.OK, null);
    Path dir = Files.createTempDirectory(root, "upload-");
    ownerOnly(dir);
    return dir.resolve(safeName(originalName));
  }

  /** Deletes an uploaded file and its directory; nothing happens for a path outside the uploads. */
  public void delete(Path file) {
    Path p = file.toAbsolutePath().normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      return;
    }
    try {
      deleteTree(p.getParent().equals(root) ? p : p.getParent());
    } catch (IOException e) {
      log.warn("Cannot delete the upload {}: {}", p, e.getMessage());
    }
  }

  /**
   * How a run records a parameter: an uploaded file by its original name, anything else as given.
   */
  public String shown(String value) {
    if (value == null || value.isBlank()) {
      return value;
    }
    try {
      Path p = Path.of(value).toAbsolutePath().normalize();
      return p.startsWith(root) ? p.getFileName().toString() : value;
    } catch (RuntimeException e) {
      return value;
    }
  }

  /** A client's file name without directories or characters a file system may refuse. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    return base.length() > 120 ? base.substring(base.length() - 120) : base;
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void ownerOnly(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
