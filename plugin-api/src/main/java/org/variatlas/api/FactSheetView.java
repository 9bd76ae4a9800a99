package org.variatlas.api;

import org.pf4j.ExtensionPoint;
import org.variatlas.api.ui.FactSheet;

/**
 * Builds a topic's fact sheet: key figures, the ranked chart of its headline indicator, the
 * variation statistics and the patient-selection text. The plugin composes the sheet from the UI
 * kit's building blocks ({@link FactSheet}); the platform renders the same composition as a web
 * page (at a route it chooses), for print and as a PDF download. A plugin therefore draws no charts
 * of its own and declares no routes.
 */
public interface FactSheetView extends ExtensionPoint {

  /** The {@link AtlasTopic#id()} whose fact sheet this is. */
  String topicId();

  /**
   * Composes the sheet. Called for every rendering (web page, PDF) and every language; must be
   * quick and side-effect free.
   */
  void compose(FactSheetContext context, FactSheet sheet);
}
