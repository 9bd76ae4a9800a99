package org.variatlas.engine.variation;

/**
 * The normal–normal (generalised James–Stein) empirical Bayes fit.
 *
 * @param a the ML estimate of the prior variance A of the relative excess θ_i; NaN if Fisher
 *     scoring did not converge
 * @param shrunkRatios per group 1 + (1 − B_i)·y_i, with B_i = d_i/(A + d_i)·(K−3)/(K−2)
 */
public record NormalNormalFit(double a, double[] shrunkRatios) {}
