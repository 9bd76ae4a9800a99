package org.variatlas.sdk.topic;

import java.util.Arrays;
import java.util.List;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Messages;

/**
 * The usual shape of a topic: its texts come from the plugin's bundle {@code i18n/<topic id>}
 * ({@code _nb}, {@code _nn}, {@code _en}), every key prefixed with the topic id. A plugin extends
 * it, annotates the subclass with {@code @Extension} and lists its indicators and measures:
 *
 * <pre>{@code
 * @Extension
 * public class HipFractureTopic extends Topic {
 *   public HipFractureTopic() {
 *     super("hip-fracture", 100, "surgery");           // id, order, chapters
 *   }
 *   public List<IndicatorDefinition> indicators() { ... text("operations.title") ... }
 *   public List<MeasureDefinition> measures() { ... }
 * }
 * }</pre>
 *
 * <p>Keys it reads: {@code <id>.title}, {@code <id>.description} and {@code <id>.chapter.<chapter
 * id>}; the loaders and fact sheet of the SDK read {@code <id>.loader.<loader id>} and {@code
 * <id>.factsheet.subtitle}.
 */
public abstract class Topic implements AtlasTopic {

  private final String id;
  private final int order;
  private final List<String> chapterIds;
  private final Messages messages;

  /**
   * @param id the topic id (kebab case; conventionally the plugin id)
   * @param order the position in the topic switcher, lower first
   * @param chapterIds the chapters, in display order
   */
  protected Topic(String id, int order, String... chapterIds) {
    this.id = id;
    this.order = order;
    this.chapterIds = List.copyOf(Arrays.asList(chapterIds));
    this.messages = Messages.load(getClass(), messagesBaseName());
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public LocalizedText title() {
    return text("title");
  }

  @Override
  public LocalizedText description() {
    return text("description");
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public List<Chapter> chapters() {
    return chapterIds.stream().map(c -> Chapter.of(c, text("chapter." + c))).toList();
  }

  @Override
  public final String messagesBaseName() {
    return "i18n/" + id;
  }

  /** The plugin's bundle. */
  public Messages messages() {
    return messages;
  }

  /** The text of {@code <topic id>.<key>} in nb, nn and en. */
  public LocalizedText text(String key) {
    return messages.text(id + "." + key);
  }

  /** The texts of {@code <topic id>.<key>} for several keys, as paragraphs. */
  public LocalizedText paragraphs(String... keys) {
    return messages.paragraphs(Arrays.stream(keys).map(k -> id + "." + k).toArray(String[]::new));
  }
}
