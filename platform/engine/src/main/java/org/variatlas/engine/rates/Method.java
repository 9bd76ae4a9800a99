package org.variatlas.engine.rates;

/** How a value's confidence interval was computed; {@link #label()} is the PHE method name. */
public enum Method {
  /** Exact Poisson limits (Garwood), used by PHE for counts below 10. */
  EXACT("Exact"),
  /** Byar's approximation (Breslow &amp; Day 1987), used by PHE for counts of 10 or more. */
  BYARS("Byars"),
  /** Wilson score interval of a proportion (Wilson 1927). */
  WILSON("Wilson"),
  /** Dobson et al. (1991) interval of a directly standardised rate, from Byar's count limits. */
  DOBSON("Dobson"),
  /** Fay &amp; Feuer (1997) gamma interval of a directly standardised rate. */
  FAY_FEUER("Fay-Feuer");

  private final String label;

  Method(String label) {
    this.label = label;
  }

  /** The method name as PHEindicatormethods prints it, e.g. {@code Byars}. */
  public String label() {
    return label;
  }

  /** The method PHE applies to a count: {@link #EXACT} below 10, {@link #BYARS} otherwise. */
  public static Method forCount(double observed) {
    return observed < 10 ? EXACT : BYARS;
  }
}
