package org.variatlas.plugin.daysurgery;

import org.pf4j.Extension;
import org.variatlas.sdk.factsheet.StandardFactSheet;

/**
 * The day-surgery fact sheet: shoulder surgery (acromion resection), the procedure whose variation
 * the atlas discussed first, as published and computed on synthetic counts, and cataract surgery.
 */
@Extension
public class DaySurgeryFactSheet extends StandardFactSheet {

  public DaySurgeryFactSheet() {
    super(
        new DaySurgeryTopic(),
        DaySurgeryProcedure.SHOULDER.id(),
        DaySurgeryProcedure.SHOULDER.syntheticId(),
        DaySurgeryProcedure.CATARACT.id());
  }
}
