package org.variatlas.sdk.helseatlas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.sdk.topic.Topic;

/**
 * The published indicators of a Helseatlas atlas, declared box by box: a subclass names each result
 * box ({@link #box}) and adds its indicators with their definition and the columns of their figures
 * ({@link #add}); texts come from the topic's bundle.
 */
public abstract class ResultBoxCatalogue {

  private final Topic topic;
  private final List<ResultBoxIndicator> indicators = new ArrayList<>();

  protected ResultBoxCatalogue(Topic topic) {
    this.topic = topic;
  }

  /** The indicators added so far, in order. */
  public List<ResultBoxIndicator> published() {
    return List.copyOf(indicators);
  }

  /**
   * One result box of the atlas.
   *
   * @param id its id in the bundle's keys ({@code <topic>.box.<id>.…})
   * @param file its data file
   * @param chapter the chapter its indicators belong to
   * @param date when it was published
   */
  public record Box(String id, String file, String chapter, LocalDate date) {}

  protected static Box box(String id, String file, String chapter, String published) {
    return new Box(id, file, chapter, LocalDate.parse(published));
  }

  /** Adds an indicator of a box with the columns of its figures. */
  protected void add(
      Box box, IndicatorDefinition.Builder definition, PublishedSeries.Builder series) {
    indicators.add(new ResultBoxIndicator(definition.build(), box.file(), series.build()));
  }

  /** {@code <topic id>.<key>} of the topic's bundle. */
  protected LocalizedText text(String key) {
    return topic.text(key);
  }

  /** Paragraphs of {@code <topic id>.<key>} for each key. */
  protected LocalizedText paragraphs(List<String> keys) {
    return topic.paragraphs(keys.toArray(String[]::new));
  }

  /** Categories of stacked parts, titled {@code <topic id>.category.<id>}. */
  protected List<Category> categories(List<String> ids) {
    return ids.stream().map(id -> new Category(id, text("category." + id))).toList();
  }
}
