package org.variatlas.plugin.psychiatriccare;

import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.api.model.ValueType;
import org.variatlas.sdk.helseatlas.PublishedSeries;
import org.variatlas.sdk.helseatlas.ResultBoxCatalogue;

/**
 * The published indicators of Helseatlas "Psykisk helsevern for vaksne" (psyk2, Helse Førde 2026):
 * every bar chart of the 16 result boxes the atlas definition ({@code psyk2.json}) references, each
 * measure of a box (patient rate, outpatient contact days, stays, bed days, GP consultations) as
 * its own indicator, with the columns the Helse Førde files keep its figures in. Rates are per 10
 * 000 inhabitants 18-64, directly standardised with the 2022 population as reference; the
 * referral-area boxes are on level {@code hf}, the two DPS boxes on level {@code dps} with the
 * regional health authorities' rows on level {@code rhf}.
 */
final class PsychiatricCareCatalogue extends ResultBoxCatalogue {

  static final String DIRECTORY = "helseatlas/atlas_v2/data/psyk2";
  static final String AREAS = "hf";
  static final String DPS = "dps";
  static final String RHF = "rhf";
  static final Period PERIOD = Period.of(2020, 2024);
  static final PopulationFilter ADULTS = PopulationFilter.ages(18, 64);
  static final StandardPopulation STANDARD = StandardPopulation.referenceYear(2022);

  /**
   * "Av personvernomsyn vert ikkje tal eller ratar publiserte dersom dei byggjer på færre enn 6
   * pasientar."
   */
  static final int SUPPRESS_BELOW = 6;

  /** How the DPS tables name the regional health authorities. */
  private static final String[] RHF_ROWS = {
    "Helse Nord", "Helse Midt", "Helse Vest", "Helse Sør-Øst"
  };

  private static final List<String> PROVIDERS =
      List.of("mental-health-services", "private-specialists");

  PsychiatricCareCatalogue(PsychiatricCareTopic topic) {
    super(topic);
    treatment();
    disorders();
    Box gp = box("gp", "kpr_18.json", "primary-care", "2025-12-31");
    patients(gp, "gp-patients", "qwerty", "Tal_pas", "Rate_{year}");
    rate(
        gp,
        "gp-consultations",
        "unit.consultations",
        "Snittrate",
        "Snitt_kontaktar",
        "Innbyggarar",
        "Rate.{year}");
  }

  private void treatment() {
    Box outpatient = box("outpatient", "polyklinikk_18.json", "treatment", "2025-12-22");
    patients(outpatient, "outpatient-patients", "qwerty", "Tal_pas", "Rate_{year}");
    contactDays(
        outpatient, "outpatient-contact-days", "qwerty", "Snitt_innbyggarar", "Rate.{year}", true);
    Box outpatientDps = box("outpatient-dps", "poliklinikk_dps_18.json", "treatment", "2025-12-22");
    patients(outpatientDps, "outpatient-patients-dps", "qwerty", "Tal_pas", "Rate_{year}");
    contactDays(
        outpatientDps,
        "outpatient-contact-days-dps",
        "qwerty",
        "Innbyggarar",
        "Rate.{year}",
        false);
    Box inpatient = box("inpatient", "opphold_18.json", "treatment", "2025-12-22");
    patients(inpatient, "inpatient-patients", "qwerty", "Tal_pas", "Rate_{year}");
    rate(
        inpatient,
        "inpatient-stays",
        "unit.stays",
        "Snittrate",
        "Snitt_kontaktar",
        "Snitt_innbyggarar",
        "Rate.{year}");
    rate(
        inpatient,
        "inpatient-bed-days",
        "unit.bed-days",
        "Snittrate1",
        "Snitt_liggedogn",
        "Snitt_innbyggarar",
        "Rate1.{year}");
    Box inpatientDps = box("inpatient-dps", "opphold_dps_18_ny.json", "treatment", "2025-12-23");
    rate(
        inpatientDps,
        "inpatient-stays-dps",
        "unit.stays",
        "Snittrate",
        "Snitt_kontaktar",
        "Snitt_innbyggarar",
        "Rate.{year}");
  }

  /** The diagnosis boxes, in the atlas' order. */
  private void disorders() {
    separateTables("anxiety", "angst_pol.json", "anxiety");
    separateTables("ocd", "ocd_pol2_updated.json", "anxiety");
    separateTables("ptsd", "ptsd_pol2_updated.json", "anxiety");
    oneTable("depression", "depresjon_pol.json", "mood", "Tal_pas");
    inpatient("depression-inpatient", "depresjon_dogn2_updated.json", "mood");
    separateTables("bipolar", "bipolar_pol2_updated.json", "mood");
    oneTable("psychosis", "psykose_pol.json", "psychosis", "Tal_pas_x");
    inpatient("psychosis-inpatient", "psykose_dogn2_updated.json", "psychosis");
    oneTable("personality", "personleg_pol.json", "personality", "Tal_pas_x");
    oneTable("adhd", "adhd_pol.json", "adhd", "Tal_pas_x");
    oneTable("eating", "eteforstyrring_pol.json", "eating", "Tal_pas_x");
  }

  /**
   * Outpatient patients and contact days in two tables, {@code qwerty} and {@code qwerty_kontakt}.
   */
  private void separateTables(String id, String file, String chapter) {
    Box box = box(id, file, chapter, "2025-12-31");
    patients(box, id + "-patients", "qwerty", "Tal_pas", "Rate.{year}");
    contactDays(
        box, id + "-contact-days", "qwerty_kontakt", "Snitt_innbyggarar", "Rate.{year}", true);
  }

  /** Outpatient patients and contact days in one table, the contact-day rates in KontRate. */
  private void oneTable(String id, String file, String chapter, String patients) {
    Box box = box(id, file, chapter, "2025-12-31");
    patients(box, id + "-patients", "qwerty", patients, "Rate.{year}");
    contactDays(box, id + "-contact-days", "qwerty", "Snitt_innbyggarar", "KontRate.{year}", true);
  }

  /** Inpatient care for a diagnosis: patients, stays and bed days. */
  private void inpatient(String id, String file, String chapter) {
    Box box = box(id, file, chapter, "2025-12-15");
    patients(box, id + "-patients", "qwerty", "Tal_pas", "PasRate.{year}");
    // The tables divide stays and bed days by Innbyggarar; the psychosis file's
    // Snitt_innbyggarar is not the population 18-64 (see the README).
    rate(
        box,
        id + "-stays",
        "unit.stays",
        "Opph_snittrate",
        "Snitt_kontaktar",
        "Innbyggarar",
        "OpphRate.{year}");
    rate(
        box,
        id + "-bed-days",
        "unit.bed-days",
        "Ligge_snittrate",
        "Talliggedøgn",
        "Innbyggarar",
        "DognRate.{year}");
  }

  /** A patient rate with its 95 % limits. */
  private void patients(Box box, String id, String dataset, String numerator, String yearly) {
    add(
        box,
        definition(box, id, "unit.patients"),
        series(box, id, dataset)
            .value("Snitt_rate")
            .confidence95("lowercl", "uppercl")
            .numerator(numerator)
            .denominator("Innbyggarar")
            .yearlyValue(yearly));
  }

  /** Outpatient contact days, split between mental health services and private specialists. */
  private void contactDays(
      Box box, String id, String dataset, String denominator, String yearly, boolean providers) {
    IndicatorDefinition.Builder definition = definition(box, id, "unit.contact-days");
    PublishedSeries.Builder series =
        series(box, id, dataset)
            .value("Snittrate")
            .numerator("Snitt_kontaktar")
            .denominator(denominator)
            .yearlyValue(yearly);
    if (providers) {
      definition.categories(categories(PROVIDERS));
      series.category(PROVIDERS.get(0), "PHV").category(PROVIDERS.get(1), "Avtalespesialister");
    }
    add(box, definition, series);
  }

  /** Any other rate of a box's main table. */
  private void rate(
      Box box,
      String id,
      String unit,
      String value,
      String numerator,
      String denominator,
      String yearly) {
    add(
        box,
        definition(box, id, unit),
        series(box, id, "qwerty")
            .value(value)
            .numerator(numerator)
            .denominator(denominator)
            .yearlyValue(yearly));
  }

  /**
   * A published indicator of a box: its title; the box's introduction; the box's selection, the
   * note on outpatient or inpatient care, the DPS note and the method as the patient selection.
   */
  private IndicatorDefinition.Builder definition(Box box, String indicatorId, String unit) {
    List<String> selection = new ArrayList<>();
    selection.add("box." + box.id() + ".selection");
    if (!box.id().equals("gp")) {
      selection.add("note." + (box.id().contains("inpatient") ? "inpatient" : "outpatient"));
    }
    if (level(box).equals(DPS)) {
      selection.add("note.dps");
    }
    selection.add("note.method");
    return IndicatorDefinition.published(indicatorId)
        .chapter(box.chapter())
        .title(text("indicator." + indicatorId))
        .description(text("box." + box.id() + ".description"))
        .selection(paragraphs(selection))
        .unit(text(unit))
        .source(text(box.id().equals("gp") ? "source.kpr" : "source.published"))
        .valueType(ValueType.DIRECTLY_STANDARDISED_RATE)
        .population(ADULTS)
        .standard(STANDARD)
        .multiplier(10_000)
        .suppressBelow(SUPPRESS_BELOW)
        .periods(PERIOD.withYears())
        .levels(level(box).equals(DPS) ? new String[] {DPS, RHF} : new String[] {AREAS})
        .dataDate(box.date());
  }

  /** A series of a box's table; in a DPS table the RHF rows are of level rhf. */
  private static PublishedSeries.Builder series(Box box, String indicatorId, String dataset) {
    PublishedSeries.Builder series = PublishedSeries.of(indicatorId, dataset, level(box), PERIOD);
    return level(box).equals(DPS) ? series.otherLevel(RHF, RHF_ROWS) : series;
  }

  /** DPS boxes' files are named *_dps_*; the others are on referral areas. */
  private static String level(Box box) {
    return box.file().contains("_dps_") ? DPS : AREAS;
  }
}
