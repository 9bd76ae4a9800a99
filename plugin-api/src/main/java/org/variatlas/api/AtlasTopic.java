package org.variatlas.api;

import java.util.List;
import org.pf4j.ExtensionPoint;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.Coverage;
import org.variatlas.api.model.DataSource;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;

/**
 * One thematic atlas (day surgery, child health, ...). A topic plugin contributes exactly one
 * implementation, annotated with {@code @Extension}.
 *
 * <p>The platform calls these methods once when the plugin starts and keeps the answers; they must
 * be cheap and must not touch the file system or the network. Texts come in Norwegian Bokmål,
 * Nynorsk and English ({@link LocalizedText}); read them from the plugin's own i18n bundle with
 * {@link org.variatlas.api.model.Messages}.
 */
public interface AtlasTopic extends ExtensionPoint {

  /**
   * The topic id, in kebab case and unique across all installed plugins; it becomes part of URLs
   * ({@code /topic/day-surgery}). Conventionally equal to the plugin id.
   */
  String id();

  /** The title shown in the topic switcher and page header. */
  LocalizedText title();

  /** One or two paragraphs describing what the topic covers (Markdown allowed). */
  LocalizedText description();

  /** Position in the topic switcher; lower first. Ties are broken by title. */
  default int order() {
    return 100;
  }

  /** The chapters indicators are grouped under, in display order. */
  List<Chapter> chapters();

  /** The indicators of this topic, in display order within their chapters. */
  List<IndicatorDefinition> indicators();

  /** The counts the topic's loaders deliver and its computed indicators are built from. */
  default List<MeasureDefinition> measures() {
    return List.of();
  }

  /**
   * The areas the topic has data for (by default the whole country). The reference value, the
   * comparisons, the funnel and the variation statistics of its computed indicators are computed
   * over the covered areas and labelled with the coverage's name ("Helse Nord" instead of
   * "Norway"); areas outside it are not shown.
   *
   * @since 1.1.0
   */
  default Coverage coverage() {
    return Coverage.everywhere();
  }

  /**
   * Where the topic's data come from, with their licence and the attribution they ask for; shown on
   * the topic's page, its fact sheet and the atlas' page about the data. None by default.
   *
   * @since 1.1.0
   */
  default List<DataSource> sources() {
    return List.of();
  }

  /**
   * Base name of the plugin's i18n bundle (e.g. {@code i18n/day-surgery}), loaded through the
   * plugin's class loader. The platform makes its keys available to {@code getTranslation} in the
   * topic's fact sheet. Keys should be prefixed with the topic id to avoid clashes.
   */
  default String messagesBaseName() {
    return "i18n/" + id();
  }
}
