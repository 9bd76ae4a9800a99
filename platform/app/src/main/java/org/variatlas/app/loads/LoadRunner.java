package org.variatlas.app.loads;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.config.DaemonThreads;
import org.variatlas.app.config.VariatlasProperties;

/**
 * Runs loads (a platform load alone, topics' loads one at a time per topic, across all instances on
 * the database: {@link LoadLocks}), keeps their heartbeat while they run: records the run, lets the
 * job stage and validate its rows in one transaction, applies them when no problem was found and
 * rolls everything back otherwise, records the outcome with every problem, and publishes {@link
 * LoadRunApplied} after a commit.
 */
@Service
public class LoadRunner {

  private static final Logger log = LoggerFactory.getLogger(LoadRunner.class);

  private final TransactionTemplate transactions;
  private final LoadRunRepository runs;
  private final ApplicationEventPublisher events;
  private final VariatlasProperties properties;
  private final Map<Long, String> progress = new ConcurrentHashMap<>();
  private final LoadLocks locks;
  private final AuditLog audit;
  private final String instanceId = UUID.randomUUID().toString();
  private final Duration heartbeatTimeout;
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("load-heartbeat"));

  public LoadRunner(
      PlatformTransactionManager transactionManager,
      LoadRunRepository runs,
      ApplicationEventPublisher events,
      VariatlasProperties properties,
      LoadLocks locks,
      AuditLog audit,
      @Value("${variatlas.loads.heartbeat:10s}") Duration heartbeatEvery) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.runs = runs;
    this.events = events;
    this.properties = properties;
    this.locks = locks;
    this.audit = audit;
    this.heartbeatTimeout = heartbeatEvery.multipliedBy(6);
    long ms = heartbeatEvery.toMillis();
    heartbeat.scheduleWithFixedDelay(this::beat, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** This instance's id in {@code load_run.instance_id}. */
  public String instanceId() {
    return instanceId;
  }

  /** How long a run's heartbeat may be silent before the run counts as interrupted. */
  public Duration heartbeatTimeout() {
    return heartbeatTimeout;
  }

  private void beat() {
    try {
      runs.heartbeat(instanceId);
      int stale = runs.failStale(heartbeatTimeout);
      if (stale > 0) {
        log.warn("{} load run(s) of a stopped instance recorded as failed", stale);
      }
    } catch (RuntimeException e) {
      log.warn("Load run heartbeat failed", e);
    }
  }

  @PreDestroy
  void stopHeartbeat() {
    heartbeat.shutdownNow();
  }

  /**
   * Runs a job to its end and returns its record. Never throws for a bad source or a failing
   * loader: those end as a FAILED run with the reason.
   */
  public LoadRunRecord run(LoadJob job) {
    return run(job, null, null);
  }

  /**
   * Records a run as queued (to answer with its id at once) for {@link #run(LoadJob, String, Long)}
   * to run later.
   */
  public long queue(LoadJob job, String startedBy) {
    return runs.start(job, LoadRunRecord.QUEUED, startedBy, instanceId);
  }

  /**
   * Runs a job started by a user (null: the platform), or the run {@code queuedId} recorded by
   * {@link #queue}, and returns its record.
   */
  public LoadRunRecord run(LoadJob job, String startedBy, Long queuedId) {
    // Across every instance on this database: a platform load (the population, which topic
    // loaders read) runs alone; loads of different topics may run at once, one per topic.
    try (LoadLocks.Held held = locks.acquire(job.topicId())) {
      long id;
      if (queuedId == null) {
        id = runs.start(job, LoadRunRecord.RUNNING, startedBy, instanceId);
      } else {
        runs.running(queuedId);
        id = queuedId;
      }
      LoadRunRecord run = runAlone(job, id);
      audit.record(
          startedBy,
          AuditLog.LOAD_RUN,
          job.displayName() + " #" + id,
          run.applied() ? AuditLog.OK : AuditLog.FAILED,
          run.message());
      return run;
    }
  }

  private LoadRunRecord runAlone(LoadJob job, long id) {
    long started = System.nanoTime();
    LoadRun run =
        new LoadRun(
            id,
            properties.dataDirectory(),
            message -> {
              progress.put(id, message);
              log.info(
                  "Load run {}: {} ({} ms)",
                  id,
                  message,
                  (System.nanoTime() - started) / 1_000_000);
            });
    String status;
    String message;
    try {
      boolean applied = stageAndApply(job, run);
      status = applied ? LoadRunRecord.APPLIED : LoadRunRecord.FAILED;
      message =
          applied ? appliedMessage(run) : run.problemCount() + " problem(s): nothing was applied";
    } catch (LoaderFailure e) {
      status = LoadRunRecord.FAILED;
      // Its type and where in the plugin's code: what its author needs to act on it.
      String failure = LoaderFailures.describe(e.getCause());
      message = "the loader failed: " + failure + "; nothing was applied";
      run.problem(SourceLocation.file(job.displayName()), "loader-error", failure);
      log.warn("Load run {} ({}): loader failed", id, job.title(), e.getCause());
    } catch (RuntimeException e) {
      status = LoadRunRecord.FAILED;
      message = "the run failed: " + describe(e) + "; nothing was applied";
      run.problem(SourceLocation.file(job.displayName()), "run-error", describe(e));
      log.warn("Load run {} ({}) failed", id, job.title(), e);
    } finally {
      progress.remove(id);
    }
    if (!LoadRunRecord.APPLIED.equals(status)) {
      runs.finish(run, status, message);
    }
    logFinished(job, run, status, (System.nanoTime() - started) / 1_000_000);
    if (LoadRunRecord.APPLIED.equals(status)) {
      events.publishEvent(new LoadRunApplied(id, job.topicId(), job.loaderId()));
    }
    return runs.find(id).orElseThrow();
  }

  /**
   * Stages the job's rows and, when they have no problems, applies them and records the run as
   * applied, all in one transaction; otherwise rolls back.
   *
   * @return whether the data were applied
   * @throws LoaderFailure when the plugin's loader threw
   */
  private boolean stageAndApply(LoadJob job, LoadRun run) {
    Boolean applied =
        transactions.execute(
            tx -> {
              try {
                job.stage(run);
              } catch (SourceProblemException e) {
                run.problem(e.problem());
              } catch (LoadJob.LoaderFailedException e) {
                throw new LoaderFailure(e.getCause());
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new LoaderFailure(e);
              }
              if (run.hasProblems()) {
                tx.setRollbackOnly();
                return false;
              }
              job.apply(run);
              // Recorded in the data's own transaction: a crash after the commit cannot leave
              // applied data under a record that says nothing was applied.
              runs.finishApplied(run, appliedMessage(run));
              return true;
            });
    return Boolean.TRUE.equals(applied);
  }

  private static void logFinished(LoadJob job, LoadRun run, String status, long ms) {
    log.info(
        "Load run {} ({}): {} in {} ms, {} rows read, {} accepted, {} rejected, {} problem(s)",
        run.id(),
        job.title(),
        status,
        ms,
        run.rowsRead(),
        run.rowsAccepted(),
        run.rowsRejected(),
        run.problemCount());
    run.notes().forEach(note -> log.info("Load run {}: {}", run.id(), note));
  }

  private static String appliedMessage(LoadRun run) {
    return "applied "
        + run.rowsAccepted()
        + " rows"
        + run.notes().stream().map(n -> "; " + n).collect(Collectors.joining());
  }

  /** The latest progress message of a running run, or null. */
  public String progress(long runId) {
    return progress.get(runId);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** A loader's own exception, carried out of the transaction callback. */
  private static final class LoaderFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoaderFailure(Throwable cause) {
      super(cause);
    }
  }
}
