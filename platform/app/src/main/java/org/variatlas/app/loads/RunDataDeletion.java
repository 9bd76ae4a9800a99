package org.variatlas.app.loads;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.DataLoader;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.security.Ownership;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Deletes the data one load run applied, e.g. to go back from a registry extract to the bundled
 * synthetic counts: the run's rows go (in one transaction, under the topic's load lock), the
 * topic's results are recomputed, and when the run was not synthetic the topic's synthetic loaders
 * run again, so that the measures it replaced get their demonstration counts (and the indicators
 * their "synthetic" notice) back.
 */
@Service
public class RunDataDeletion {

  /** Why a run's data cannot be deleted. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final LoadRunRepository runs;
  private final RunDataRepository data;
  private final LoadLocks locks;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final TopicRegistry topics;
  private final TopicLoads topicLoads;
  private final LoadQueue queue;
  private final Ownership ownership;
  private final AuditLog audit;

  RunDataDeletion(
      LoadRunRepository runs,
      RunDataRepository data,
      LoadLocks locks,
      PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events,
      TopicRegistry topics,
      TopicLoads topicLoads,
      LoadQueue queue,
      Ownership ownership,
      AuditLog audit) {
    this.runs = runs;
    this.data = data;
    this.locks = locks;
    this.transactions = new TransactionTemplate(transactionManager);
    this.events = events;
    this.topics = topics;
    this.topicLoads = topicLoads;
    this.queue = queue;
    this.ownership = ownership;
    this.audit = audit;
  }

  /**
   * Deletes what the run applied.
   *
   * @return the rows deleted
   * @throws NoSuchElementException when there is no such run the actor may see
   * @throws Refused when the run applied nothing, or is a platform load
   */
  public int delete(long runId, Authentication actor) {
    LoadRunRecord run =
        runs.find(runId)
            .filter(r -> ownership.mayActOnTopic(actor, r.topicId()))
            .orElseThrow(() -> new NoSuchElementException("no load run " + runId));
    String target = run.topicId() + "/" + run.loaderId() + " #" + runId;
    if (run.topicId() == null || !run.applied()) {
      String why =
          run.topicId() == null
              ? "the platform's loads (population) are replaced by loading again, not deleted"
              : "run " + runId + " applied nothing (" + run.status() + ")";
      audit.record(actor, AuditLog.DATA_DELETE, target, AuditLog.REFUSED, why);
      throw new Refused(why);
    }
    int rows;
    try (LoadLocks.Held held = locks.acquire(run.topicId())) {
      if (!data.hasRows(run.topicId(), runId)) {
        String why = "run " + runId + " has no data left (deleted or replaced since)";
        audit.record(actor, AuditLog.DATA_DELETE, target, AuditLog.REFUSED, why);
        throw new Refused(why);
      }
      rows = transactions.execute(tx -> data.deleteRun(run.topicId(), runId));
    }
    runs.dataDeleted(runId, actor == null ? null : actor.getName(), rows);
    audit.record(actor, AuditLog.DATA_DELETE, target, AuditLog.OK, rows + " rows deleted");
    events.publishEvent(new LoadDataDeleted(runId, run.topicId()));
    restoreSynthetic(run, actor);
    return rows;
  }

  private void restoreSynthetic(LoadRunRecord run, Authentication actor) {
    InstalledTopic topic = topics.topic(run.topicId()).orElse(null);
    if (topic == null || topic.syntheticLoaderIds().contains(run.loaderId())) {
      return;
    }
    String user = actor == null ? null : actor.getName();
    List<DataLoader> synthetic = topic.loaders().stream().filter(DataLoader::synthetic).toList();
    for (DataLoader l : synthetic) {
      queue.submit(
          topic.id() + "/" + l.id(),
          () -> topicLoads.run(topic.id(), l.id(), Map.of(), user, null));
    }
  }
}
