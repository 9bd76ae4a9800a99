package org.variatlas.app.topics;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.DataLoader;
import org.variatlas.api.FactSheetView;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.Coverage;
import org.variatlas.api.model.DataSource;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Messages;

/**
 * A topic served by a started plugin: what its {@link AtlasTopic} said when the plugin started
 * (read once, validated), with the loaders and fact sheet that plugins contribute to it, the areas
 * it covers and the sources it credits.
 */
public record InstalledTopic(
    String id,
    LocalizedText title,
    LocalizedText description,
    int order,
    List<Chapter> chapters,
    List<IndicatorDefinition> indicators,
    List<MeasureDefinition> measures,
    String pluginId,
    String pluginVersion,
    List<DataLoader> loaders,
    FactSheetView factSheetView,
    Messages messages,
    Coverage coverage,
    List<DataSource> sources) {

  public InstalledTopic {
    coverage = coverage == null ? Coverage.everywhere() : coverage;
    sources = sources == null ? List.of() : List.copyOf(sources);
    chapters = List.copyOf(chapters);
    indicators = List.copyOf(indicators);
    measures = List.copyOf(measures);
    loaders = List.copyOf(loaders);
  }

  /** This topic with other indicator definitions (e.g. held to the platform's rules). */
  public InstalledTopic withIndicators(List<IndicatorDefinition> replaced) {
    return new InstalledTopic(
        id,
        title,
        description,
        order,
        chapters,
        replaced,
        measures,
        pluginId,
        pluginVersion,
        loaders,
        factSheetView,
        messages,
        coverage,
        sources);
  }

  public Optional<IndicatorDefinition> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  public Optional<MeasureDefinition> measure(String measureId) {
    return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
  }

  /** The ids of the loaders that make synthetic counts ({@link DataLoader#synthetic()}). */
  public Set<String> syntheticLoaderIds() {
    return loaders.stream()
        .filter(DataLoader::synthetic)
        .map(DataLoader::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The ids of the real loaders that deliver a plugin's own counts at install: {@link
   * DataLoader#loadOnInstall()}, no parameters, not synthetic. An extract supersedes their counts.
   */
  public Set<String> installLoaderIds() {
    return loaders.stream()
        .filter(l -> l.loadOnInstall() && l.parameters().isEmpty() && !l.synthetic())
        .map(DataLoader::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Optional<FactSheetView> factSheet() {
    return Optional.ofNullable(factSheetView);
  }

  public Optional<Messages> bundle() {
    return Optional.ofNullable(messages);
  }
}
