package org.variatlas.api.io;

import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.SourceLocation;

/**
 * A problem with a source that stops reading it: unreadable file, wrong columns, a malformed value.
 * Carries the located {@link LoadProblem}; the platform records it on the load run.
 */
public class SourceProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LoadProblem problem;

  public SourceProblemException(LoadProblem problem) {
    this(problem, null);
  }

  public SourceProblemException(LoadProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public SourceProblemException(SourceLocation where, String rule, String message) {
    this(new LoadProblem(where, rule, message));
  }

  public SourceProblemException(
      SourceLocation where, String rule, String message, Throwable cause) {
    this(new LoadProblem(where, rule, message), cause);
  }

  public LoadProblem problem() {
    return problem;
  }
}
