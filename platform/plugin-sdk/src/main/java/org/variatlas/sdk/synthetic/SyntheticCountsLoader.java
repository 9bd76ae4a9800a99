package org.variatlas.sdk.synthetic;

import org.variatlas.sdk.topic.Topic;
import org.variatlas.sdk.topic.TopicLoader;

/**
 * A loader of synthetic demonstration counts (id {@code synthetic-counts}, run on install): real
 * counts a registry extract delivers for a measure supersede its counts, measure by measure (see
 * {@link org.variatlas.api.DataLoader#synthetic()}). Implement {@link #load}, typically with a
 * {@link SyntheticGenerator}.
 */
public abstract class SyntheticCountsLoader extends TopicLoader {

  /** The id of the topic's synthetic loader. */
  public static final String ID = "synthetic-counts";

  protected SyntheticCountsLoader(Topic topic) {
    super(topic, ID);
  }

  @Override
  public boolean synthetic() {
    return true;
  }
}
