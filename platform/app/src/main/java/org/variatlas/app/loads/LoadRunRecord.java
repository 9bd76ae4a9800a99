package org.variatlas.app.loads;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One recorded load run, as the admin page and the API show it.
 *
 * @param id the run's number
 * @param topicId the topic whose loader ran, or null for the platform's own loads (population)
 * @param loaderId the loader's id ({@code population} for the platform's)
 * @param title what was loaded, for people
 * @param pluginVersion the version of the plugin that ran, or null
 * @param parameters the editor's parameters, {@code name=value} per line
 * @param sources the files read, relative to the data directory, one per line
 * @param fingerprint a hash of the sources (and plugin version): a run with the same fingerprint
 *     loads the same rows
 * @param status {@code QUEUED}, {@code RUNNING}, {@code APPLIED} or {@code FAILED}
 * @param rowsRead data rows read from the sources
 * @param rowsAccepted rows that passed validation (all of them are applied, or none)
 * @param rowsRejected rows with a problem
 * @param problemCount problems found (all are counted; at most {@link LoadRun#MAX_STORED_PROBLEMS}
 *     are stored)
 * @param message why a run failed, or a summary
 * @param startedBy the user who started it, or null for the platform (start-up loads)
 */
public record LoadRunRecord(
    long id,
    String topicId,
    String loaderId,
    String title,
    String pluginVersion,
    String parameters,
    String sources,
    String fingerprint,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    int problemCount,
    String message,
    String startedBy) {

  public static final String QUEUED = "QUEUED";
  public static final String RUNNING = "RUNNING";
  public static final String APPLIED = "APPLIED";
  public static final String FAILED = "FAILED";

  public boolean applied() {
    return APPLIED.equals(status);
  }

  /** How long the run took (so far, when it is still running). */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt == null ? OffsetDateTime.now() : finishedAt);
  }
}
