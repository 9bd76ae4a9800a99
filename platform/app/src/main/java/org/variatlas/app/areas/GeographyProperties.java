package org.variatlas.app.areas;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code variatlas.geography.*}.
 *
 * @param pack the geography pack file. A relative path resolves against the working directory or,
 *     when it is not there, against the nearest parent directory that has it, so that the app, its
 *     tests and the test kit find the repository's {@code config/geography/norway.yml} from any
 *     module. Its data files are read from {@code variatlas.data-dir}.
 */
@ConfigurationProperties("variatlas.geography")
public record GeographyProperties(@DefaultValue("config/geography/norway.yml") String pack) {

  public Path packFile() {
    Path given = Path.of(pack);
    if (given.isAbsolute()) {
      return given.normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(given))) {
        return d.resolve(given).normalize();
      }
    }
    return dir.resolve(given).normalize();
  }
}
