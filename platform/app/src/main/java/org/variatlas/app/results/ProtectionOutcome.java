package org.variatlas.app.results;

import java.util.Map;
import java.util.Set;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Period;

/**
 * What disclosure control hid of one computed indicator.
 *
 * @param hidden every suppressed cell
 * @param primary per level, cells hidden by the small-number rule (national rows under {@link
 *     AreaRef#NATIONAL_LEVEL})
 * @param secondary per level, cells hidden to protect them (complements and parts of hidden totals)
 * @param programmes linear programmes solved
 * @param unprotected suppressed cells no pattern could protect (logged as warnings): the published
 *     figures narrow them below the protection width
 */
public record ProtectionOutcome(
    Set<ProtectionOutcome.Cell> hidden,
    Map<String, Integer> primary,
    Map<String, Integer> secondary,
    int programmes,
    Set<ProtectionOutcome.Cell> unprotected) {

  /**
   * One published cell.
   *
   * @param area the area code, {@link AreaRef#NATIONAL_CODE} for the level's national row
   * @param category a category id, {@code ""} for the total
   */
  public record Cell(String level, Period period, String area, String category) {}

  static ProtectionOutcome none() {
    return new ProtectionOutcome(Set.of(), Map.of(), Map.of(), 0, Set.of());
  }
}
