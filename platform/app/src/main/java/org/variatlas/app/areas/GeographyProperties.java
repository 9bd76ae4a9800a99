package org.variatlas.app.areas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code variatlas.geography.*}.
 *
 * @param pack the geography pack file ({@code VARIATLAS_GEOGRAPHY_PACK}); a relative path resolves
 *     against the working directory. Empty (the default): the Norway pack built into the platform,
 *     the repository's {@code config/geography/norway.yml} as the build packed it. Its data files
 *     are read from {@code variatlas.data-dir} either way.
 */
@ConfigurationProperties("variatlas.geography")
public record GeographyProperties(@DefaultValue("") String pack) {

  /** Where the build packs {@code config/geography/norway.yml} into the app. */
  static final String BUILT_IN = "geography/norway.yml";

  public Path packFile() {
    if (pack == null || pack.isBlank()) {
      return BuiltInPack.FILE;
    }
    Path file = Path.of(pack).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "variatlas.geography.pack (VARIATLAS_GEOGRAPHY_PACK) names "
              + file
              + ", which is not a file; leave it unset for the built-in Norway pack");
    }
    return file;
  }

  /** The built-in pack, as a file of its own (the pack reader reads and names files). */
  private static final class BuiltInPack {
    static final Path FILE = extract();

    private static Path extract() {
      try (InputStream in =
          GeographyProperties.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException(BUILT_IN + " is missing from the platform's classpath");
        }
        Path file = Files.createTempDirectory("variatlas-pack-").resolve("norway.yml");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot unpack the built-in geography pack", e);
      }
    }
  }
}
