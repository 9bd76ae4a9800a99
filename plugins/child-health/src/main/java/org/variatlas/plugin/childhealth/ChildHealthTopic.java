package org.variatlas.plugin.childhealth;

import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.helseatlas.ResultBoxIndicator;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Messages;

/**
 * Health care for children 0-18 by referral area, 2022-2024 (Helseatlas barn, SKDE 2025): the
 * published indicators of every result box ({@link ChildHealthCatalogue}) and three computed on
 * synthetic counts ({@link ChildHealthSynthetic}), each right after the indicator it reproduces.
 */
@Extension
public class ChildHealthTopic implements AtlasTopic {

  static final String ID = "child-health";

  private final Messages messages = messages();
  private final List<ResultBoxIndicator> published = new ChildHealthCatalogue(messages).published();

  /** The plugin's own i18n bundle. */
  static Messages messages() {
    return Messages.load(ChildHealthTopic.class, "i18n/" + ID);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText title() {
    return messages.text(ID + ".title");
  }

  @Override
  public LocalizedText description() {
    return messages.text(ID + ".description");
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<Chapter> chapters() {
    return List.of(
        chapter("services"),
        chapter("admissions"),
        chapter("outpatient"),
        chapter("medical-outpatient"),
        chapter("atopic"),
        chapter("asthma"),
        chapter("functional"),
        chapter("diabetes"),
        chapter("epilepsy"));
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    List<IndicatorDefinition> indicators = new ArrayList<>();
    for (ResultBoxIndicator indicator : published) {
      IndicatorDefinition definition = indicator.definition();
      indicators.add(definition);
      ChildHealthSynthetic.ALL.stream()
          .filter(s -> s.publishedId().equals(definition.id()))
          .forEach(s -> indicators.add(s.definition(definition, messages)));
    }
    return indicators;
  }

  @Override
  public List<MeasureDefinition> measures() {
    return ChildHealthSynthetic.ALL.stream().map(s -> s.measure(messages)).toList();
  }

  /** The published indicators with the files and columns of their figures. */
  List<ResultBoxIndicator> published() {
    return published;
  }

  private Chapter chapter(String id) {
    return Chapter.of(id, messages.text(ID + ".chapter." + id));
  }
}
