package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.sdk.helseatlas.ResultBoxLoader;

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
    this(new PsychiatricCareTopic());
  }

  private PsychiatricCareDpsLoader(PsychiatricCareTopic topic) {
    super(
        topic,
        "published-results-dps",
        PsychiatricCareCatalogue.DIRECTORY,
        topic.published().stream().filter(PsychiatricCarePublishedLoader::isDps).toList());
  }
}
