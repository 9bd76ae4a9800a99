package org.variatlas.plugin.daysurgery;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.AtlasTopic;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.Messages;

/** Day surgery: twelve common procedures by referral area (Helseatlas dagkirurgi 2013-2017). */
@Extension
public class DaySurgeryTopic implements AtlasTopic {

  static final String ID = "day-surgery";

  private final Messages messages = Messages.load(DaySurgeryTopic.class, "i18n/" + ID);

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
    return 10;
  }

  @Override
  public List<Chapter> chapters() {
    return List.of(
        chapter("orthopaedics"), chapter("ent"), chapter("eye"), chapter("general-surgery"));
  }

  @Override
  public List<IndicatorDefinition> indicators() {
    return List.of();
  }

  private Chapter chapter(String id) {
    return Chapter.of(id, messages.text(ID + ".chapter." + id));
  }
}
