package org.variatlas.plugin.childhealth;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Messages;

/** Health care for children 0-18 by referral area (Helseatlas barn 2025). */
@Extension
public class ChildHealthTopic implements AtlasTopic {

  static final String ID = "child-health";

  private final Messages messages = Messages.load(ChildHealthTopic.class, "i18n/" + ID);

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
        chapter("atopic"),
        chapter("asthma"),
        chapter("diabetes"),
        chapter("epilepsy"));
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    return List.of();
  }

  private Chapter chapter(String id) {
    return Chapter.of(id, messages.text(ID + ".chapter." + id));
  }
}
