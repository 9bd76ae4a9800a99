package org.variatlas.plugin.childhealth;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.factsheet.TopicSheet;
import org.variatlas.api.ui.FactSheet;

/**
 * The child-health fact sheet: admissions of children, where the atlas found the largest variation
 * of the overall analyses, as published and computed on synthetic counts, and the outpatient
 * consultations.
 */
@Extension
public class ChildHealthFactSheet implements FactSheetView {

  private final ChildHealthTopic topic = new ChildHealthTopic();

  @Override
  public String topicId() {
    return ChildHealthTopic.ID;
  }

  @Override
  public void compose(FactSheetContext context, FactSheet sheet) {
    TopicSheet.compose(
        context,
        sheet,
        topic,
        ChildHealthTopic.messages().text(ChildHealthTopic.ID + ".factsheet.subtitle"),
        List.of(
            "admissions",
            ChildHealthSynthetic.ADMISSIONS.indicatorId(),
            "outpatient-consultations"));
  }
}
