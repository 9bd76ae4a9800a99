package org.variatlas.plugin.childhealth;

import org.pf4j.Plugin;
import org.variatlas.api.TopicPluginContext;

/** The PF4J entry point of the child-health topic plugin. Its extensions do the work. */
public class ChildHealthPlugin extends Plugin {

  private final TopicPluginContext context;

  public ChildHealthPlugin(TopicPluginContext context) {
    this.context = context;
  }

  public TopicPluginContext context() {
    return context;
  }
}
