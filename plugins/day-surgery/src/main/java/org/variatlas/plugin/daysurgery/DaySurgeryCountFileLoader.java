package org.variatlas.plugin.daysurgery;

import org.pf4j.Extension;
import org.variatlas.api.counts.CountFileLoader;

/**
 * Loads a registry extract in the count-file format ({@code base_unit,year,sex,age,events}, see
 * {@link org.variatlas.api.counts.CountFile}) into one of the topic's measures. Run by an editor
 * with the parameters {@code file} and {@code measure}; never on install.
 */
@Extension
public class DaySurgeryCountFileLoader extends CountFileLoader {

  public DaySurgeryCountFileLoader() {
    super(
        new DaySurgeryTopic(),
        DaySurgeryTopic.messages().text(DaySurgeryTopic.ID + ".loader.count-file"));
  }
}
