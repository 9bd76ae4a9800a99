package org.variatlas.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.app.SharedApp;
import org.variatlas.app.plugins.fixture.OtherFixtureTopic;

class PluginImportsTest {

  @TempDir Path dir;

  @Test
  void a_plugin_using_only_the_api_and_the_jdk_keeps_the_rule() {
    Path jar =
        PluginJars.plugin("good")
            .classes(OtherFixtureTopic.class)
            .extensions(OtherFixtureTopic.class)
            .writeTo(dir, "good.jar");

    assertThat(PluginImports.violations(jar)).isEmpty();
  }

  @Test
  void a_class_using_spring_is_named_with_what_it_uses() {
    Path jar =
        PluginJars.plugin("leaky")
            .classes(OtherFixtureTopic.class, SharedApp.class)
            .writeTo(dir, "leaky.jar");

    assertThat(PluginImports.violations(jar))
        .singleElement()
        .asString()
        .startsWith("org.variatlas.app.SharedApp uses ")
        .contains("org.springframework.boot.test.context.SpringBootTest");
  }

  @Test
  void a_bundled_copy_of_the_plugin_api_is_refused() {
    Path jar =
        PluginJars.plugin("bundling")
            .classes(OtherFixtureTopic.class, org.variatlas.api.PluginApi.class)
            .writeTo(dir, "bundling.jar");

    assertThat(PluginImports.violations(jar))
        .anySatisfy(v -> assertThat(v).contains("org.variatlas.api.PluginApi is a class of"));
  }
}
