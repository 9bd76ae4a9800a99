package org.variatlas.app.areas;

import java.nio.file.Path;

/** The repository's Norway pack and the shared data directory, as the build passes them. */
public final class Packs {

  private static GeographyPack norway;

  private Packs() {}

  /** The data directory ({@code variatlas.data-dir}, set by Surefire and Failsafe). */
  public static Path dataDirectory() {
    return Path.of(System.getProperty("variatlas.data-dir", "../../../shared/data"))
        .toAbsolutePath()
        .normalize();
  }

  public static Path norwayFile() {
    return new GeographyProperties("").packFile();
  }

  /** The Norway pack, loaded once per test JVM. */
  public static synchronized GeographyPack norway() {
    if (norway == null) {
      norway = GeographyPackLoader.load(norwayFile(), dataDirectory());
    }
    return norway;
  }
}
