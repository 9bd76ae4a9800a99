package org.variatlas.engine.variation;

/**
 * The Poisson–Gamma empirical Bayes fit.
 *
 * @param alpha the ML estimate of the Gamma(α, α) prior's shape; 1/α is the EB analogue of the SCV.
 *     +∞ when the data show no extra-Poisson variation (the likelihood rises without bound)
 * @param shrunkRatios per group (O_i + α)/(E_i + α); 1 when α is infinite
 */
public record PoissonGammaFit(double alpha, double[] shrunkRatios) {}
