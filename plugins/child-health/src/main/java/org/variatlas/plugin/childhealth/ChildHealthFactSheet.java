package org.variatlas.plugin.childhealth;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.factsheet.StandardFactSheet;

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
        ChildHealthTopic.messages().text(ChildHealthTopic.ID + ".factsheet.subtitle"),
        List.of(
            "admissions",
            ChildHealthSynthetic.ADMISSIONS.indicatorId(),
            "outpatient-consultations"));
  }
}
