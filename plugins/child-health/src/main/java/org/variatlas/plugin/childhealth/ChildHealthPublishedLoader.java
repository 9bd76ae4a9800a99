package org.variatlas.plugin.childhealth;

import org.pf4j.Extension;
import org.variatlas.sdk.helseatlas.ResultBoxLoader;

/**
 * Imports the published figures of Helseatlas barn 2025 from its result-box data files: per
 * indicator, area and period 2022-2024 the value, numerator and denominator, the yearly values and
 * the stacked parts. Area names go out as the files write them; the platform matches them.
 */
@Extension
public class ChildHealthPublishedLoader extends ResultBoxLoader {

  public ChildHealthPublishedLoader() {
    this(new ChildHealthTopic());
  }

  private ChildHealthPublishedLoader(ChildHealthTopic topic) {
    super(topic, "published-results", ChildHealthCatalogue.DIRECTORY, topic.published());
  }
}
