package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Plugin;
import org.variatlas.api.TopicPluginContext;

/** The PF4J entry point of the psychiatric-care topic plugin. Its extensions do the work. */
public class PsychiatricCarePlugin extends Plugin {

  private final TopicPluginContext context;

  public PsychiatricCarePlugin(TopicPluginContext context) {
    this.context = context;
  }

  public TopicPluginContext context() {
    return context;
  }
}
