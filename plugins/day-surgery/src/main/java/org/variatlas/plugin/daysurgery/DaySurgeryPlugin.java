package org.variatlas.plugin.daysurgery;

import org.pf4j.Plugin;
import org.variatlas.api.TopicPluginContext;

/** The PF4J entry point of the day-surgery topic plugin. Its extensions do the work. */
public class DaySurgeryPlugin extends Plugin {

  private final TopicPluginContext context;

  public DaySurgeryPlugin(TopicPluginContext context) {
    this.context = context;
  }

  public TopicPluginContext context() {
    return context;
  }
}
