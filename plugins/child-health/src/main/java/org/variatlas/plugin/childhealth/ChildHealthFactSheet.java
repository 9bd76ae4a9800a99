package org.variatlas.plugin.childhealth;

import org.pf4j.Extension;
import org.variatlas.sdk.factsheet.StandardFactSheet;

/**
 * The child-health fact sheet: admissions of children, where the atlas found the largest variation
 * of the overall analyses, as published and computed on synthetic counts, and the outpatient
 * consultations.
 */
@Extension
public class ChildHealthFactSheet extends StandardFactSheet {

  public ChildHealthFactSheet() {
    super(
        new ChildHealthTopic(),
        "admissions",
        ChildHealthTopic.ADMISSIONS.indicatorId(),
        "outpatient-consultations");
  }
}
