package org.variatlas.app.plugins;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/plugins}: every jar of the plugins directory with PF4J's state name and the
 * reason it is not serving (null when it is).
 */
@RestController
@RequestMapping("/api/v1/plugins")
@Tag(name = "Plugins", description = "The plugin jars of the atlas and whether they serve.")
class PluginsController {

  @Schema(name = "PluginJar", description = "A plugin jar of the plugins directory.")
  record Plugin(
      String id,
      String version,
      @Schema(description = "PF4J's state name, e.g. STARTED, DISABLED, FAILED.") String state,
      @Schema(description = "Why it does not serve (without file paths); null when it does.")
          String error) {}

  private final PluginRuntime runtime;

  PluginsController(PluginRuntime runtime) {
    this.runtime = runtime;
  }

  @GetMapping
  @Operation(summary = "Every plugin jar with its state and the reason it does not serve.")
  List<Plugin> plugins() {
    return runtime.plugins().stream()
        .map(
            p ->
                new Plugin(
                    p.id(),
                    p.version(),
                    p.state(),
                    p.error() == null ? null : PluginStatus.withoutPaths(p.error(), runtime)))
        .toList();
  }
}
