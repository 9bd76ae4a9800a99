package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.api.helseatlas.ResultBoxLoader;

/**
 * Imports the two DPS boxes of the adult mental health atlas: patients and contact days in
 * outpatient treatment and inpatient stays per DPS area (level {@code dps}, 69 areas), with the
 * four regional health authorities' rows (level {@code rhf}). It needs a geography pack with a
 * {@code dps} level; without one the run stops with a single {@code unknown-level} problem that
 * says so, and the topic's other indicators are unaffected.
 */
@Extension
public class PsychiatricCareDpsLoader extends ResultBoxLoader {

  public PsychiatricCareDpsLoader() {
    super(
        "published-results-dps",
        PsychiatricCareTopic.ID,
        PsychiatricCareTopic.messages().text(PsychiatricCareTopic.ID + ".loader.published-dps"),
        PsychiatricCareCatalogue.DIRECTORY,
        new PsychiatricCareTopic()
            .published().stream().filter(PsychiatricCarePublishedLoader::isDps).toList());
  }
}
