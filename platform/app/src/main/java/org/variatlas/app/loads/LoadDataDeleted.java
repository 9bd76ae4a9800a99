package org.variatlas.app.loads;

/**
 * Published (a Spring application event) after an editor deleted the data a load run applied: the
 * topic's results are recomputed from what remains.
 *
 * @param runId the run whose rows were deleted
 * @param topicId its topic
 */
public record LoadDataDeleted(long runId, String topicId) {}
