package org.variatlas.plugin.psychiatriccare;

import java.util.List;
import org.pf4j.Extension;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.sdk.helseatlas.ResultBoxIndicator;
import org.variatlas.sdk.helseatlas.ResultBoxTopic;
import org.variatlas.sdk.helseatlas.SyntheticMirror;
import org.variatlas.sdk.synthetic.AgeSexProfile;

/**
 * Mental health care for adults 18-64 by referral area, 2020-2024 (Helseatlas "Psykisk helsevern
 * for vaksne", Helse Førde 2026): the published indicators of every result box ({@link
 * PsychiatricCareCatalogue}) and two computed on synthetic counts, each right after the indicator
 * it reproduces.
 *
 * <p>The synthetic profiles are assumptions shaped after how adult mental health care is known to
 * be used, not measurements: outpatient patients are more often women (about three in five) and
 * most numerous among young adults, with rates falling with age; inpatient stays are more evenly
 * shared between the sexes, slightly more often men in young adulthood (psychoses), and also fall
 * with age.
 */
@Extension
public class PsychiatricCareTopic extends ResultBoxTopic {

  static final String ID = "psychiatric-care";

  static final SyntheticMirror OUTPATIENT_PATIENTS =
      mirror(
          "outpatient-patients",
          MeasureDefinition.Kind.PERSONS,
          "polyklinikk_18.json",
          "Tal_pas",
          "Rate_{year}",
          AgeSexProfile.builder()
              .band(18, 24, 1.6, 1.0)
              .band(25, 29, 1.45, 0.95)
              .band(30, 39, 1.25, 0.85)
              .band(40, 49, 1.05, 0.75)
              .band(50, 59, 0.85, 0.6)
              .band(60, 64, 0.6, 0.45)
              .build());

  static final SyntheticMirror INPATIENT_STAYS =
      mirror(
          "inpatient-stays",
          MeasureDefinition.Kind.EVENTS,
          "opphold_18.json",
          "Snitt_kontaktar",
          "Rate.{year}",
          AgeSexProfile.builder()
              .band(18, 24, 1.0, 1.15)
              .band(25, 34, 0.95, 1.1)
              .band(35, 44, 0.85, 0.95)
              .band(45, 54, 0.75, 0.8)
              .band(55, 64, 0.6, 0.6)
              .build());

  static final List<SyntheticMirror> SYNTHETIC = List.of(OUTPATIENT_PATIENTS, INPATIENT_STAYS);

  private final List<ResultBoxIndicator> published = new PsychiatricCareCatalogue(this).published();

  public PsychiatricCareTopic() {
    super(
        ID,
        30,
        "treatment",
        "anxiety",
        "mood",
        "psychosis",
        "personality",
        "adhd",
        "eating",
        "primary-care");
  }

  @Override
  public List<ResultBoxIndicator> published() {
    return published;
  }

  @Override
  public List<SyntheticMirror> synthetic() {
    return SYNTHETIC;
  }

  /** A mirror of a published indicator of the box's main table, its measure named as it. */
  private static SyntheticMirror mirror(
      String publishedId,
      MeasureDefinition.Kind kind,
      String file,
      String average,
      String yearlyRates,
      AgeSexProfile profile) {
    return new SyntheticMirror(
        publishedId + "-synthetic",
        publishedId,
        publishedId,
        kind,
        file,
        "qwerty",
        average,
        yearlyRates,
        profile,
        null,
        "synthetic.profile." + publishedId);
  }
}
