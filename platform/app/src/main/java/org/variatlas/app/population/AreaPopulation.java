package org.variatlas.app.population;

/**
 * The yearly average population of an area over a period.
 *
 * @param level the area level ({@code national} for the whole country)
 * @param code the area's code ({@code 8888} for the whole country)
 * @param name the area's name in the requested language
 * @param population persons per year, averaged over the period's years (Helseatlas' "popsnitt")
 */
public record AreaPopulation(String level, String code, String name, double population) {}
