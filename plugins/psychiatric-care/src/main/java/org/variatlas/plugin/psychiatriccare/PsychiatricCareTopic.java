package org.variatlas.plugin.psychiatriccare;

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
 * Mental health care for adults 18-64 by referral area, 2020-2024 (Helseatlas "Psykisk helsevern
 * for vaksne", Helse Førde 2026): the published indicators of every result box ({@link
 * PsychiatricCareCatalogue}) and two computed on synthetic counts ({@link
 * PsychiatricCareSynthetic}), each right after the indicator it reproduces.
 */
@Extension
public class PsychiatricCareTopic implements AtlasTopic {

  static final String ID = "psychiatric-care";

  private final Messages messages = messages();
  private final List<ResultBoxIndicator> published =
      new PsychiatricCareCatalogue(messages).published();

  /** The plugin's own i18n bundle. */
  static Messages messages() {
    return Messages.load(PsychiatricCareTopic.class, "i18n/" + ID);
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
    return 30;
  }

  @Override
  public List<Chapter> chapters() {
    return List.of(
        chapter("treatment"),
        chapter("anxiety"),
        chapter("mood"),
        chapter("psychosis"),
        chapter("personality"),
        chapter("adhd"),
        chapter("eating"),
        chapter("primary-care"));
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    List<IndicatorDefinition> indicators = new ArrayList<>();
    for (ResultBoxIndicator indicator : published) {
      IndicatorDefinition definition = indicator.definition();
      indicators.add(definition);
      PsychiatricCareSynthetic.ALL.stream()
          .filter(s -> s.publishedId().equals(definition.id()))
          .forEach(s -> indicators.add(s.definition(definition, messages)));
    }
    return indicators;
  }

  @Override
  public List<MeasureDefinition> measures() {
    return PsychiatricCareSynthetic.ALL.stream().map(s -> s.measure(messages)).toList();
  }

  /** The published indicators with the files and columns of their figures. */
  List<ResultBoxIndicator> published() {
    return published;
  }

  private Chapter chapter(String id) {
    return Chapter.of(id, messages.text(ID + ".chapter." + id));
  }
}
