package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.sdk.counts.CountFileLoader;

/** Registry extracts in the count-file format for the topic's measures, run by an editor. */
@Extension
public class PsychiatricCareCountFileLoader extends CountFileLoader {

  public PsychiatricCareCountFileLoader() {
    super(new PsychiatricCareTopic());
  }
}
