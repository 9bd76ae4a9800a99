package org.variatlas.app.loads;

/**
 * What one kind of load does inside the {@link LoadRunner}'s machinery: stage its rows (reporting
 * each problem to the run), check what only the whole set can show (duplicate keys), and, when the
 * run has no problem, replace its previous rows with the staged ones. {@link #stage} and {@link
 * #apply} run in one database transaction: a run applies everything or nothing.
 */
public interface LoadJob {

  /** The topic whose loader this is, or null for a platform load. */
  String topicId();

  /** The loader's id ({@code population} for the platform's population load). */
  String loaderId();

  /**
   * Where the job's own problems are located: {@code topic/loader}, or the platform loader's id.
   */
  default String displayName() {
    return topicId() == null ? loaderId() : topicId() + "/" + loaderId();
  }

  /** What is loaded, for people. */
  String title();

  /** The plugin's version, or null for a platform load. */
  default String pluginVersion() {
    return null;
  }

  /** The editor's parameters, {@code name=value} per line (empty for none). */
  default String parameters() {
    return "";
  }

  /**
   * Reads the sources and stages every valid row (in temporary tables of the run's transaction),
   * reporting every problem to {@code run}; may throw to abort the run.
   */
  void stage(LoadRun run) throws Exception;

  /** Replaces this loader's previous rows with the staged ones (only called without problems). */
  void apply(LoadRun run);

  /** A plugin's loader threw: the run fails with the loader's reason (not the platform's). */
  final class LoaderFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public LoaderFailedException(Throwable cause) {
      super(cause);
    }
  }
}
