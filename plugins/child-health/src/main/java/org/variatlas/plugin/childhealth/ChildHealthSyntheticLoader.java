package org.variatlas.plugin.childhealth;

import org.pf4j.Extension;
import org.variatlas.sdk.helseatlas.ResultBoxSyntheticLoader;

/**
 * Generates synthetic counts on the platform's population of children 0-18 that reproduce the
 * published period totals per referral area (yearly average {@code antsnitt} x 3 years, rounded)
 * for admissions and for epilepsy and diabetes consultations.
 *
 * <p>The period total is split over 2022-2024 in proportion to the published yearly adjusted rate
 * times the area's population that year, and each year's total over the area's base units, sexes
 * and ages in proportion to persons x the age profile. The profile is the atlas' own age
 * distribution of the patients (girls and boys by single-year age, the box's line chart) divided by
 * the national population of the same ages; it assumes that the events per patient do not vary with
 * age. Deterministic: the same counts on every run.
 */
@Extension
public class ChildHealthSyntheticLoader extends ResultBoxSyntheticLoader {

  public ChildHealthSyntheticLoader() {
    super(
        new ChildHealthTopic(),
        ChildHealthCatalogue.DIRECTORY,
        ChildHealthCatalogue.AREAS,
        ChildHealthCatalogue.PERIOD,
        ChildHealthCatalogue.CHILDREN);
  }
}
