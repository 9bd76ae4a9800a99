package org.variatlas.app.plugins;

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
class PluginsController {

  record Plugin(String id, String version, String state, String error) {}

  private final PluginRuntime runtime;

  PluginsController(PluginRuntime runtime) {
    this.runtime = runtime;
  }

  @GetMapping
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
