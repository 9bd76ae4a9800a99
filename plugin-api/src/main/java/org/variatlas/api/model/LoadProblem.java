package org.variatlas.api.model;

/**
 * One thing wrong with a source: where, which rule it breaks (a short stable code such as {@code
 * unknown-area}, {@code negative-count}, {@code duplicate-key}) and a message a person can act on.
 */
public record LoadProblem(SourceLocation where, String rule, String message) {

  public LoadProblem {
    if (where == null || rule == null || message == null) {
      throw new IllegalArgumentException("a load problem needs a location, a rule and a message");
    }
  }

  @Override
  public String toString() {
    return where + ": " + message + " [" + rule + "]";
  }
}
