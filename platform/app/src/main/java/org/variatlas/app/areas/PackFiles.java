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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
  private final MessageDigest digest = sha256();
  private final Map<Path, String> fileHashes = new LinkedHashMap<>();
  private final DerivedFiles derived;

  /**
   * @param derived where results derived from the files are kept between starts (may be off)
   */
  PackFiles(Path packFile, Path dataDir, DerivedFiles derived) {
    this.packFile = packFile;
    this.dataDir = dataDir;
    this.derived = derived;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
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
    MessageDigest own = sha256();
    try (InputStream in =
        new DigestInputStream(new DigestInputStream(Files.newInputStream(file), digest), own)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new PackException("cannot read " + file + ": " + e.getMessage(), e);
    }
    fileHashes.put(file, HexFormat.of().formatHex(own.digest()));
  }

  /**
   * A text map derived from the files read so far (e.g. which area covers each base unit): kept
   * under a key made of {@code what} and the checksums of those files, so that a later start with
   * unchanged files reads it instead of computing it again.
   */
  Map<String, String> derived(String what, Supplier<Map<String, String>> compute) {
    MessageDigest key = sha256();
    key.update(what.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    fileHashes
        .values()
        .forEach(h -> key.update(h.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return derived.get(what + "-" + HexFormat.of().formatHex(key.digest()), compute);
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
