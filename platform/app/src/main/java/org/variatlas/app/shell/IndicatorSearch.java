package org.variatlas.app.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.app.i18n.VariatlasI18NProvider;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The header's indicator search: one field that finds an indicator of any topic by its title,
 * chapter or description in any of the three languages ("grå stær" and "cataract" both find
 * cataract surgery), listed in the page's language. A combo box: type, move with the arrow keys,
 * Enter opens the indicator's page.
 */
class IndicatorSearch extends Composite<ComboBox<IndicatorSearch.Hit>> {

  /** An indicator as the search shows and matches it. */
  record Hit(String route, String label, String words) {}

  IndicatorSearch(TopicRegistry topics, Locale locale) {
    ComboBox<Hit> box = getContent();
    box.setId("indicator-search");
    box.addClassName("va-search");
    box.setAriaLabel(getTranslation("search.label"));
    box.setPlaceholder(getTranslation("search.placeholder"));
    box.setClearButtonVisible(true);
    box.setItemLabelGenerator(Hit::label);
    box.setItems(
        (hit, filter) -> matches(hit.words(), filter),
        sharedHits(topics, VariatlasI18NProvider.supported(locale)));
    box.getElement().setAttribute("autocomplete", "off");
    box.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            UI.getCurrent()
                .navigate(e.getValue().route(), LanguagePreference.withLanguage(Map.of()));
            box.clear();
          }
        });
  }

  /** The hits of the installed topics in a language, kept while the topics stay the same. */
  private record Kept(List<InstalledTopic> topics, List<Hit> hits) {}

  // Every page's header has the search: one list per language for all readers, not one per
  // reader (it holds every indicator's words in three languages).
  private static final Map<Locale, Kept> KEPT = new ConcurrentHashMap<>();

  static List<Hit> sharedHits(TopicRegistry topics, Locale locale) {
    List<InstalledTopic> installed = topics.topics();
    Kept kept = KEPT.get(locale);
    if (kept == null || !kept.topics().equals(installed)) {
      kept = new Kept(List.copyOf(installed), List.copyOf(hits(topics, locale)));
      KEPT.put(locale, kept);
    }
    return kept.hits();
  }

  static List<Hit> hits(TopicRegistry topics, Locale locale) {
    List<Hit> hits = new ArrayList<>();
    for (InstalledTopic topic : topics.visibleTopics()) {
      for (IndicatorDefinition indicator : topic.indicators()) {
        Chapter chapter =
            topic.chapters().stream()
                .filter(c -> c.id().equals(indicator.chapterId()))
                .findFirst()
                .orElse(null);
        String label =
            indicator.title().get(locale)
                + " \u2013 "
                + topic.title().get(locale)
                + (chapter == null ? "" : " \u00b7 " + chapter.title().get(locale));
        String words =
            Stream.of(
                    indicator.title(),
                    indicator.description(),
                    chapter == null ? null : chapter.title(),
                    topic.title())
                .filter(t -> t != null)
                .flatMap(IndicatorSearch::allLanguages)
                .collect(Collectors.joining(" "));
        hits.add(new Hit(Routes.topic(topic.id()) + "/" + indicator.id(), label, fold(words)));
      }
    }
    return hits;
  }

  private static Stream<String> allLanguages(LocalizedText text) {
    return VariatlasI18NProvider.LOCALES.stream().map(text::get);
  }

  /** Every word of the query occurs in the indicator's words (case and accents ignored). */
  static boolean matches(String words, String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    for (String word : fold(query).split("\\s+")) {
      if (!word.isEmpty() && !words.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // æ, ø and å stay as they are (they are letters of their own); other accents go.
    return Normalizer.normalize(lower, Normalizer.Form.NFD)
        .replaceAll("a\u030a", "å")
        .replaceAll("[\u0300-\u036f]", "");
  }
}
