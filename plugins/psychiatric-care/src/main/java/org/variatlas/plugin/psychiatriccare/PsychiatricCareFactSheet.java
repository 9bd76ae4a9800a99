package org.variatlas.plugin.psychiatriccare;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.factsheet.StandardFactSheet;

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
        PsychiatricCareTopic.messages().text(PsychiatricCareTopic.ID + ".factsheet.subtitle"),
        List.of(
            "inpatient-stays",
            PsychiatricCareSynthetic.INPATIENT_STAYS.indicatorId(),
            "outpatient-patients"));
  }
}
