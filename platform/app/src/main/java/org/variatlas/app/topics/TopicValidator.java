package org.variatlas.app.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Provenance;

/**
 * Checks that a topic's parts fit together (unique ids, indicators in declared chapters, computed
 * indicators counting declared measures and categories) before the platform serves it.
 */
public final class TopicValidator {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private TopicValidator() {}

  /** The problems found, empty when the topic is sound. */
  public static List<String> problems(
      String topicId,
      List<Chapter> chapters,
      List<IndicatorDefinition> indicators,
      List<MeasureDefinition> measures) {
    List<String> problems = new ArrayList<>();
    if (topicId == null || !KEBAB.matcher(topicId).matches()) {
      problems.add("topic id must be kebab-case: '" + topicId + "'");
    }
    Set<String> chapterIds =
        unique(chapters.stream().map(Chapter::id).toList(), "chapter", problems);
    Set<String> measureIds =
        unique(measures.stream().map(MeasureDefinition::id).toList(), "measure", problems);
    unique(indicators.stream().map(IndicatorDefinition::id).toList(), "indicator", problems);
    for (IndicatorDefinition indicator : indicators) {
      String where = "indicator '" + indicator.id() + "': ";
      if (!chapterIds.contains(indicator.chapterId())) {
        problems.add(where + "unknown chapter '" + indicator.chapterId() + "'");
      }
      if (indicator.provenance() != Provenance.COMPUTED) {
        continue;
      }
      if (!measureIds.contains(indicator.numeratorMeasure())) {
        problems.add(where + "unknown numerator measure '" + indicator.numeratorMeasure() + "'");
      } else {
        Set<String> known =
            new HashSet<>(
                measures.stream()
                    .filter(m -> m.id().equals(indicator.numeratorMeasure()))
                    .flatMap(m -> m.categories().stream())
                    .map(Category::id)
                    .toList());
        for (Category c : indicator.categories()) {
          if (!known.contains(c.id())) {
            problems.add(
                where + "category '" + c.id() + "' is not a category of its numerator measure");
          }
        }
      }
      if (indicator.denominator() instanceof Denominator.Measure m
          && !measureIds.contains(m.measureId())) {
        problems.add(where + "unknown denominator measure '" + m.measureId() + "'");
      }
    }
    return problems;
  }

  private static Set<String> unique(List<String> ids, String what, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add("duplicate " + what + " id '" + id + "'");
      }
    }
    return seen;
  }
}
