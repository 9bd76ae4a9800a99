package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.app.areas.AreaLevel;
import org.variatlas.app.areas.AreaQuery;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.results.IndicatorTexts;
import org.variatlas.app.shell.LanguagePreference;
import org.variatlas.app.topics.InstalledTopic;

/**
 * What an indicator's page shows: topic, indicator (as shown: synthetic where its counts are), the
 * level and period chosen and those on offer, the language and the source line. Its parts read it
 * instead of asking the services again.
 *
 * @param levels the levels with results, in the indicator's order
 * @param periods the periods with results on the level, longest and latest first
 * @param source the source line, or null
 */
record IndicatorPage(
    InstalledTopic topic,
    IndicatorDefinition indicator,
    String level,
    Period period,
    List<String> levels,
    List<Period> periods,
    Locale locale,
    String source,
    GeographyPack pack) {

  String title() {
    return indicator.title().get(locale);
  }

  /** "2017" or "Yearly average 2013–2017". */
  String periodLabel(Component c, Period p) {
    return p.isSingleYear()
        ? p.toString()
        : c.getTranslation("indicator.periodAverage", p.from() + "\u2013" + p.to());
  }

  String levelTitle(String id) {
    return pack.level(id).map(AreaLevel::title).map(t -> t.get(locale)).orElse(id);
  }

  /**
   * The unit with its adjustment: "procedures per 100 000 inhabitants, adjusted for age and sex".
   */
  String unit(Component c) {
    return IndicatorTexts.unit(indicator, locale, (k, p) -> c.getTranslation(k, p));
  }

  /** "unit · period · level", the line under the title and in exports. */
  String unitLine(Component c) {
    return unit(c) + " · " + periodLabel(c, period) + " · " + levelTitle(level);
  }

  /**
   * Whether the period is an average Variatlas computed from published single years (the source
   * published the years only).
   */
  boolean computedAverage() {
    return indicator.provenance() == Provenance.PUBLISHED
        && !period.isSingleYear()
        && !indicator.periods().contains(period);
  }

  /** The page's address parameters: level, selection, period and language. */
  QueryParameters query(String newLevel, Period newPeriod, Set<String> codes) {
    Map<String, List<String>> params =
        new LinkedHashMap<>(new AreaQuery(newLevel, List.copyOf(codes)).toParameters(pack));
    params.put("period", List.of(newPeriod.toString()));
    return LanguagePreference.withLanguage(params);
  }

  /** The path of the page, e.g. {@code topic/day-surgery/cataract}. */
  String path() {
    return "topic/" + topic.id() + "/" + indicator.id();
  }
}
