package org.variatlas.app.areas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The files a geography pack reads: its YAML file and the data files it names, resolved in the data
 * directory. Every file read goes into the pack's fingerprint (SHA-256), so the platform can tell
 * when the geography it stored is stale. Problems name the pack file.
 */
final class PackFiles {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final Path packFile;
  private final Path dataDir;
  private final MessageDigest digest;

  PackFiles(Path packFile, Path dataDir) {
    this.packFile = packFile;
    this.dataDir = dataDir;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path packFile() {
    return packFile;
  }

  Path dataDir() {
    return dataDir;
  }

  /** The features of a GeoJSON data file. */
  List<GeoJson.Feature> features(String relative) {
    Path file = resolve(relative);
    hash(file);
    return GeoJson.read(file, relative, FACTORY);
  }

  /** A feature's property, trimmed, or a problem naming the file. */
  static String property(GeoJson.Feature f, String name, String file) {
    String v = f.properties().get(name);
    if (v == null || v.isBlank()) {
      throw new PackException(
          file + ": a feature lacks property '" + name + "': " + f.properties());
    }
    return v.trim();
  }

  /** A data file that must exist. */
  Path resolve(String relative) {
    require(relative != null, "a data file path is missing");
    Path p = dataDir.resolve(relative).normalize();
    require(
        Files.isRegularFile(p),
        "data file " + relative + " not found in the data directory " + dataDir);
    return p;
  }

  /** Adds a file's bytes to the fingerprint. */
  void hash(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new PackException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The fingerprint of every file hashed so far (call once, at the end). */
  String fingerprint() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A rule of the pack: when it fails, a problem naming the pack file. */
  void require(boolean condition, String message) {
    if (!condition) {
      throw new PackException(packFile.getFileName() + ": " + message);
    }
  }
}
