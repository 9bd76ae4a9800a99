package org.variatlas.plugin.childhealth;

import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Messages;

/**
 * The computed indicators on synthetic counts: which published box gives the yearly average counts
 * per area ({@code antsnitt}) and yearly rates to reproduce, and which of its line charts gives the
 * age and sex distribution (children by single-year age, girls and boys).
 *
 * @param indicatorId the computed indicator
 * @param publishedId the published indicator it reproduces
 * @param measureId the measure the counts go to
 * @param file the result-box file, in {@link ChildHealthCatalogue#DIRECTORY}
 * @param ageDataset the table with columns {@code alder}, {@code jenter}, {@code gutter}
 */
record ChildHealthSynthetic(
    String indicatorId, String publishedId, String measureId, String file, String ageDataset) {

  static final ChildHealthSynthetic ADMISSIONS =
      new ChildHealthSynthetic(
          "admissions-synthetic", "admissions", "admissions", "innl_rb1.json", "datasett_4");
  static final ChildHealthSynthetic EPILEPSY =
      new ChildHealthSynthetic(
          "epilepsy-consultations-synthetic",
          "epilepsy-consultations",
          "epilepsy-consultations",
          "epilepsi_rb1_poli.json",
          "datasett_3");
  static final ChildHealthSynthetic DIABETES =
      new ChildHealthSynthetic(
          "diabetes-consultations-synthetic",
          "diabetes-consultations",
          "diabetes-consultations",
          "diabetes_rb1_poli.json",
          "datasett_3");

  static final java.util.List<ChildHealthSynthetic> ALL =
      java.util.List.of(ADMISSIONS, EPILEPSY, DIABETES);

  /** The column of the yearly average count in the box's main table. */
  static final String AVERAGE = "antsnitt";

  /** The columns of the yearly adjusted rates. */
  static final String YEARLY_RATE = "rate{year}";

  MeasureDefinition measure(Messages messages) {
    return MeasureDefinition.events(
        measureId, messages.text(ChildHealthTopic.ID + ".measure." + measureId));
  }

  /** The computed indicator, with the unit, selection and scope of the published one. */
  IndicatorDefinition definition(IndicatorDefinition published, Messages messages) {
    String id = ChildHealthTopic.ID;
    return IndicatorDefinition.computedLike(published, indicatorId, measureId)
        .title(messages.text(id + ".indicator." + indicatorId))
        .description(messages.paragraphs(id + ".synthetic.profile", id + ".synthetic.method"))
        .source(messages.text(id + ".source.synthetic"))
        .categories(List.of())
        .synthetic(true)
        .build();
  }
}
