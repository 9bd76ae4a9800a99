package org.variatlas.app.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runtime settings under {@code variatlas.*} (see {@code config/application.yml}). Paths are plain
 * strings here because Spring converts strings to {@link Path} through its resource loading, which
 * refuses {@code ../}; relative paths resolve against the working directory.
 *
 * @param dataDir the directory real data is read from (geography, population, published atlases)
 * @param pluginsDir the directory topic plugin jars are loaded from
 * @param database the embedded database's settings (used when no external one is configured)
 * @param cacheDir where files derived from the data are kept between starts (a cache: safe to
 *     delete; entries are keyed by their input files' checksums)
 */
@ConfigurationProperties("variatlas")
public record VariatlasProperties(
    @DefaultValue("../shared/data") String dataDir,
    @DefaultValue("target/plugins") String pluginsDir,
    @DefaultValue Database database,
    @DefaultValue("var/cache") String cacheDir) {

  /**
   * @param dataDir where the embedded PostgreSQL keeps its files across restarts
   * @param port the embedded PostgreSQL's TCP port on localhost; 0 picks a free one
   * @param temporary whether the data directory is deleted when the app stops (tests, demos: a
   *     fresh database each run and no gigabyte left behind)
   */
  public record Database(
      @DefaultValue("var/postgres") String dataDir,
      @DefaultValue("0") int port,
      @DefaultValue("false") boolean temporary) {

    public Path dataDirectory() {
      return Path.of(dataDir).toAbsolutePath().normalize();
    }
  }

  public Path dataDirectory() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  /** Where files derived from the data (e.g. the geography pack's spatial memberships) are kept. */
  public Path cacheDirectory() {
    return Path.of(cacheDir).toAbsolutePath().normalize();
  }

  public Path pluginsDirectory() {
    return Path.of(pluginsDir).toAbsolutePath().normalize();
  }
}
