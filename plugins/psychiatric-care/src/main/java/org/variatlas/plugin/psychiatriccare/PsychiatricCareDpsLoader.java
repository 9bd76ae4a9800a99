package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.helseatlas.ResultBoxImporter;
import org.variatlas.api.model.LocalizedText;

/**
 * Imports the two DPS boxes of the adult mental health atlas: patients and contact days in
 * outpatient treatment and inpatient stays per DPS area (level {@code dps}, 69 areas), with the
 * four regional health authorities' rows (level {@code rhf}). It needs a geography pack with a
 * {@code dps} level; without one the run stops with a single {@code unknown-level} problem that
 * says so, and the topic's other indicators are unaffected.
 */
@Extension
public class PsychiatricCareDpsLoader implements DataLoader {

  @Override
  public String id() {
    return "published-results-dps";
  }

  @Override
  public String topicId() {
    return PsychiatricCareTopic.ID;
  }

  @Override
  public LocalizedText title() {
    return PsychiatricCareTopic.messages().text(PsychiatricCareTopic.ID + ".loader.published-dps");
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    ResultBoxImporter.publishAll(
        context,
        sink,
        PsychiatricCareCatalogue.DIRECTORY,
        new PsychiatricCareTopic()
            .published().stream().filter(PsychiatricCarePublishedLoader::isDps).toList());
  }
}
