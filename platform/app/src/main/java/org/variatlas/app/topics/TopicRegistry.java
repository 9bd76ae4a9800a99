package org.variatlas.app.topics;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.variatlas.app.plugins.PluginRuntime;

/** The topics the platform serves, as the started plugins describe them. */
@Component
public class TopicRegistry {

  private final PluginRuntime runtime;

  public TopicRegistry(PluginRuntime runtime) {
    this.runtime = runtime;
  }

  /** Served topics in display order. */
  public List<InstalledTopic> topics() {
    return runtime.topics();
  }

  public Optional<InstalledTopic> topic(String id) {
    return runtime.topics().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
