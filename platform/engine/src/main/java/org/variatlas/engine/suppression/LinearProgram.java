package org.variatlas.engine.suppression;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A linear programme over non-negative variables, solved by ojAlgo's simplex: rows are sums of
 * chosen variables with coefficients, bound to equal, exceed or stay below a value.
 */
final class LinearProgram {

  enum Outcome {
    OPTIMAL,
    UNBOUNDED,
    INFEASIBLE
  }

  enum Relation {
    EQ,
    GEQ,
    LEQ
  }

  record Solution(Outcome outcome, double value, double[] point) {}

  private record Row(int[] variables, double[] coefficients, Relation relation, double bound) {}

  private final int variables;
  private final List<Row> rows = new ArrayList<>();

  LinearProgram(int variables) {
    this.variables = variables;
  }

  /** Adds the row Σ coefficients[k] · x[variables[k]] (relation) bound. */
  LinearProgram row(int[] vars, double[] coefficients, Relation relation, double bound) {
    rows.add(new Row(vars, coefficients, relation, bound));
    return this;
  }

  /** Adds the row Σ x[v] (relation) bound. */
  LinearProgram sum(int[] vars, Relation relation, double bound) {
    double[] ones = new double[vars.length];
    java.util.Arrays.fill(ones, 1);
    return row(vars, ones, relation, bound);
  }

  /** Maximises ({@code maximise}) or minimises {@code objective · x}. */
  Solution solve(double[] objective, boolean maximise) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[variables];
    for (int v = 0; v < variables; v++) {
      x[v] = model.addVariable("x" + v).lower(0).weight(objective[v]);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      Expression e = model.addExpression("r" + r);
      for (int k = 0; k < row.variables().length; k++) {
        e.set(x[row.variables()[k]], row.coefficients()[k]);
      }
      switch (row.relation()) {
        case EQ -> e.level(row.bound());
        case GEQ -> e.lower(row.bound());
        case LEQ -> e.upper(row.bound());
      }
    }
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    Optimisation.State state = result.getState();
    if (state == Optimisation.State.UNBOUNDED) {
      return new Solution(
          Outcome.UNBOUNDED, maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, null);
    }
    if (!state.isOptimal()) {
      if (state == Optimisation.State.INFEASIBLE || !state.isFeasible()) {
        return new Solution(Outcome.INFEASIBLE, Double.NaN, null);
      }
      throw new IllegalStateException("the LP solver stopped short of an optimum: " + state);
    }
    double[] point = new double[variables];
    for (int v = 0; v < variables; v++) {
      point[v] = result.doubleValue(v);
    }
    return new Solution(Outcome.OPTIMAL, result.getValue(), point);
  }
}
