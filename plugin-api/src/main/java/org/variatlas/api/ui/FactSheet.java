package org.variatlas.api.ui;

import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;

/**
 * The building blocks of a fact sheet, in reading order. The platform renders the same sequence as
 * a web page (with the UI kit's charts), for print, and as a PDF; a plugin only says what goes on
 * the sheet. Every method appends one block and returns this sheet.
 */
public interface FactSheet {

  /** The sheet's title and an optional subtitle (may be null). */
  FactSheet title(LocalizedText title, LocalizedText subtitle);

  /** A section heading. */
  FactSheet heading(LocalizedText heading);

  /** A paragraph of Markdown (emphasis, links, lists). */
  FactSheet text(LocalizedText markdown);

  /** A row of headline numbers. */
  FactSheet keyFigures(List<KeyFigure> figures);

  /**
   * The ranked bar chart of an indicator's areas with the national bar, 95 % CI whiskers and yearly
   * dots.
   */
  FactSheet rankedChart(IndicatorResults results);

  /** The variation statistics of an indicator with one-line explanations. */
  FactSheet variation(IndicatorResults results);

  /** The indicator's patient selection ("utvalg"), unit and source. */
  FactSheet selection(IndicatorDefinition indicator);

  /** A highlighted note, e.g. the synthetic-data notice or a caveat. */
  FactSheet notice(LocalizedText text);
}
