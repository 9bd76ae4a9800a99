package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.sdk.helseatlas.ResultBoxSyntheticLoader;

/**
 * Generates synthetic counts on the platform's population 18-64 that reproduce the published period
 * totals per referral area (yearly average x 5 years, rounded) of outpatient patients ({@code
 * Tal_pas}) and inpatient stays ({@code Snitt_kontaktar}). The total is split over 2020-2024 in
 * proportion to the published yearly adjusted rate times the area's population that year, and each
 * year's total over base units, sexes and ages in proportion to persons x the age profile ({@link
 * PsychiatricCareTopic#SYNTHETIC}). Deterministic: the same counts on every run.
 */
@Extension
public class PsychiatricCareSyntheticLoader extends ResultBoxSyntheticLoader {

  public PsychiatricCareSyntheticLoader() {
    super(
        new PsychiatricCareTopic(),
        PsychiatricCareCatalogue.DIRECTORY,
        PsychiatricCareCatalogue.AREAS,
        PsychiatricCareCatalogue.PERIOD,
        PsychiatricCareCatalogue.ADULTS);
  }
}
