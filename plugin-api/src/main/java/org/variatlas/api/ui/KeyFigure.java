package org.variatlas.api.ui;

import org.variatlas.api.model.LocalizedText;

/**
 * One headline number of a fact sheet, e.g. "Highest / lowest: 2.4". The platform formats {@code
 * value} for the sheet's language with {@code decimals} digits.
 */
public record KeyFigure(LocalizedText label, double value, int decimals, LocalizedText unit) {}
