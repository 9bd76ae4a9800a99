package org.variatlas.app.results;

import org.variatlas.api.model.Sex;

/**
 * A measure's count rolled up to an area x year x sex x age band (x category): the numerator side
 * of a stratum. {@code category} is {@code ""} for a measure without categories.
 */
public record EventStratum(
    String area, int year, Sex sex, int ageFrom, String category, long count) {}
