package org.variatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.variatlas.api.model.AreaRef;

/** The harness starts the whole platform on an empty plugins directory and stops it cleanly. */
class PlatformHarnessIT {

  @Test
  void the_platform_starts_with_its_geography_and_no_topics() throws IOException {
    Path plugins = Files.createTempDirectory("variatlas-harness-it-");
    try (PlatformHarness platform =
        PlatformHarness.start(plugins, PlatformHarness.dataDirectory())) {
      assertThat(platform.runtime().topics()).isEmpty();
      var geography = platform.geography().geography(null);
      assertThat(geography.areas("hf", 2024)).hasSize(21);
      assertThat(geography.findArea("hf", "Noreg")).map(AreaRef::code).hasValue("8888");
      assertThatThrownBy(() -> platform.run("nothing", "loader"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no served topic 'nothing'");
      assertThat(platform.countRows("nothing")).isZero();
    }
  }
}
