package org.variatlas.plugin.childhealth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.api.model.ValueType;
import org.variatlas.sdk.helseatlas.PublishedSeries;
import org.variatlas.sdk.helseatlas.ResultBoxCatalogue;

/**
 * The published indicators of Helseatlas barn 2025: every bar chart of the 19 result boxes the
 * atlas definition ({@code barn2025.json}) references, each box's measures as separate indicators
 * (consultation rate, patient rate, share of children, prescriptions), with the columns their
 * figures are in. Referral-area boxes are on level {@code hf19} (19 areas: Lovisenberg and
 * Diakonhjemmet are part of OUS), adjusted for sex and age (reference population 2022); the drug
 * boxes are on level {@code fylke} with unadjusted rates, as the atlas states.
 */
final class ChildHealthCatalogue extends ResultBoxCatalogue {

  static final String DIRECTORY = "helseatlas/atlas_v2/data/barn2025";
  static final String AREAS = "hf19";
  static final String COUNTIES = "fylke";
  static final Period PERIOD = Period.of(2022, 2024);
  static final PopulationFilter CHILDREN = PopulationFilter.ages(0, 18);
  static final StandardPopulation STANDARD = StandardPopulation.referenceYear(2022);

  /**
   * The atlas publishes no small-number rule; the smallest published count is 51 (diabetes patients
   * in Finnmark). SKDE's own figure macros hide rates resting on fewer than 40 events ({@code
   * nkrav=40}), so 40 hides nothing the atlas shows and protects the computed indicators.
   */
  static final int SUPPRESS_BELOW = 40;

  ChildHealthCatalogue(ChildHealthTopic topic) {
    super(topic);
    services();
    admissionsAndOutpatient();
    atopic();
    asthma();
    functionalDiabetesEpilepsy();
  }

  private void services() {
    Box all = box("all-services", "total_tot_rb1.json", "services", "2025-03-18");
    share(all, "all-services-share", "note.exclusions", "note.kpr");
    Box specialist = box("specialist", "som_tot_rb1.json", "services", "2025-03-18");
    share(specialist, "specialist-share", "note.exclusions", "note.private-specialists");
    Box gp = box("gp", "all_tot_rb1.json", "services", "2025-03-18");
    share(gp, "gp-share", "note.kpr");
    rate(
        gp,
        "gp-consultations",
        "unit.consultations",
        "ratesnitt",
        "antsnitt",
        "rate",
        List.of(),
        "note.kpr");
  }

  private void admissionsAndOutpatient() {
    Box admissions = box("admissions", "innl_rb1.json", "admissions", "2025-03-18");
    rate(
        admissions,
        "admissions",
        "unit.admissions",
        "ratesnitt",
        "antsnitt",
        "rate",
        List.of(),
        "note.exclusions-birth");
    patients(admissions, "admissions-patients", "unit.admission-patients", "note.exclusions-birth");
    Box outpatient = box("outpatient", "poliklinikk_tot_rb1.json", "outpatient", "2025-03-18");
    consultationsAndPatients(
        outpatient, PUBLIC_PRIVATE, "note.private-specialists", "note.exclusions");
    Box medical = box("medical", "medpoli_poli_rb1.json", "medical-outpatient", "2025-03-18");
    consultationsAndPatients(
        medical,
        PUBLIC_PRIVATE,
        "note.phone-video",
        "note.private-specialists",
        "note.exclusions-birth");
    Box paediatric = box("paediatric", "medpoli_ped_rb1.json", "medical-outpatient", "2025-03-18");
    consultationsAndPatients(
        paediatric, PUBLIC_PRIVATE, "note.paediatricians", "note.private-specialists");
  }

  private static final Map<String, String> MEDICINES =
      Map.of("as", "asthma", "al", "allergy", "d", "eczema");

  private void atopic() {
    Box all = box("atopic", "aad_rb1_tot.json", "atopic", "2025-03-13");
    consultationsAndPatients(all, SPECIALIST_GP, "note.kpr");
    Box specialist = box("atopic-specialist", "aad_rb1_poli.json", "atopic", "2025-03-13");
    consultationsAndPatients(specialist, PUBLIC_PRIVATE);
    Box paediatric = box("atopic-paediatric", "aad_rb1_ped.json", "atopic", "2025-03-13");
    consultationsAndPatients(paediatric, PUBLIC_PRIVATE, "note.paediatricians");
    Box county = box("atopic-county", "aad_rb1_tot_fylke.json", "atopic", "2025-04-02");
    medication(county);
    for (String medicine : List.of("as", "al", "d")) {
      String id = "atopic-county-" + MEDICINES.get(medicine);
      add(
          county,
          definition(county, id, ValueType.CRUDE_RATE, "unit.medication", "note.county"),
          series(id, COUNTIES)
              .value(medicine + "_ratesnitt")
              .yearlyValue(medicine + "_rate{year}"));
    }
  }

  private void asthma() {
    Box all = box("asthma", "astma_rb1_tot.json", "asthma", "2025-03-14");
    consultationsAndPatients(all, SPECIALIST_GP, "note.kpr");
    Box specialist = box("asthma-specialist", "astma_rb1_poli.json", "asthma", "2025-03-13");
    consultationsAndPatients(specialist, PUBLIC_PRIVATE);
    medication(box("asthma-county", "astma_rb1_tot_fylke.json", "asthma", "2025-03-27"));
  }

  private void functionalDiabetesEpilepsy() {
    Box functional = box("functional", "funksjonelle_rb1_ped.json", "functional", "2025-03-14");
    consultationsAndPatients(functional, PUBLIC_PRIVATE, "note.paediatricians");
    Box diabetes = box("diabetes", "diabetes_rb1_poli.json", "diabetes", "2025-03-14");
    consultationsAndPatients(diabetes, PHONE_VIDEO, "note.phone-video");
    medication(box("diabetes-county", "diabetes_rb1_tot_fylke.json", "diabetes", "2025-04-02"));
    Box epilepsy = box("epilepsy", "epilepsi_rb1_poli.json", "epilepsy", "2025-03-14");
    consultationsAndPatients(epilepsy, PHONE_VIDEO, "note.phone-video");
    medication(box("epilepsy-county", "epilepsi_rb1_tot_fylke.json", "epilepsy", "2025-04-02"));
  }

  // The stacked parts of the consultation rates: column privratesnitt is the first legend entry.
  private static final List<String> PUBLIC_PRIVATE = List.of("private", "public");
  private static final List<String> SPECIALIST_GP = List.of("specialist", "general-practice");
  private static final List<String> PHONE_VIDEO = List.of("phone-video", "ordinary");

  private void consultationsAndPatients(Box box, List<String> parts, String... notes) {
    String id = box.id();
    rate(
        box,
        id + "-consultations",
        "unit.consultations",
        "ratesnitt",
        "antsnitt",
        "rate",
        parts,
        notes);
    patients(box, id + "-patients", "unit.patients", notes);
  }

  private void patients(Box box, String id, String unit, String... notes) {
    rate(box, id, unit, "pasratesnitt", "passnitt", "pasrate", List.of(), notes);
  }

  /** The share of children with contacts, in per cent (column pasratesnitt is a percentage). */
  private void share(Box box, String id, String... notes) {
    IndicatorDefinition.Builder definition =
        definition(box, id, ValueType.DIRECTLY_STANDARDISED_RATE, "unit.share", notes)
            .multiplier(100);
    add(box, definition, areaSeries(id, "pasratesnitt", "passnitt", "pasrate"));
  }

  /** A rate per 1 000 children on referral areas, adjusted, with yearly values and parts. */
  private void rate(
      Box box,
      String id,
      String unit,
      String value,
      String numerator,
      String yearly,
      List<String> parts,
      String... notes) {
    IndicatorDefinition.Builder definition =
        definition(box, id, ValueType.DIRECTLY_STANDARDISED_RATE, unit, notes);
    PublishedSeries.Builder series = areaSeries(id, value, numerator, yearly);
    if (!parts.isEmpty()) {
      definition.categories(categories(parts));
      series.category(parts.get(0), "privratesnitt").category(parts.get(1), "offratesnitt");
    }
    add(box, definition, series);
  }

  private static PublishedSeries.Builder areaSeries(
      String id, String value, String numerator, String yearly) {
    return series(id, AREAS)
        .value(value)
        .numerator(numerator)
        .denominator("popsnitt")
        .yearlyValue(yearly + "{year}");
  }

  /**
   * A county drug box: children dispensed the medicine per 1 000 (with yearly numbers of children
   * and population) and children in care with the diagnoses per 1 000, both unadjusted.
   */
  private void medication(Box box) {
    String medication = box.id() + "-medication";
    add(
        box,
        definition(box, medication, ValueType.CRUDE_RATE, "unit.medication", "note.county"),
        series(medication, COUNTIES)
            .value("ratesnitt")
            .numerator("passnitt")
            .denominator("popsnitt")
            .yearlyValue("rate{year}")
            .yearlyCounts("pas{year}", "pop{year}"));
    String care = box.id() + "-care";
    add(
        box,
        // The box gives the children in care for the period only: offer no years without values.
        definition(box, care, ValueType.CRUDE_RATE, "unit.patients", "note.county").periods(PERIOD),
        series(care, COUNTIES)
            .value("unprratesnitt")
            .numerator("nprpassnitt")
            .denominator("popsnitt"));
  }

  /**
   * A published indicator of a box: its texts (title; the box's introduction; the box's selection,
   * the notes and the method as the patient selection), rates per 1 000 children 0-18, adjusted on
   * referral areas or unadjusted on counties.
   */
  private IndicatorDefinition.Builder definition(
      Box box, String indicatorId, ValueType type, String unit, String... notes) {
    boolean county = type == ValueType.CRUDE_RATE;
    List<String> selection = new ArrayList<>();
    selection.add("box." + box.id() + ".selection");
    selection.addAll(List.of(notes));
    selection.add(county ? "note.method-county" : "note.method");
    return IndicatorDefinition.published(indicatorId)
        .chapter(box.chapter())
        .title(text("indicator." + indicatorId))
        .description(text("box." + box.id() + ".description"))
        .selection(paragraphs(selection))
        .unit(text(unit))
        .source(text(county ? "source.county" : "source.published"))
        .valueType(type)
        .population(CHILDREN)
        .standard(county ? null : STANDARD)
        .multiplier(1_000)
        .suppressBelow(SUPPRESS_BELOW)
        .periods(PERIOD.withYears())
        .levels(county ? COUNTIES : AREAS)
        .dataDate(box.date());
  }

  private static PublishedSeries.Builder series(String indicatorId, String level) {
    return PublishedSeries.of(indicatorId, "datasett_1", level, PERIOD);
  }
}
