package org.variatlas.app.loads;

/**
 * Published (a Spring application event) when start-up loads have ended: one topic's ({@code
 * topicId}), or all of them ({@code topicId} null), done or stopped. The results pipeline holds the
 * recomputation of a topic until its start-up loads are over, and computes it once.
 *
 * @param topicId the topic whose start-up loads ended, or null when all have
 * @param phase the phase of the start-up loads then
 */
public record StartupLoadsFinished(String topicId, StartupLoads.Phase phase) {}
