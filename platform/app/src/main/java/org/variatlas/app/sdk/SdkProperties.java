package org.variatlas.app.sdk;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code variatlas.sdk.*}.
 *
 * @param repository the file-layout Maven repository the reactor assembles ({@code
 *     target/sdk-maven}: BOM, parents, plugin API and SDK with sources and Javadoc, test kit,
 *     archetype), served read-only at {@code /sdk/maven/} so that a partner builds against the API
 *     this atlas runs. A relative path resolves against the working directory; a missing directory
 *     serves nothing (404) and says so in the log.
 */
@ConfigurationProperties("variatlas.sdk")
public record SdkProperties(@DefaultValue("target/sdk-maven") String repository) {

  public Path repositoryDirectory() {
    return Path.of(repository).toAbsolutePath().normalize();
  }
}
