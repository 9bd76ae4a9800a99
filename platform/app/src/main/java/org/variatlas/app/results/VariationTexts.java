package org.variatlas.app.results;

import java.util.List;
import org.variatlas.api.model.VariationSummary;

/**
 * The variation statistics in the order and with the decimals they are shown, with the i18n keys of
 * their labels and one-line explanations ({@code variation.<id>.label}, {@code .explain}). One list
 * serves the indicator page, the fact sheet and its PDF.
 */
public final class VariationTexts {

  /** One statistic as shown. */
  public record Statistic(String id, Double value, int decimals) {
    public String labelKey() {
      return "variation." + id + ".label";
    }

    public String explanationKey() {
      return "variation." + id + ".explain";
    }
  }

  private VariationTexts() {}

  /** The statistics of a summary, undefined ones with a null value. */
  public static List<Statistic> statistics(VariationSummary v) {
    return List.of(
        new Statistic("ft1", v.ft1(), 2),
        new Statistic("ft2", v.ft2(), 2),
        new Statistic("ft3", v.ft3(), 2),
        new Statistic("eq95to5", v.eq95to5(), 2),
        new Statistic("eq80to20", v.eq80to20(), 2),
        new Statistic("cv", v.cv(), 1),
        new Statistic("cvWeighted", v.cvWeighted(), 1),
        new Statistic("scv", v.scv(), 1),
        new Statistic("scvLog", v.scvLog(), 1),
        new Statistic("ebAlpha", v.ebAlpha(), 1));
  }
}
