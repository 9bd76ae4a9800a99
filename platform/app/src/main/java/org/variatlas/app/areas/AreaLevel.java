package org.variatlas.app.areas;

import org.variatlas.api.model.LocalizedText;

/**
 * An area level of the pack.
 *
 * @param id e.g. {@code hf}
 * @param title what the level is called ("Referral area")
 * @param parent the level its areas roll up into (the RHF for an HF), or null
 * @param nameInUrl whether URLs carry an area's short name ({@code UNN}) rather than its code
 * @param tolerance the largest simplification tolerance of its web polygons, in degrees
 * @param removeRings rings smaller than this × tolerance² are dropped from web polygons
 */
public record AreaLevel(
    String id,
    LocalizedText title,
    String parent,
    boolean nameInUrl,
    double tolerance,
    double removeRings) {}
