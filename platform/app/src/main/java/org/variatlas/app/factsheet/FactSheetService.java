package org.variatlas.app.factsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;
import org.variatlas.app.results.ResultsService;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Lets a topic's {@code FactSheetView} compose its sheet for a language, giving it the suppressed
 * results of its own indicators.
 */
@Service
public class FactSheetService {

  private final TopicRegistry topics;
  private final ResultsService results;

  public FactSheetService(TopicRegistry topics, ResultsService results) {
    this.topics = topics;
    this.results = results;
  }

  /** The composed blocks, or empty when the topic is unknown or has no fact sheet. */
  Optional<List<SheetBlock>> compose(String topicId, Locale locale) {
    Optional<InstalledTopic> topic = topics.visibleTopic(topicId);
    if (topic.isEmpty() || topic.get().factSheet().isEmpty()) {
      return Optional.empty();
    }
    ComposedSheet sheet = new ComposedSheet();
    topic.get().factSheet().get().compose(context(topic.get(), locale), sheet);
    return Optional.of(sheet.blocks());
  }

  /** Whether a topic offers a fact sheet. */
  public boolean hasFactSheet(String topicId) {
    return topics.visibleTopic(topicId).flatMap(InstalledTopic::factSheet).isPresent();
  }

  private FactSheetContext context(InstalledTopic topic, Locale locale) {
    return new FactSheetContext() {
      @Override
      public Locale locale() {
        return locale;
      }

      @Override
      public Optional<IndicatorResults> results(String indicatorId) {
        return topic.indicator(indicatorId).flatMap(i -> results.defaultResults(topic, i, locale));
      }

      @Override
      public Optional<IndicatorResults> results(String indicatorId, String level, Period period) {
        return results.results(topic.id(), indicatorId, level, period, locale);
      }
    };
  }
}
