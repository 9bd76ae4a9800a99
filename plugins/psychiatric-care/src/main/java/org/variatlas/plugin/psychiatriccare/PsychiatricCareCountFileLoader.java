package org.variatlas.plugin.psychiatriccare;

import org.pf4j.Extension;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.counts.CountFile;
import org.variatlas.api.model.LocalizedText;

/**
 * Loads a registry extract in the count-file format ({@code base_unit,year,sex,age,events}, see
 * {@link CountFile}) into one of the topic's measures. Run by an editor with the parameters {@code
 * file} and {@code measure}; never on install.
 */
@Extension
public class PsychiatricCareCountFileLoader implements DataLoader {

  @Override
  public String id() {
    return "count-file";
  }

  @Override
  public String topicId() {
    return PsychiatricCareTopic.ID;
  }

  @Override
  public LocalizedText title() {
    return PsychiatricCareTopic.messages().text(PsychiatricCareTopic.ID + ".loader.count-file");
  }

  @Override
  public boolean loadOnInstall() {
    return false;
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    CountFile.load(context, sink, new PsychiatricCareTopic().measures());
  }
}
