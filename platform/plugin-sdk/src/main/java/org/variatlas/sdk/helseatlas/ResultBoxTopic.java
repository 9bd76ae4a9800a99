package org.variatlas.sdk.helseatlas;

import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.sdk.topic.Topic;

/**
 * A topic made of a Helseatlas atlas' published result boxes ({@link #published()}, typically from
 * a {@link ResultBoxCatalogue}) and computed indicators on synthetic counts that mirror some of
 * them ({@link #synthetic()}), each listed right after the indicator it mirrors.
 */
public abstract class ResultBoxTopic extends Topic {

  protected ResultBoxTopic(String id, int order, String... chapterIds) {
    super(id, order, chapterIds);
  }

  /** The published indicators with the files and columns of their figures. */
  public abstract List<ResultBoxIndicator> published();

  /** The computed indicators on synthetic counts; none by default. */
  public List<SyntheticMirror> synthetic() {
    return List.of();
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    List<IndicatorDefinition> indicators = new ArrayList<>();
    for (ResultBoxIndicator indicator : published()) {
      IndicatorDefinition definition = indicator.definition();
      indicators.add(definition);
      synthetic().stream()
          .filter(s -> s.publishedId().equals(definition.id()))
          .forEach(s -> indicators.add(s.definition(definition, this)));
    }
    return indicators;
  }

  @Override
  public List<MeasureDefinition> measures() {
    return synthetic().stream().map(s -> s.measure(this)).toList();
  }
}
