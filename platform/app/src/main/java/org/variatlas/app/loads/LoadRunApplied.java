package org.variatlas.app.loads;

/**
 * Published (a Spring application event) after a load run's rows are committed. The results
 * pipeline listens for it to recompute what depends on the loaded data:
 *
 * <pre>{@code
 * @EventListener
 * void onLoad(LoadRunApplied event) {
 *   if (event.isPopulation()) { ...recompute every topic... }
 *   else { ...recompute event.topicId()... }
 * }
 * }</pre>
 *
 * Listeners run on the thread of the load (a background thread at start-up); use {@code @Async} or
 * hand the work to an executor for long computations.
 *
 * @param runId the run's id in {@code load_run}
 * @param topicId the topic whose loader ran, or null for a platform load
 * @param loaderId the loader's id; {@link #POPULATION} for the population load
 */
public record LoadRunApplied(long runId, String topicId, String loaderId) {

  /** The loader id of the platform's population load. */
  public static final String POPULATION = "population";

  /** Whether the population changed (every computed rate may have). */
  public boolean isPopulation() {
    return topicId == null && POPULATION.equals(loaderId);
  }
}
