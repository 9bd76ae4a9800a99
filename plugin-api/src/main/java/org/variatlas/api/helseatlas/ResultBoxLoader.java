package org.variatlas.api.helseatlas;

import java.util.List;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.LocalizedText;

/**
 * A loader that imports published indicators from Helseatlas v2 result-box files ({@link
 * ResultBoxImporter#publishAll}). A plugin extends it with a no-argument constructor and annotates
 * the subclass with {@code @Extension}:
 *
 * <pre>{@code
 * @Extension
 * public class ChildHealthPublishedLoader extends ResultBoxLoader {
 *   public ChildHealthPublishedLoader() {
 *     super("published-results", topic.id(), title, "helseatlas/atlas_v2/data/barn2025",
 *         topic.published());
 *   }
 * }
 * }</pre>
 */
public abstract class ResultBoxLoader implements DataLoader {

  private final String id;
  private final String topicId;
  private final LocalizedText title;
  private final String directory;
  private final List<ResultBoxIndicator> indicators;

  /**
   * @param id the loader's id within the topic
   * @param topicId the topic it feeds
   * @param title what the editor's load page says about it
   * @param directory the atlas' data directory, relative to the data directory
   * @param indicators the published indicators it imports
   */
  protected ResultBoxLoader(
      String id,
      String topicId,
      LocalizedText title,
      String directory,
      List<ResultBoxIndicator> indicators) {
    this.id = id;
    this.topicId = topicId;
    this.title = title;
    this.directory = directory;
    this.indicators = List.copyOf(indicators);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String topicId() {
    return topicId;
  }

  @Override
  public LocalizedText title() {
    return title;
  }

  @Override
  public void load(LoadContext context, LoadSink sink) {
    ResultBoxImporter.publishAll(context, sink, directory, indicators);
  }
}
