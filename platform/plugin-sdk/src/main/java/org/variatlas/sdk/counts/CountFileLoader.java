package org.variatlas.sdk.counts;

import java.util.List;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.LoaderParameter;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.sdk.topic.Topic;
import org.variatlas.sdk.topic.TopicLoader;

/**
 * The loader of registry extracts in the count-file format ({@link CountFile}) for a topic's
 * measures: id {@code count-file}, run by an editor with the parameters {@code file} and {@code
 * measure}, never on install; its title is {@code <topic id>.loader.count-file}. A plugin extends
 * it with a no-argument constructor and annotates the subclass with {@code @Extension}:
 *
 * <pre>{@code
 * @Extension
 * public class HipFractureCountFileLoader extends CountFileLoader {
 *   public HipFractureCountFileLoader() {
 *     super(new HipFractureTopic());
 *   }
 * }
 * }</pre>
 */
public abstract class CountFileLoader extends TopicLoader {

  /** The id of a topic's count-file loader. */
  public static final String ID = "count-file";

  /**
   * @param topic the plugin's topic, whose measures the files may feed
   */
  protected CountFileLoader(Topic topic) {
    super(topic, ID);
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
            topic().measures().stream()
                .map(m -> new LoaderParameter.Choice(m.id(), m.title()))
                .toList()));
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    CountFile.load(context, sink, topic().measures());
  }
}
