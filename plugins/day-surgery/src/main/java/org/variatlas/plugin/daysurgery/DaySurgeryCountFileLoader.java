package org.variatlas.plugin.daysurgery;

import org.pf4j.Extension;
import org.variatlas.sdk.counts.CountFileLoader;

/** Registry extracts in the count-file format for the topic's measures, run by an editor. */
@Extension
public class DaySurgeryCountFileLoader extends CountFileLoader {

  public DaySurgeryCountFileLoader() {
    super(new DaySurgeryTopic());
  }
}
