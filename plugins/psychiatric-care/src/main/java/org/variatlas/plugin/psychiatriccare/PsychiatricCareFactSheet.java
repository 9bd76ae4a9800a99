package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.sdk.factsheet.StandardFactSheet;

/**
 * The adult mental health fact sheet: inpatient stays, where the atlas found the largest variation
 * of the overall analyses, as published and computed on synthetic counts, and the patients in
 * outpatient treatment.
 */
@Extension
public class PsychiatricCareFactSheet extends StandardFactSheet {

  public PsychiatricCareFactSheet() {
    super(
        new PsychiatricCareTopic(),
        "inpatient-stays",
        PsychiatricCareTopic.INPATIENT_STAYS.indicatorId(),
        "outpatient-patients");
  }
}
