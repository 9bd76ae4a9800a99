package org.variatlas.sdk.topic;

import org.variatlas.api.DataLoader;
import org.variatlas.api.model.LocalizedText;

/**
 * A loader of a {@link Topic}: its id, the topic it feeds and its title, {@code <topic
 * id>.loader.<loader id>} from the topic's bundle. A plugin's loaders extend it (or one of the
 * SDK's loaders built on it) and implement {@link #load}.
 */
public abstract class TopicLoader implements DataLoader {

  private final Topic topic;
  private final String id;

  /**
   * @param topic the topic the loader feeds
   * @param id the loader's id within the topic (kebab case)
   */
  protected TopicLoader(Topic topic, String id) {
    this.topic = topic;
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String topicId() {
    return topic.id();
  }

  @Override
  public LocalizedText title() {
    return topic.text("loader." + id);
  }

  /** The topic the loader feeds. */
  protected Topic topic() {
    return topic;
  }
}
