package org.variatlas.sdk.factsheet;

import java.util.Arrays;
import java.util.List;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.ui.FactSheet;
import org.variatlas.sdk.topic.Topic;

/**
 * A fact sheet with {@link TopicSheet}'s usual layout for chosen indicators. A plugin extends it
 * with a no-argument constructor and annotates the subclass with {@code @Extension}:
 *
 * <pre>{@code
 * @Extension
 * public class DaySurgeryFactSheet extends StandardFactSheet {
 *   public DaySurgeryFactSheet() {
 *     super(new DaySurgeryTopic(), "shoulder", "shoulder-synthetic");
 *   }
 * }
 * }</pre>
 */
public abstract class StandardFactSheet implements FactSheetView {

  private final AtlasTopic topic;
  private final LocalizedText subtitle;
  private final List<String> indicatorIds;

  /**
   * @param topic the plugin's topic
   * @param subtitle the line under the title, or null
   * @param indicatorIds the indicators shown, in order
   */
  protected StandardFactSheet(AtlasTopic topic, LocalizedText subtitle, List<String> indicatorIds) {
    this.topic = topic;
    this.subtitle = subtitle;
    this.indicatorIds = List.copyOf(indicatorIds);
  }

  /**
   * A sheet with the subtitle {@code <topic id>.factsheet.subtitle} of the topic's bundle.
   *
   * @param topic the plugin's topic
   * @param indicatorIds the indicators shown, in order
   */
  protected StandardFactSheet(Topic topic, String... indicatorIds) {
    this(topic, topic.text("factsheet.subtitle"), Arrays.asList(indicatorIds));
  }

  @Override
  public String topicId() {
    return topic.id();
  }

  @Override
  public void compose(FactSheetContext context, FactSheet sheet) {
    TopicSheet.compose(context, sheet, topic, subtitle, indicatorIds);
  }
}
