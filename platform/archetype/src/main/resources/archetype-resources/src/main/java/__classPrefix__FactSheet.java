package ${package};

import org.pf4j.Extension;
import org.variatlas.sdk.factsheet.StandardFactSheet;

/**
 * The topic's fact sheet: per indicator its key figures, the ranked chart, the variation
 * statistics and the selection text, in the platform's layout (page, print and PDF).
 */
@Extension
public class ${classPrefix}FactSheet extends StandardFactSheet {

  public ${classPrefix}FactSheet() {
    super(new ${classPrefix}Topic(), "operations", "within-48h");
  }
}
