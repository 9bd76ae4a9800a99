package org.variatlas.app.loads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.config.VariatlasProperties;

/**
 * Runs loads (a platform load alone, topics' loads one at a time per topic): records the run, lets
 * the job stage and validate its rows in one transaction, applies them when no problem was found
 * and rolls everything back otherwise, records the outcome with every problem, and publishes {@link
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
  private final ReadWriteLock platform = new ReentrantReadWriteLock();
  private final Map<String, Lock> topicLocks = new ConcurrentHashMap<>();

  public LoadRunner(
      PlatformTransactionManager transactionManager,
      LoadRunRepository runs,
      ApplicationEventPublisher events,
      VariatlasProperties properties) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.runs = runs;
    this.events = events;
    this.properties = properties;
  }

  /**
   * Runs a job to its end and returns its record. Never throws for a bad source or a failing
   * loader: those end as a FAILED run with the reason.
   */
  public LoadRunRecord run(LoadJob job) {
    // A platform load (the population, which topic loaders read) runs alone; loads of different
    // topics may run at once (their rows are disjoint), one at a time per topic.
    Lock shared = job.topicId() == null ? platform.writeLock() : platform.readLock();
    shared.lock();
    Lock topic =
        job.topicId() == null
            ? new ReentrantLock()
            : topicLocks.computeIfAbsent(job.topicId(), t -> new ReentrantLock());
    topic.lock();
    try {
      return runAlone(job);
    } finally {
      topic.unlock();
      shared.unlock();
    }
  }

  private LoadRunRecord runAlone(LoadJob job) {
    long id =
        runs.start(
            job.topicId(), job.loaderId(), job.title(), job.pluginVersion(), job.parameters());
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
      status = Boolean.TRUE.equals(applied) ? LoadRunRecord.APPLIED : LoadRunRecord.FAILED;
      message =
          Boolean.TRUE.equals(applied)
              ? appliedMessage(run)
              : run.problemCount() + " problem(s): nothing was applied";
    } catch (LoaderFailure e) {
      status = LoadRunRecord.FAILED;
      message = "the loader failed: " + describe(e.getCause()) + "; nothing was applied";
      run.problem(
          SourceLocation.file(
              job.topicId() == null ? job.loaderId() : job.topicId() + "/" + job.loaderId()),
          "loader-error",
          describe(e.getCause()));
      log.warn("Load run {} ({}): loader failed", id, job.title(), e.getCause());
    } catch (RuntimeException e) {
      status = LoadRunRecord.FAILED;
      message = "the run failed: " + describe(e) + "; nothing was applied";
      run.problem(
          SourceLocation.file(
              job.topicId() == null ? job.loaderId() : job.topicId() + "/" + job.loaderId()),
          "run-error",
          describe(e));
      log.warn("Load run {} ({}) failed", id, job.title(), e);
    } finally {
      progress.remove(id);
    }
    if (!LoadRunRecord.APPLIED.equals(status)) {
      runs.finish(run, status, message);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    log.info(
        "Load run {} ({}): {} in {} ms, {} rows read, {} accepted, {} rejected, {} problem(s)",
        id,
        job.title(),
        status,
        ms,
        run.rowsRead(),
        run.rowsAccepted(),
        run.rowsRejected(),
        run.problemCount());
    run.notes().forEach(note -> log.info("Load run {}: {}", id, note));
    if (LoadRunRecord.APPLIED.equals(status)) {
      events.publishEvent(new LoadRunApplied(id, job.topicId(), job.loaderId()));
    }
    return runs.find(id).orElseThrow();
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
