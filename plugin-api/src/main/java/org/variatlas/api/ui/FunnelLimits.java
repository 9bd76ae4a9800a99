package org.variatlas.api.ui;

import java.util.Map;

/**
 * The control limits of a funnel plot (Spiegelhalter 2005) as computed by the platform's engine:
 * four curves and the target, plus where each area sits on the x axis.
 *
 * <p>Each curve has its own x values because the engine parametrises the limits by the event count
 * (PHE's method): the same count lies at different populations on the lower and upper curves.
 * Arrays are copied.
 *
 * <pre>{@code
 * FunnelLimits limits = new FunnelLimits(245.3, FunnelLimits.XAxis.POPULATION,
 *     new Curve(x, lower95), new Curve(x, upper95), new Curve(x, lower998), new Curve(x, upper998),
 *     Map.of("16", 201_345.0, "2", 190_100.0));
 * }</pre>
 *
 * @param target the target value (the national or pooled value), in the indicator's unit
 * @param xAxis what the x values are
 * @param lower95 the lower 95 % limit
 * @param upper95 the upper 95 % limit
 * @param lower998 the lower 99.8 % limit
 * @param upper998 the upper 99.8 % limit
 * @param positions the x value of each area by code; an area without one is placed at its
 *     population ({@link org.variatlas.api.model.AreaResult#population()})
 */
public record FunnelLimits(
    double target,
    XAxis xAxis,
    Curve lower95,
    Curve upper95,
    Curve lower998,
    Curve upper998,
    Map<String, Double> positions) {

  public FunnelLimits {
    positions = positions == null ? Map.of() : Map.copyOf(positions);
    xAxis = xAxis == null ? XAxis.POPULATION : xAxis;
  }

  /** What the x axis of the funnel measures. */
  public enum XAxis {
    /** Population per year (rates): the denominator, or PHE's derived one for DSRs. */
    POPULATION,
    /** Expected events (indirectly standardised ratios). */
    EXPECTED_EVENTS
  }

  /**
   * One limit: y (in the indicator's unit) at each x, both ascending in x.
   *
   * @param x the x values
   * @param y the limit at each x
   */
  public record Curve(double[] x, double[] y) {

    public Curve {
      if (x.length != y.length) {
        throw new IllegalArgumentException(
            "a funnel curve needs as many x as y values, got " + x.length + " and " + y.length);
      }
      x = x.clone();
      y = y.clone();
    }

    @Override
    public double[] x() {
      return x.clone();
    }

    @Override
    public double[] y() {
      return y.clone();
    }

    void write(JsonWriter json, String name) {
      json.name(name).beginArray();
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          json.beginArray().value(x[i]).value(y[i]).endArray();
        }
      }
      json.endArray();
    }
  }
}
