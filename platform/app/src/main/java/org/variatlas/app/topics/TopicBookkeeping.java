package org.variatlas.app.topics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records the served topics in the database when the app is ready. */
@Component
class TopicBookkeeping {

  private final TopicRegistry registry;
  private final TopicRepository repository;

  TopicBookkeeping(TopicRegistry registry, TopicRepository repository) {
    this.registry = registry;
    this.repository = repository;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void recordServedTopics() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    registry.topics().forEach(t -> repository.recordStarted(t, now));
  }
}
