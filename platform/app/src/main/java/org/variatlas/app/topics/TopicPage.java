package org.variatlas.app.topics;

/**
 * A page that shows one topic: the shell replaces it with "this topic is no longer available" when
 * the topic is removed, disabled or unpublished while the page is open.
 */
public interface TopicPage {

  /** The id of the topic shown, or null when none is. */
  String shownTopicId();
}
