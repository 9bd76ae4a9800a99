package org.variatlas.sdk.factsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.FactSheetContext;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.DataSource;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Messages;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.api.ui.FactSheet;
import org.variatlas.api.ui.KeyFigure;

/**
 * Composes the usual fact sheet of a topic from the UI kit's blocks, so that topic plugins share
 * one layout: the topic's title, then per chosen indicator a heading, the synthetic-data notice
 * where the indicator rests on synthetic data, key figures (national value, highest and lowest
 * area, FT1), the ranked chart, the variation statistics and the patient selection.
 *
 * <pre>{@code
 * public void compose(FactSheetContext context, FactSheet sheet) {
 *   TopicSheet.compose(context, sheet, topic, subtitle, List.of("shoulder", "shoulder-synthetic"));
 * }
 * }</pre>
 */
public final class TopicSheet {

  private static final Messages TEXTS =
      Messages.load(TopicSheet.class, "org/variatlas/sdk/factsheet/sheet");

  private TopicSheet() {}

  /**
   * Composes the sheet.
   *
   * @param subtitle a line under the title (e.g. the atlas and period), or null
   * @param indicatorIds the indicators shown, in order; unknown ids are skipped
   */
  public static void compose(
      FactSheetContext context,
      FactSheet sheet,
      AtlasTopic topic,
      LocalizedText subtitle,
      List<String> indicatorIds) {
    sheet.title(topic.title(), subtitle);
    sheet.text(topic.description());
    for (String id : indicatorIds) {
      topic.indicators().stream()
          .filter(i -> i.id().equals(id))
          .findFirst()
          .ifPresent(indicator -> section(sheet, indicator, context.results(id)));
    }
    sources(sheet, topic.sources());
  }

  /** The topic's data sources with the attribution each asks for (nothing when it names none). */
  public static FactSheet sources(FactSheet sheet, List<DataSource> sources) {
    if (sources.isEmpty()) {
      return sheet;
    }
    sheet.heading(TEXTS.text("sheet.sources"));
    for (DataSource source : sources) {
      sheet.text(credit(source));
    }
    return sheet;
  }

  /** "Name: attribution (licence)" in each language. */
  static LocalizedText credit(DataSource source) {
    String licence = source.licence() == null ? "" : " (" + source.licence() + ")";
    Function<java.util.Locale, String> in =
        locale -> source.name().get(locale) + ": " + source.attribution().get(locale) + licence;
    return new LocalizedText(
        in.apply(LocalizedText.BOKMAL),
        in.apply(LocalizedText.NYNORSK),
        in.apply(LocalizedText.ENGLISH));
  }

  /** Appends one indicator's section. */
  public static FactSheet section(
      FactSheet sheet, IndicatorDefinition indicator, Optional<IndicatorResults> results) {
    sheet.heading(indicator.title());
    // The results carry the definition as the platform shows it: synthetic as its counts are.
    if (results.map(r -> r.indicator().synthetic()).orElse(indicator.synthetic())) {
      sheet.notice(TEXTS.text("sheet.synthetic"));
    }
    if (results.isEmpty()) {
      sheet.text(TEXTS.text("sheet.no-results"));
    } else {
      IndicatorResults r = results.get();
      sheet.text(fill(TEXTS.text("sheet.period"), r.period().toString()));
      List<KeyFigure> figures = keyFigures(r);
      if (!figures.isEmpty()) {
        sheet.keyFigures(figures);
      }
      sheet.rankedChart(r);
      if (r.variation() != null) {
        sheet.variation(r);
      }
    }
    return sheet.selection(indicator);
  }

  /**
   * The headline numbers of a result: the national value, the highest and the lowest area (with
   * their names) and FT1 (highest / lowest, Helseatlas' "forholdstall"). Suppressed areas and
   * missing values are left out.
   */
  public static List<KeyFigure> keyFigures(IndicatorResults results) {
    LocalizedText unit = results.indicator().unit();
    List<KeyFigure> figures = new ArrayList<>();
    AreaResult national = results.national();
    if (national != null && national.value() != null && !national.suppressed()) {
      // The reference value of a topic covering some areas only is theirs ("Helse Nord").
      LocalizedText nation = TEXTS.text("sheet.national");
      String name = national.area() == null ? null : national.area().name();
      boolean covered =
          name != null
              && !name.equals(nation.nb())
              && !name.equals(nation.nn())
              && !name.equals(nation.en());
      LocalizedText label = covered ? LocalizedText.of(name) : nation;
      figures.add(figure(label, national.value(), unit));
    }
    List<AreaResult> shown =
        results.areas().stream().filter(a -> !a.suppressed() && a.value() != null).toList();
    if (!shown.isEmpty()) {
      Comparator<AreaResult> byValue = Comparator.comparingDouble(AreaResult::value);
      AreaResult highest = shown.stream().max(byValue).orElseThrow();
      AreaResult lowest = shown.stream().min(byValue).orElseThrow();
      figures.add(named("sheet.highest", highest, unit));
      figures.add(named("sheet.lowest", lowest, unit));
      Double ft1 = Optional.ofNullable(results.variation()).map(VariationSummary::ft1).orElse(null);
      if (ft1 == null && lowest.value() > 0) {
        ft1 = highest.value() / lowest.value();
      }
      if (ft1 != null) {
        figures.add(new KeyFigure(TEXTS.text("sheet.ft1"), ft1, 1, TEXTS.text("sheet.times")));
      }
    }
    return figures;
  }

  private static KeyFigure named(String key, AreaResult area, LocalizedText unit) {
    return figure(fill(TEXTS.text(key), area.area().name()), area.value(), unit);
  }

  private static KeyFigure figure(LocalizedText label, double value, LocalizedText unit) {
    double size = Math.abs(value);
    int decimals = size >= 100 ? 0 : size >= 1 ? 1 : 2;
    return new KeyFigure(label, value, decimals, unit);
  }

  private static LocalizedText fill(LocalizedText text, String argument) {
    Function<String, String> f = s -> s == null ? null : s.replace("{0}", argument);
    return new LocalizedText(f.apply(text.nb()), f.apply(text.nn()), f.apply(text.en()));
  }
}
