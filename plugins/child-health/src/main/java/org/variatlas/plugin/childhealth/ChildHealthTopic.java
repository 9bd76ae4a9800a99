package org.variatlas.plugin.childhealth;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.sdk.helseatlas.ResultBoxIndicator;
import org.variatlas.sdk.helseatlas.ResultBoxTopic;
import org.variatlas.sdk.helseatlas.SyntheticMirror;

/**
 * Health care for children 0-18 by referral area, 2022-2024 (Helseatlas barn, SKDE 2025): the
 * published indicators of every result box ({@link ChildHealthCatalogue}) and three computed on
 * synthetic counts, each right after the indicator it reproduces. The synthetic counts reproduce
 * the box's yearly average count per area ({@code antsnitt}) and yearly rates ({@code rate{year}}),
 * with the age and sex distribution of the box's line chart (children by single-year age, girls and
 * boys).
 */
@Extension
public class ChildHealthTopic extends ResultBoxTopic {

  static final String ID = "child-health";

  static final SyntheticMirror ADMISSIONS = mirror("admissions", "innl_rb1.json", "datasett_4");

  static final List<SyntheticMirror> SYNTHETIC =
      List.of(
          ADMISSIONS,
          mirror("epilepsy-consultations", "epilepsi_rb1_poli.json", "datasett_3"),
          mirror("diabetes-consultations", "diabetes_rb1_poli.json", "datasett_3"));

  private final List<ResultBoxIndicator> published = new ChildHealthCatalogue(this).published();

  public ChildHealthTopic() {
    super(
        ID,
        20,
        "services",
        "admissions",
        "outpatient",
        "medical-outpatient",
        "atopic",
        "asthma",
        "functional",
        "diabetes",
        "epilepsy");
  }

  @Override
  public List<ResultBoxIndicator> published() {
    return published;
  }

  @Override
  public List<SyntheticMirror> synthetic() {
    return SYNTHETIC;
  }

  /** A mirror of a published indicator whose measure has the indicator's id. */
  private static SyntheticMirror mirror(String publishedId, String file, String ageDataset) {
    return new SyntheticMirror(
        publishedId + "-synthetic",
        publishedId,
        publishedId,
        MeasureDefinition.Kind.EVENTS,
        file,
        "datasett_1",
        "antsnitt",
        "rate{year}",
        null,
        ageDataset,
        "synthetic.profile");
  }
}
