package org.variatlas.sdk.helseatlas;

import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Provenance;

/**
 * A published indicator of a topic together with where its figures are: the result-box data file
 * (relative to the atlas' data directory) and the columns ({@link PublishedSeries}). A topic
 * declares its published indicators this way once; the topic lists the definitions and the loader
 * imports the series ({@link ResultBoxImporter#publishAll}).
 */
public record ResultBoxIndicator(
    IndicatorDefinition definition, String file, PublishedSeries series) {

  public ResultBoxIndicator {
    if (definition.provenance() != Provenance.PUBLISHED) {
      throw new IllegalArgumentException(definition.id() + " is not a published indicator");
    }
    if (!definition.id().equals(series.indicatorId())) {
      throw new IllegalArgumentException(
          "series of " + series.indicatorId() + " paired with indicator " + definition.id());
    }
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException(definition.id() + " needs a data file");
    }
  }
}
