package org.variatlas.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract test a plugin copies: extend it, name the topic, run it with Failsafe after {@code
 * package}. Once per class it starts the whole platform on the jar this build produced ({@link
 * PluginHarness#builtPluginJar()}), loads the population of the data directory ({@code
 * VARIATLAS_DATA_DIR} or {@code -Dvariatlas.data-dir}), runs the topic's {@code loadOnInstall()}
 * loaders and computes its results; then it checks what every plugin must satisfy. Subclasses add
 * their topic's own checks on {@link #platform()}.
 *
 * <pre>{@code
 * class HipFractureContractIT extends TopicContractTests {
 *   HipFractureContractIT() {
 *     super("hip-fracture");
 *   }
 * }
 * }</pre>
 *
 * <p>It imports nothing from the platform's packages: a plugin's test depends on the test kit only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TopicContractTests {

  private final String pluginId;
  private final String topicId;
  private PlatformHarness platform;

  /** A plugin whose id is its topic's. */
  protected TopicContractTests(String topicId) {
    this(topicId, topicId);
  }

  protected TopicContractTests(String pluginId, String topicId) {
    this.pluginId = pluginId;
    this.topicId = topicId;
  }

  @BeforeAll
  final void startThePlatformAndLoad() {
    platform = PlatformHarness.start(PluginHarness.builtPluginJar());
    TopicContract.loadOnInstall(platform, topicId);
  }

  @AfterAll
  final void stopThePlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  /** The platform with the plugin loaded and its results computed. */
  protected PlatformHarness platform() {
    return platform;
  }

  @Test
  void the_built_jar_starts_and_serves_its_topic_in_three_languages() {
    TopicContract.verify(platform, pluginId, topicId);
  }

  @Test
  void the_jar_uses_only_the_plugin_api_the_sdk_pf4j_and_the_jdk() {
    TopicContract.verifyImports(PluginHarness.builtPluginJar());
  }

  @Test
  void every_indicator_has_a_value_for_every_covered_area_or_a_stated_reason() {
    TopicContract.verifyValues(platform, topicId);
  }
}
