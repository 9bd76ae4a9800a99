package org.variatlas.app.loads;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.variatlas.api.DataLoader;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Provenance;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Whether a computed indicator's values rest on synthetic counts, decided by where its counts come
 * from now rather than by its definition alone: once an editor loads a real registry extract for a
 * measure (which supersedes the synthetic counts, see {@link DataLoader#synthetic()}), the
 * synthetic-data notices of the indicators on that measure disappear. Cached per topic until the
 * next load.
 */
@Component
public class CountSources {

  private final RunDataRepository repository;
  private final LoadRunRepository runs;
  private final Map<String, Map<String, Set<String>>> loadersByMeasure = new ConcurrentHashMap<>();

  CountSources(RunDataRepository repository, LoadRunRepository runs) {
    this.repository = repository;
    this.runs = runs;
  }

  /**
   * Whether the indicator's values rest on synthetic counts: a computed indicator whose measure's
   * counts all come from synthetic loaders of the topic; its definition's flag while nothing is
   * loaded for it, and for a published indicator.
   */
  public boolean synthetic(InstalledTopic topic, IndicatorDefinition indicator) {
    if (indicator.provenance() != Provenance.COMPUTED) {
      return indicator.synthetic();
    }
    Set<String> loaders = loaderIds(topic).getOrDefault(indicator.numeratorMeasure(), Set.of());
    if (loaders.isEmpty()) {
      return indicator.synthetic();
    }
    return topic.syntheticLoaderIds().containsAll(loaders);
  }

  /** The topic's loaders whose counts a computed indicator rests on now (none before a load). */
  public List<DataLoader> loaders(InstalledTopic topic, IndicatorDefinition indicator) {
    if (indicator.provenance() != Provenance.COMPUTED) {
      return List.of();
    }
    Set<String> ids = loaderIds(topic).getOrDefault(indicator.numeratorMeasure(), Set.of());
    return topic.loaders().stream().filter(l -> ids.contains(l.id())).toList();
  }

  /** When a loader of the topic last applied its data, if ever. */
  public Optional<OffsetDateTime> loadedAt(InstalledTopic topic, DataLoader loader) {
    return runs.lastApplied(topic.id(), loader.id()).map(LoadRunRecord::finishedAt);
  }

  /** The definition as the atlas shows it: synthetic exactly when its values are. */
  public IndicatorDefinition asShown(InstalledTopic topic, IndicatorDefinition indicator) {
    return indicator.withSynthetic(synthetic(topic, indicator));
  }

  private Map<String, Set<String>> loaderIds(InstalledTopic topic) {
    return loadersByMeasure.computeIfAbsent(topic.id(), repository::loadersByMeasure);
  }

  @EventListener
  void onLoad(LoadRunApplied event) {
    loadersByMeasure.clear();
  }
}
