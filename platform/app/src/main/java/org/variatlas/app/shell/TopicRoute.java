package org.variatlas.app.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/** The topic a page's {@code topicId} route parameter names, as its viewer may see it. */
public final class TopicRoute {

  private TopicRoute() {}

  /**
   * The visible topic of the route, or empty after sending the viewer to the not-found page: "no
   * longer available" for a removed topic, "not found" for one that never was or is hidden.
   */
  public static Optional<InstalledTopic> open(BeforeEnterEvent event, TopicRegistry topics) {
    String id = event.getRouteParameters().get("topicId").orElse("");
    Optional<InstalledTopic> topic = topics.visibleTopic(id);
    if (topic.isEmpty()) {
      event.rerouteToError(
          NotFoundException.class,
          topics.wasRemoved(id)
              ? event.getUI().getTranslation("lifecycle.topic.gone")
              : event.getUI().getTranslation("topic.notFound", id));
    }
    return topic;
  }
}
