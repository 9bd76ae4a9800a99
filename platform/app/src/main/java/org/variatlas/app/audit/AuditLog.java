package org.variatlas.app.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Records who did what to the atlas (sign-ins, plugin installs and their publication, disabling and
 * removal, load runs, uploads, data deletions) and reads the record back with filters. Recording
 * never fails the action it records: a failure to write is logged.
 */
@Service
public class AuditLog {

  /** The actions recorded. */
  public static final String SIGN_IN = "sign-in";

  public static final String PLUGIN_INSTALL = "plugin.install";
  public static final String PLUGIN_PUBLISH = "plugin.publish";
  public static final String PLUGIN_UNPUBLISH = "plugin.unpublish";
  public static final String PLUGIN_DISABLE = "plugin.disable";
  public static final String PLUGIN_ENABLE = "plugin.enable";
  public static final String PLUGIN_REMOVE = "plugin.remove";
  public static final String PLUGIN_UPGRADE = "plugin.upgrade";
  public static final String PLUGIN_RESTORE = "plugin.restore";
  public static final String LOAD_RUN = "load.run";
  public static final String UPLOAD = "upload";
  public static final String DATA_DELETE = "data.delete";

  /** Outcomes. */
  public static final String OK = "OK";

  public static final String REFUSED = "REFUSED";
  public static final String FAILED = "FAILED";

  /**
   * What to show; null or blank fields do not filter.
   *
   * @param actor part of the user name
   * @param action an action or its prefix ({@code plugin.})
   * @param outcome {@code OK}, {@code REFUSED} or {@code FAILED}
   * @param from from this time on
   * @param to before this time
   */
  public record Filter(
      String actor, String action, String outcome, OffsetDateTime from, OffsetDateTime to) {
    public static final Filter ALL = new Filter(null, null, null, null, null);
  }

  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

  private final AuditRepository repository;

  AuditLog(AuditRepository repository) {
    this.repository = repository;
  }

  /** Records an action of a signed-in person (null: the platform). */
  public void record(
      Authentication actor, String action, String target, String outcome, String detail) {
    record(actor == null ? null : actor.getName(), action, target, outcome, detail);
  }

  /** Records an action of a user by name (null: the platform). */
  public void record(String actor, String action, String target, String outcome, String detail) {
    try {
      repository.insert(
          OffsetDateTime.now(ZoneOffset.UTC),
          actor,
          action,
          target,
          outcome,
          detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000) + "…");
    } catch (RuntimeException e) {
      log.error("Cannot record {} {} by {} in the audit trail", action, target, actor, e);
    }
  }

  /** The latest events that match, newest first (at most {@code limit}). */
  public List<AuditEvent> find(Filter filter, int limit) {
    return repository.find(filter, Math.max(1, Math.min(limit, 5000)));
  }
}
