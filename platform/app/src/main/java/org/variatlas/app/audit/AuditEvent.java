package org.variatlas.app.audit;

import java.time.OffsetDateTime;

/**
 * One recorded action.
 *
 * @param actor the user name, or null for the platform itself
 * @param action what was done, e.g. {@code plugin.install} (see {@link AuditLog})
 * @param target what it was done to (a plugin id, {@code topic/loader}, a run id), or null
 * @param outcome {@code OK}, {@code REFUSED} or {@code FAILED}
 * @param detail why, or what came of it, or null
 */
public record AuditEvent(
    long id,
    OffsetDateTime at,
    String actor,
    String action,
    String target,
    String outcome,
    String detail) {}
