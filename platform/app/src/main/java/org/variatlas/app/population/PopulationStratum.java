package org.variatlas.app.population;

import org.variatlas.api.model.Sex;

/**
 * Residents of an area in one year, of one sex, in one age band.
 *
 * @param area the area code of the level ({@code 8888} for the whole country)
 * @param year the year (population on 1 January)
 * @param sex the sex
 * @param ageFrom the band's lowest age
 * @param ageTo the band's highest age (inclusive; 105 means 105 or older)
 * @param persons residents
 */
public record PopulationStratum(
    String area, int year, Sex sex, int ageFrom, int ageTo, long persons) {}
