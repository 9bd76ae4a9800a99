package org.variatlas.sdk.helseatlas;

import java.util.List;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.sdk.topic.Topic;
import org.variatlas.sdk.topic.TopicLoader;

/**
 * A loader that imports published indicators from Helseatlas v2 result-box files ({@link
 * ResultBoxImporter#publishAll}). A plugin extends it with a no-argument constructor and annotates
 * the subclass with {@code @Extension}:
 *
 * <pre>{@code
 * @Extension
 * public class ChildHealthPublishedLoader extends ResultBoxLoader {
 *   public ChildHealthPublishedLoader() {
 *     this(new ChildHealthTopic());
 *   }
 *   private ChildHealthPublishedLoader(ChildHealthTopic topic) {
 *     super(topic, "published-results", "helseatlas/atlas_v2/data/barn2025", topic.published());
 *   }
 * }
 * }</pre>
 */
public abstract class ResultBoxLoader extends TopicLoader {

  private final String directory;
  private final List<ResultBoxIndicator> indicators;

  /**
   * @param topic the topic it feeds
   * @param id the loader's id within the topic; its title is {@code <topic id>.loader.<id>}
   * @param directory the atlas' data directory, relative to the data directory
   * @param indicators the published indicators it imports
   */
  protected ResultBoxLoader(
      Topic topic, String id, String directory, List<ResultBoxIndicator> indicators) {
    super(topic, id);
    this.directory = directory;
    this.indicators = List.copyOf(indicators);
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    ResultBoxImporter.publishAll(context, sink, directory, indicators);
  }
}
