package org.variatlas.plugin.daysurgery;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.factsheet.StandardFactSheet;

/**
 * The day-surgery fact sheet: shoulder surgery (acromion resection), the procedure whose variation
 * the atlas discussed first, as published and computed on synthetic counts, and cataract surgery.
 */
@Extension
public class DaySurgeryFactSheet extends StandardFactSheet {

  public DaySurgeryFactSheet() {
    super(
        new DaySurgeryTopic(),
        DaySurgeryTopic.messages().text(DaySurgeryTopic.ID + ".factsheet.subtitle"),
        List.of(
            DaySurgeryProcedure.SHOULDER.id(),
            DaySurgeryProcedure.SHOULDER.syntheticId(),
            DaySurgeryProcedure.CATARACT.id()));
  }
}
