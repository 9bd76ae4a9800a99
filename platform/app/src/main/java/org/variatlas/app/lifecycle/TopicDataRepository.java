package org.variatlas.app.lifecycle;

import static org.variatlas.app.db.Tables.COUNTS_VERSION;
import static org.variatlas.app.db.Tables.PUBLISHED_VALUE;
import static org.variatlas.app.db.Tables.RESULT_VERSION;
import static org.variatlas.app.db.Tables.TOPIC_RESULTS;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.variatlas.app.loads.CountPartitionRepository;

/** Deletes everything the atlas holds for a topic: loaded counts, published values, results. */
@Repository
class TopicDataRepository {

  private final DSLContext db;
  private final CountPartitionRepository partitions;

  TopicDataRepository(DSLContext db, CountPartitionRepository partitions) {
    this.db = db;
    this.partitions = partitions;
  }

  /**
   * Deletes the topic's counts, published values and results in one transaction (its load runs
   * stay, as the record of what was loaded).
   *
   * @return the number of count and published-value rows deleted
   */
  @Transactional
  public int delete(String topicId) {
    int rows = partitions.dropTopic(topicId);
    rows += db.deleteFrom(PUBLISHED_VALUE).where(PUBLISHED_VALUE.TOPIC_ID.eq(topicId)).execute();
    db.deleteFrom(COUNTS_VERSION).where(COUNTS_VERSION.TOPIC_ID.eq(topicId)).execute();
    db.deleteFrom(TOPIC_RESULTS).where(TOPIC_RESULTS.TOPIC_ID.eq(topicId)).execute();
    db.deleteFrom(RESULT_VERSION).where(RESULT_VERSION.TOPIC_ID.eq(topicId)).execute();
    return rows;
  }
}
