package org.variatlas.app.lifecycle;

import java.util.List;
import org.variatlas.app.plugins.PluginInstall;
import org.variatlas.app.plugins.PluginStatus;

/**
 * One plugin as the plugins page and {@code GET /api/v1/plugins} show it: what the runtime says and
 * what the database records.
 *
 * @param status the runtime's status (state, reason)
 * @param install what the database records, or null (a jar that could not be read)
 * @param topicIds the topics it serves now
 * @param stagedVersion a newer version staged beside it, or null
 * @param previousVersion the version it replaced, kept for a restore, or null
 */
public record PluginRow(
    PluginStatus status,
    PluginInstall install,
    List<String> topicIds,
    String stagedVersion,
    String previousVersion) {

  public String id() {
    return status.id();
  }

  /** {@code published}, {@code draft}, or null when the database knows nothing of it. */
  public String publication() {
    return install == null ? null : install.published() ? "published" : "draft";
  }

  public boolean isDraft() {
    return install != null && !install.published();
  }
}
