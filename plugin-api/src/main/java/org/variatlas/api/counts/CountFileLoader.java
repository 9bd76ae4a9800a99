package org.variatlas.api.counts;

import java.util.List;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.LoaderParameter;
import org.variatlas.api.model.LocalizedText;

/**
 * The loader of registry extracts in the count-file format ({@link CountFile}) for a topic's
 * measures: id {@code count-file}, run by an editor with the parameters {@code file} and {@code
 * measure}, never on install. A plugin extends it with a no-argument constructor and annotates the
 * subclass with {@code @Extension}.
 */
public abstract class CountFileLoader implements DataLoader {

  private final AtlasTopic topic;
  private final LocalizedText title;

  /**
   * @param topic the plugin's topic, whose measures the files may feed
   * @param title what the editor's load page says about the loader
   */
  protected CountFileLoader(AtlasTopic topic, LocalizedText title) {
    this.topic = topic;
    this.title = title;
  }

  @Override
  public String id() {
    return "count-file";
  }

  @Override
  public String topicId() {
    return topic.id();
  }

  @Override
  public LocalizedText title() {
    return title;
  }

  @Override
  public boolean loadOnInstall() {
    return false;
  }

  /** The count file to upload and the measure it feeds. */
  @Override
  public List<LoaderParameter> parameters() {
    return List.of(
        LoaderParameter.file(
            CountFile.FILE_PARAMETER,
            LocalizedText.of(
                "Fil med antall (CSV: base_unit,year,sex,age,events[,category])",
                "Fil med tal (CSV: base_unit,year,sex,age,events[,category])",
                "Count file (CSV: base_unit,year,sex,age,events[,category])")),
        LoaderParameter.choice(
            CountFile.MEASURE_PARAMETER,
            LocalizedText.of("Måltall", "Måltal", "Measure"),
            topic.measures().stream()
                .map(m -> new LoaderParameter.Choice(m.id(), m.title()))
                .toList()));
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    CountFile.load(context, sink, topic.measures());
  }
}
