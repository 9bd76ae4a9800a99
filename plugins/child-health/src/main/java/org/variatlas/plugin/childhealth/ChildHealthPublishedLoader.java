package org.variatlas.plugin.childhealth;

import org.pf4j.Extension;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.helseatlas.ResultBoxImporter;
import org.variatlas.api.model.LocalizedText;

/**
 * Imports the published figures of Helseatlas barn 2025 from its result-box data files: per
 * indicator, area and period 2022-2024 the value, numerator and denominator, the yearly values and
 * the stacked parts. Area names go out as the files write them; the platform matches them.
 */
@Extension
public class ChildHealthPublishedLoader implements DataLoader {

  @Override
  public String id() {
    return "published-results";
  }

  @Override
  public String topicId() {
    return ChildHealthTopic.ID;
  }

  @Override
  public LocalizedText title() {
    return ChildHealthTopic.messages().text(ChildHealthTopic.ID + ".loader.published");
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    ResultBoxImporter.publishAll(
        context, sink, ChildHealthCatalogue.DIRECTORY, new ChildHealthTopic().published());
  }
}
