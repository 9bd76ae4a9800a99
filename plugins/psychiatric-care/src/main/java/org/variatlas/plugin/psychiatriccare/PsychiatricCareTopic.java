package org.variatlas.plugin.psychiatriccare;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Messages;

/** Mental health care for adults by referral area (Helseatlas psykisk helsevern for vaksne). */
@Extension
public class PsychiatricCareTopic implements AtlasTopic {

  static final String ID = "psychiatric-care";

  private final Messages messages = Messages.load(PsychiatricCareTopic.class, "i18n/" + ID);

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
        chapter("other-disorders"),
        chapter("primary-care"));
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    return List.of();
  }

  private Chapter chapter(String id) {
    return Chapter.of(id, messages.text(ID + ".chapter." + id));
  }
}
