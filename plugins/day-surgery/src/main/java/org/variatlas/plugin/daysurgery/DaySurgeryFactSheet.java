package org.variatlas.plugin.daysurgery;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.factsheet.TopicSheet;
import org.variatlas.api.model.Messages;
import org.variatlas.api.ui.FactSheet;

/**
 * The day-surgery fact sheet: shoulder surgery (acromion resection), the procedure whose variation
 * the atlas discussed first, as published, and its computed counterpart on synthetic counts.
 */
@Extension
public class DaySurgeryFactSheet implements FactSheetView {

  private final DaySurgeryTopic topic = new DaySurgeryTopic();
  private final Messages messages = DaySurgeryTopic.messages();

  @Override
  public String topicId() {
    return DaySurgeryTopic.ID;
  }

  @Override
  public void compose(FactSheetContext context, FactSheet sheet) {
    TopicSheet.compose(
        context,
        sheet,
        topic,
        messages.text(DaySurgeryTopic.ID + ".factsheet.subtitle"),
        List.of(
            DaySurgeryProcedure.SHOULDER.id(),
            DaySurgeryProcedure.SHOULDER.syntheticId(),
            DaySurgeryProcedure.CATARACT.id()));
  }
}
