package org.variatlas.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.PluginApi;
import org.variatlas.app.plugins.fixture.FixtureTopic;
import org.variatlas.app.plugins.fixture.InvalidTopic;
import org.variatlas.app.plugins.fixture.OtherFixtureTopic;
import org.variatlas.app.plugins.fixture.ThrowingPlugin;
import org.variatlas.app.topics.InstalledTopic;

class PluginRuntimeTest {

  @TempDir Path plugins;

  @Test
  void a_sound_plugin_is_started_and_its_topic_served() {
    good("good", OtherFixtureTopic.class).writeTo(plugins, "good.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      assertThat(runtime.plugins())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.id()).isEqualTo("good");
                assertThat(p.version()).isEqualTo("1.2.3");
                assertThat(p.state()).isEqualTo("STARTED");
                assertThat(p.error()).isNull();
              });
      assertThat(runtime.topics()).extracting(InstalledTopic::id).containsExactly("other-fixture");
    }
  }

  @Test
  void a_topic_the_platform_refuses_at_start_is_not_served_and_its_status_says_why() {
    good("good", OtherFixtureTopic.class).writeTo(plugins, "good.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      runtime.checkTopics(t -> "coverage: the geography has no area 'Atlantis'");

      assertThat(runtime.topics()).isEmpty();
      assertThat(runtime.plugins())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.state()).isEqualTo("FAILED");
                assertThat(p.error())
                    .isEqualTo(
                        "topic 'other-fixture': coverage: the geography has no area 'Atlantis'");
              });
    }
  }

  @Test
  void a_corrupt_jar_is_reported_as_failed_and_the_others_still_served() {
    PluginJars.corrupt(plugins, "broken.jar");
    good("good", OtherFixtureTopic.class).writeTo(plugins, "good.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      PluginStatus broken = status(runtime, "broken.jar");
      assertThat(broken.state()).isEqualTo("FAILED");
      assertThat(broken.version()).isNull();
      assertThat(broken.error()).isNotBlank();
      assertThat(runtime.topics()).extracting(InstalledTopic::id).containsExactly("other-fixture");
    }
  }

  @Test
  void a_jar_without_descriptor_is_reported_as_failed() {
    PluginJars.withoutDescriptor()
        .classes(FixtureTopic.class)
        .extensions(FixtureTopic.class)
        .writeTo(plugins, "anonymous.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      PluginStatus anonymous = status(runtime, "anonymous.jar");
      assertThat(anonymous.state()).isEqualTo("FAILED");
      assertThat(anonymous.error()).containsIgnoringCase("descriptor");
      assertThat(runtime.topics()).isEmpty();
    }
  }

  @Test
  void a_plugin_requiring_a_future_api_is_refused_with_the_versions_in_the_reason() {
    good("future", OtherFixtureTopic.class)
        .set("Plugin-Requires", ">=2.0.0")
        .writeTo(plugins, "future.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      PluginStatus future = status(runtime, "future");
      assertThat(future.state()).isIn("DISABLED", "FAILED");
      assertThat(future.error()).contains(">=2.0.0").contains(PluginApi.VERSION);
      assertThat(runtime.topics()).isEmpty();
    }
  }

  @Test
  void a_plugin_that_throws_on_start_is_failed_with_its_exception() {
    good("thrower", OtherFixtureTopic.class)
        .set("Plugin-Class", ThrowingPlugin.class.getName())
        .classes(OtherFixtureTopic.class, FixtureTopic.class, ThrowingPlugin.class)
        .writeTo(plugins, "thrower.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      PluginStatus thrower = status(runtime, "thrower");
      assertThat(thrower.state()).isEqualTo("FAILED");
      assertThat(thrower.error()).contains("cannot open its configuration");
      assertThat(runtime.topics()).isEmpty();
    }
  }

  @Test
  void two_plugins_claiming_one_topic_id_are_both_refused_and_others_served() {
    good("first", FixtureTopic.class).writeTo(plugins, "first.jar");
    good("second", FixtureTopic.class).writeTo(plugins, "second.jar");
    good("good", OtherFixtureTopic.class).writeTo(plugins, "good.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      for (String id : new String[] {"first", "second"}) {
        PluginStatus status = status(runtime, id);
        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.error()).contains("topic id 'fixture'");
      }
      assertThat(status(runtime, "first").error()).contains("second");
      assertThat(runtime.topics()).extracting(InstalledTopic::id).containsExactly("other-fixture");
    }
  }

  @Test
  void a_plugin_with_an_invalid_topic_is_failed_with_the_problem() {
    good("invalid", InvalidTopic.class).writeTo(plugins, "invalid.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      assertThat(status(runtime, "invalid").state()).isEqualTo("FAILED");
      assertThat(status(runtime, "invalid").error()).contains("unknown chapter 'missing'");
      assertThat(runtime.topics()).isEmpty();
    }
  }

  @Test
  void a_plugin_without_extensions_is_failed_with_a_hint() {
    PluginJars.plugin("empty").classes(FixtureTopic.class).writeTo(plugins, "empty.jar");

    try (PluginRuntime runtime = PluginRuntime.start(plugins)) {
      assertThat(status(runtime, "empty").state()).isEqualTo("FAILED");
      assertThat(status(runtime, "empty").error()).contains("annotation processor");
    }
  }

  @Test
  void a_missing_plugins_directory_serves_nothing_without_failing() {
    try (PluginRuntime runtime = PluginRuntime.start(plugins.resolve("absent"))) {
      assertThat(runtime.plugins()).isEmpty();
      assertThat(runtime.topics()).isEmpty();
    }
  }

  private static PluginJars good(String id, Class<?> topic) {
    return PluginJars.plugin(id).classes(topic, FixtureTopic.class).extensions(topic);
  }

  private static PluginStatus status(PluginRuntime runtime, String id) {
    return runtime.plugins().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no status for " + id + ": " + runtime.plugins()));
  }
}
