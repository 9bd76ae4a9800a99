package org.variatlas.api;

import java.util.Locale;
import java.util.Optional;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;

/** What the platform gives a {@link FactSheetView} while it composes a sheet. */
public interface FactSheetContext {

  /** The language the sheet is rendered in ({@code nb}, {@code nn} or {@code en}). */
  Locale locale();

  /**
   * The results of an indicator of this topic on its default level and period, after small-number
   * suppression; empty when the indicator has no results yet.
   */
  Optional<IndicatorResults> results(String indicatorId);

  /** As {@link #results(String)} for a given level and period. */
  Optional<IndicatorResults> results(String indicatorId, String level, Period period);
}
