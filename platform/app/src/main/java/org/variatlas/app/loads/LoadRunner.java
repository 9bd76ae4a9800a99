package org.variatlas.app.loads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.config.VariatlasProperties;

/**
 * Runs loads, one at a time: records the run, lets the job stage and validate its rows in one
 * transaction, applies them when no problem was found and rolls everything back otherwise, records
 * the outcome with every problem, and publishes {@link LoadRunApplied} after a commit.
 */
@Service
public class LoadRunner {

  private static final Logger log = LoggerFactory.getLogger(LoadRunner.class);

  private final DataSource dataSource;
  private final TransactionTemplate transactions;
  private final LoadRunRepository runs;
  private final ApplicationEventPublisher events;
  private final VariatlasProperties properties;
  private final Map<Long, String> progress = new ConcurrentHashMap<>();

  public LoadRunner(
      DataSource dataSource,
      PlatformTransactionManager transactionManager,
      LoadRunRepository runs,
      ApplicationEventPublisher events,
      VariatlasProperties properties) {
    this.dataSource = dataSource;
    this.transactions = new TransactionTemplate(transactionManager);
    this.runs = runs;
    this.events = events;
    this.properties = properties;
  }

  /**
   * Runs a job to its end and returns its record. Never throws for a bad source or a failing
   * loader: those end as a FAILED run with the reason.
   */
  public synchronized LoadRunRecord run(LoadJob job) {
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
            },
            () -> DataSourceUtils.getConnection(dataSource));
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
                return true;
              });
      status = Boolean.TRUE.equals(applied) ? LoadRunRecord.APPLIED : LoadRunRecord.FAILED;
      message =
          Boolean.TRUE.equals(applied)
              ? "applied "
                  + run.rowsAccepted()
                  + " rows"
                  + run.notes().stream().map(n -> "; " + n).collect(Collectors.joining())
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
    runs.finish(run, status, message);
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
