package org.variatlas.app.topics;

import static org.variatlas.app.db.Tables.TOPIC;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.variatlas.api.model.LocalizedText;

/** The {@code topic} table: which topics the platform has served, and from which plugin. */
@Repository
public class TopicRepository {

  private final DSLContext db;

  public TopicRepository(DSLContext db) {
    this.db = db;
  }

  /** Records that a topic is served now by a plugin version (insert or update). */
  public void recordStarted(InstalledTopic topic, OffsetDateTime now) {
    String nb = topic.title().get(LocalizedText.BOKMAL);
    String nn = topic.title().get(LocalizedText.NYNORSK);
    String en = topic.title().get(LocalizedText.ENGLISH);
    db.insertInto(TOPIC)
        .set(TOPIC.ID, topic.id())
        .set(TOPIC.PLUGIN_ID, topic.pluginId())
        .set(TOPIC.PLUGIN_VERSION, topic.pluginVersion())
        .set(TOPIC.TITLE_NB, nb)
        .set(TOPIC.TITLE_NN, nn)
        .set(TOPIC.TITLE_EN, en)
        .set(TOPIC.FIRST_SEEN, now)
        .set(TOPIC.LAST_STARTED, now)
        .onConflict(TOPIC.ID)
        .doUpdate()
        .set(TOPIC.PLUGIN_ID, topic.pluginId())
        .set(TOPIC.PLUGIN_VERSION, topic.pluginVersion())
        .set(TOPIC.TITLE_NB, nb)
        .set(TOPIC.TITLE_NN, nn)
        .set(TOPIC.TITLE_EN, en)
        .set(TOPIC.LAST_STARTED, now)
        .execute();
  }

  /** Ids of all topics ever served, including those whose plugin is gone. */
  public List<String> knownTopicIds() {
    return db.select(TOPIC.ID).from(TOPIC).orderBy(TOPIC.ID).fetch(TOPIC.ID);
  }

  /** Ids of the topics a plugin has served (now or before it was disabled). */
  public List<String> topicIdsOf(String pluginId) {
    return db.select(TOPIC.ID)
        .from(TOPIC)
        .where(TOPIC.PLUGIN_ID.eq(pluginId))
        .orderBy(TOPIC.ID)
        .fetch(TOPIC.ID);
  }
}
