package org.variatlas.app.population;

import org.variatlas.api.model.Sex;

/**
 * One stratum of a reference population (Helseatlas' standard: the national population of a
 * reference year): its persons and its share of all persons the filter admits.
 *
 * @param sex the sex
 * @param ageFrom the band's lowest age
 * @param ageTo the band's highest age (inclusive)
 * @param persons residents of the whole country in the reference year
 * @param share persons / all persons of the filter (the shares sum to 1)
 */
public record ReferenceShare(Sex sex, int ageFrom, int ageTo, long persons, double share) {}
