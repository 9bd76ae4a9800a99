package org.variatlas.app.plugins;

import java.time.OffsetDateTime;

/**
 * What the database records of an installed plugin.
 *
 * @param uploaded the jar came through the browser or the API (false: the operator placed it in the
 *     plugins directory)
 * @param enabled false when an editor disabled it (not started, data kept)
 * @param published false while it is a draft (editors and its partner see its topics, nobody else)
 */
public record PluginInstall(
    String pluginId,
    String version,
    String fileName,
    String sha256,
    boolean uploaded,
    boolean enabled,
    boolean published,
    String installedBy,
    OffsetDateTime installedAt,
    OffsetDateTime changedAt) {}
