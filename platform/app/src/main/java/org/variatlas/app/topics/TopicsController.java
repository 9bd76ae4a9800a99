package org.variatlas.app.topics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.variatlas.api.model.LocalizedText;

/** {@code GET /api/v1/topics}: the served topics with their titles and plugins. */
@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "Topics", description = "The topics the atlas serves, each from a plugin.")
class TopicsController {

  @Schema(
      name = "TopicTitle",
      description = "A text in Norwegian Bokmål, Norwegian Nynorsk and English.")
  record Title(String nb, String nn, String en) {
    static Title of(LocalizedText text) {
      return new Title(
          text.get(LocalizedText.BOKMAL),
          text.get(LocalizedText.NYNORSK),
          text.get(LocalizedText.ENGLISH));
    }
  }

  @Schema(name = "TopicPlugin", description = "The plugin that brings a topic.")
  record Plugin(String id, String version) {}

  @Schema(description = "A served topic.")
  record Topic(
      @Schema(description = "The topic's id in URLs, e.g. day-surgery.") String id,
      Title title,
      Plugin plugin) {}

  private final TopicRegistry topics;

  TopicsController(TopicRegistry topics) {
    this.topics = topics;
  }

  @GetMapping
  @Operation(summary = "The served topics with their titles and plugins.")
  List<Topic> topics() {
    return topics.visibleTopics().stream().map(TopicsController::toJson).toList();
  }

  private static Topic toJson(InstalledTopic t) {
    return new Topic(t.id(), Title.of(t.title()), new Plugin(t.pluginId(), t.pluginVersion()));
  }
}
