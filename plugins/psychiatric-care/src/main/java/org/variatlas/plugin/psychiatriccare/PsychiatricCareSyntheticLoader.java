package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.helseatlas.AreaAverages;
import org.variatlas.api.helseatlas.ResultBoxFile;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.synthetic.SyntheticGenerator;

/**
 * Generates synthetic counts on the platform's population 18-64 that reproduce the published period
 * totals per referral area (yearly average x 5 years, rounded) of outpatient patients ({@code
 * Tal_pas}) and inpatient stays ({@code Snitt_kontaktar}). The total is split over 2020-2024 in
 * proportion to the published yearly adjusted rate times the area's population that year, and each
 * year's total over base units, sexes and ages in proportion to persons x the age profile ({@link
 * PsychiatricCareSynthetic}). Deterministic: the same counts on every run.
 */
@Extension
public class PsychiatricCareSyntheticLoader implements DataLoader {

  @Override
  public String id() {
    return "synthetic-counts";
  }

  @Override
  public String topicId() {
    return PsychiatricCareTopic.ID;
  }

  @Override
  public LocalizedText title() {
    return PsychiatricCareTopic.messages().text(PsychiatricCareTopic.ID + ".loader.synthetic");
  }

  /** Demonstration counts: a registry extract loaded for a measure replaces them. */
  @Override
  public boolean synthetic() {
    return true;
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    SyntheticGenerator generator =
        new SyntheticGenerator(
            context,
            PsychiatricCareCatalogue.AREAS,
            PsychiatricCareCatalogue.PERIOD,
            PsychiatricCareCatalogue.ADULTS);
    for (PsychiatricCareSynthetic synthetic : PsychiatricCareSynthetic.ALL) {
      String path = PsychiatricCareCatalogue.DIRECTORY + "/" + synthetic.file();
      ResultBoxFile box = ResultBoxFile.read(context.resolve(path), path);
      AreaAverages.synthesise(
          generator,
          synthetic.measureId(),
          AreaAverages.read(
              box.dataset("qwerty"),
              synthetic.average(),
              synthetic.yearlyRate(),
              PsychiatricCareCatalogue.PERIOD,
              context),
          synthetic.profile(),
          sink);
      context.progress("generated " + synthetic.measureId());
    }
  }
}
