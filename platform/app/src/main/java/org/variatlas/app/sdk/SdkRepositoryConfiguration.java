package org.variatlas.app.sdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the SDK's Maven repository read-only at {@value #PATH}: a partner's {@code pom.xml} names
 * this atlas as a repository and so always compiles against the plugin API it runs. Only GET and
 * HEAD reach it (the access table's row); files are served as they are, with the checksums the
 * build wrote beside them.
 */
@Configuration
public class SdkRepositoryConfiguration implements WebMvcConfigurer {

  /** The URL path of the repository, as the README's {@code <repository>} block names it. */
  public static final String PATH = "/sdk/maven/";

  private static final Logger log = LoggerFactory.getLogger(SdkRepositoryConfiguration.class);

  private final Path directory;

  public SdkRepositoryConfiguration(SdkProperties properties) {
    this.directory = properties.repositoryDirectory();
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    if (!Files.isDirectory(directory)) {
      log.warn(
          "The SDK repository {} (variatlas.sdk.repository) does not exist: {} answers 404."
              + " Build it with the reactor (mvn package) or point the setting at it.",
          directory,
          PATH);
    }
    registry
        .addResourceHandler(PATH + "**")
        .addResourceLocations(directory.toUri().toString())
        // Snapshots change with every build of the platform: Maven checks, a browser revalidates.
        .setCacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate())
        .resourceChain(false);
  }
}
