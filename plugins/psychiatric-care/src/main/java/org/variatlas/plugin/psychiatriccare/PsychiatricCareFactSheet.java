package org.variatlas.plugin.psychiatriccare;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.factsheet.TopicSheet;
import org.variatlas.api.ui.FactSheet;

/**
 * The adult mental health fact sheet: inpatient stays, where the atlas found the largest variation
 * of the overall analyses, as published and computed on synthetic counts, and the patients in
 * outpatient treatment.
 */
@Extension
public class PsychiatricCareFactSheet implements FactSheetView {

  private final PsychiatricCareTopic topic = new PsychiatricCareTopic();

  @Override
  public String topicId() {
    return PsychiatricCareTopic.ID;
  }

  @Override
  public void compose(FactSheetContext context, FactSheet sheet) {
    TopicSheet.compose(
        context,
        sheet,
        topic,
        PsychiatricCareTopic.messages().text(PsychiatricCareTopic.ID + ".factsheet.subtitle"),
        List.of(
            "inpatient-stays",
            PsychiatricCareSynthetic.INPATIENT_STAYS.indicatorId(),
            "outpatient-patients"));
  }
}
