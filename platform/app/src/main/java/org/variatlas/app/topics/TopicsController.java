package org.variatlas.app.topics;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.api.model.LocalizedText;

/** {@code GET /api/v1/topics}: the served topics with their titles and plugins. */
@RestController
@RequestMapping("/api/v1/topics")
class TopicsController {

  record Title(String nb, String nn, String en) {
    static Title of(LocalizedText text) {
      return new Title(
          text.get(LocalizedText.BOKMAL),
          text.get(LocalizedText.NYNORSK),
          text.get(LocalizedText.ENGLISH));
    }
  }

  record Plugin(String id, String version) {}

  record Topic(String id, Title title, Plugin plugin) {}

  private final TopicRegistry topics;

  TopicsController(TopicRegistry topics) {
    this.topics = topics;
  }

  @GetMapping
  List<Topic> topics() {
    return topics.topics().stream().map(TopicsController::toJson).toList();
  }

  private static Topic toJson(InstalledTopic t) {
    return new Topic(t.id(), Title.of(t.title()), new Plugin(t.pluginId(), t.pluginVersion()));
  }
}
