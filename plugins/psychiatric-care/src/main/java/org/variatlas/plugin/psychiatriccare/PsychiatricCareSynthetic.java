package org.variatlas.plugin.psychiatriccare;

import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Messages;
import org.variatlas.api.synthetic.AgeSexProfile;

/**
 * The computed indicators on synthetic counts: which published table gives the yearly average count
 * per referral area and the yearly rates to reproduce, and the age and sex profile.
 *
 * <p>The profiles are assumptions shaped after how adult mental health care is known to be used,
 * not measurements: outpatient patients are more often women (about three in five) and most
 * numerous among young adults, with rates falling with age; inpatient stays are more evenly shared
 * between the sexes, slightly more often men in young adulthood (psychoses), and also fall with
 * age.
 *
 * @param indicatorId the computed indicator
 * @param publishedId the published indicator it reproduces
 * @param measureId the measure the counts go to
 * @param kind whether the measure counts events or persons
 * @param file the result-box file, in {@link PsychiatricCareCatalogue#DIRECTORY}
 * @param average the column of the yearly average count
 * @param yearlyRate the columns of the yearly rates ({@code {year}} template)
 * @param profile relative rates by sex and age
 */
record PsychiatricCareSynthetic(
    String indicatorId,
    String publishedId,
    String measureId,
    MeasureDefinition.Kind kind,
    String file,
    String average,
    String yearlyRate,
    AgeSexProfile profile) {

  static final PsychiatricCareSynthetic OUTPATIENT_PATIENTS =
      new PsychiatricCareSynthetic(
          "outpatient-patients-synthetic",
          "outpatient-patients",
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

  static final PsychiatricCareSynthetic INPATIENT_STAYS =
      new PsychiatricCareSynthetic(
          "inpatient-stays-synthetic",
          "inpatient-stays",
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

  static final List<PsychiatricCareSynthetic> ALL = List.of(OUTPATIENT_PATIENTS, INPATIENT_STAYS);

  MeasureDefinition measure(Messages messages) {
    return new MeasureDefinition(
        measureId,
        messages.text(PsychiatricCareTopic.ID + ".measure." + measureId),
        kind,
        List.of());
  }

  /** The computed indicator, with the unit, selection and scope of the published one. */
  IndicatorDefinition definition(IndicatorDefinition published, Messages messages) {
    String id = PsychiatricCareTopic.ID;
    return IndicatorDefinition.computedLike(published, indicatorId, measureId)
        .title(messages.text(id + ".indicator." + indicatorId))
        .description(
            messages.paragraphs(id + ".synthetic.profile." + measureId, id + ".synthetic.method"))
        .source(messages.text(id + ".source.synthetic"))
        .categories(List.of())
        .synthetic(true)
        .build();
  }
}
