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
import org.variatlas.api.model.ValueType;

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
      String uncomputable = uncomputable(indicator);
      if (uncomputable != null) {
        problems.add(where + uncomputable);
      }
    }
    return problems;
  }

  /**
   * Why the platform cannot compute a computed indicator, or null: a measure over a measure is a
   * proportion (Wilson intervals, proportion funnel), and a proportion needs a denominator measure.
   */
  private static String uncomputable(IndicatorDefinition indicator) {
    boolean overMeasure = indicator.denominator() instanceof Denominator.Measure;
    boolean proportion = indicator.valueType() == ValueType.PROPORTION;
    if (overMeasure && !proportion) {
      return "the platform computes a measure over a measure only as a PROPORTION (value type "
          + indicator.valueType()
          + " over denominator measure is not computed); use ValueType.PROPORTION or"
          + " Denominator.population()";
    }
    if (proportion && !overMeasure) {
      return "a computed PROPORTION needs a denominator measure (Denominator.measure(...)): the"
          + " platform does not compute proportions of residents; use CRUDE_RATE or a"
          + " standardised rate over Denominator.population()";
    }
    if (proportion && !indicator.categories().isEmpty()) {
      return "a computed PROPORTION has no categories (parts of a proportion are not computed)";
    }
    return null;
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
