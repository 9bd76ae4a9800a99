package org.variatlas.plugin.daysurgery;

import java.util.Arrays;
import java.util.Optional;
import org.variatlas.sdk.synthetic.AgeSexProfile;

/**
 * The twelve procedures of the Helseatlas day-surgery atlas 2013-2017 (dagkir2), in the atlas'
 * order, with the number the InstantAtlas export ({@code dagkir2.csv}, column {@code level1}) gives
 * each, and for four of them the age and sex profile of the synthetic counts.
 *
 * <p>The profiles are relative rates per person (women, men) by age band. They are assumptions
 * shaped after how these operations are known to be distributed, not measurements: acromion
 * resection is an operation of working age, most often at 40-65; cataract surgery rises steeply
 * after 60 and peaks at 75-85, somewhat more often in women; tonsil surgery has a childhood peak
 * (tonsillotomy for enlarged tonsils at 2-7 years) and a second peak in the late teens and twenties
 * (tonsillectomy for recurrent tonsillitis, more often in young women); inguinal hernia repair is
 * about nine times as common in men, with a peak in infancy and rising rates from 40 to 80.
 */
enum DaySurgeryProcedure {
  SHOULDER("shoulder", "1", "orthopaedics", shoulder()),
  MENISCUS("meniscus", "2", "orthopaedics", null),
  HALLUX_VALGUS("hallux-valgus", "3", "orthopaedics", null),
  HAND_SURGERY("hand-surgery", "4", "orthopaedics", null),
  CARPAL_TUNNEL("carpal-tunnel", "5", "orthopaedics", null),
  TONSILS("tonsils", "6", "ent", tonsils()),
  EAR_TUBES("ear-tubes", "7", "ent", null),
  CATARACT("cataract", "8", "eye", cataract()),
  EYELIDS("eyelids", "9", "eye", null),
  INGUINAL_HERNIA("inguinal-hernia", "10", "general-surgery", inguinalHernia()),
  VARICOSE_VEINS("varicose-veins", "11", "general-surgery", null),
  HAEMORRHOIDS("haemorrhoids", "12", "general-surgery", null);

  private final String id;
  private final String atlasNumber;
  private final String chapter;
  private final AgeSexProfile profile;

  DaySurgeryProcedure(String id, String atlasNumber, String chapter, AgeSexProfile profile) {
    this.id = id;
    this.atlasNumber = atlasNumber;
    this.chapter = chapter;
    this.profile = profile;
  }

  /** The published indicator's id. */
  String id() {
    return id;
  }

  /** The computed indicator on synthetic counts. */
  String syntheticId() {
    return id + "-synthetic";
  }

  /** The measure the synthetic generator and the count-file loader write. */
  String measureId() {
    return id + "-procedures";
  }

  String chapter() {
    return chapter;
  }

  /** Whether the topic has a computed indicator on synthetic counts for this procedure. */
  boolean hasSyntheticCounts() {
    return profile != null;
  }

  AgeSexProfile profile() {
    return profile;
  }

  static Optional<DaySurgeryProcedure> byAtlasNumber(String number) {
    return Arrays.stream(values()).filter(p -> p.atlasNumber.equals(number)).findFirst();
  }

  private static AgeSexProfile shoulder() {
    return AgeSexProfile.builder()
        .band(18, 29, 0.5, 0.6)
        .band(30, 39, 3, 3.5)
        .band(40, 49, 9, 9)
        .band(50, 59, 12, 11)
        .band(60, 69, 8, 7)
        .band(70, 79, 2.5, 2.5)
        .band(80, 105, 0.3, 0.3)
        .build();
  }

  private static AgeSexProfile tonsils() {
    return AgeSexProfile.builder()
        .band(1, 1, 2, 2.5)
        .band(2, 7, 10, 12)
        .band(8, 12, 4, 4)
        .band(13, 14, 4, 3)
        .band(15, 24, 9, 5)
        .band(25, 34, 4, 2.5)
        .band(35, 49, 1.2, 0.8)
        .band(50, 69, 0.3, 0.3)
        .build();
  }

  private static AgeSexProfile cataract() {
    return AgeSexProfile.builder()
        .band(30, 49, 0.15, 0.15)
        .band(50, 59, 1.6, 1.4)
        .band(60, 64, 5, 4.2)
        .band(65, 69, 11, 9)
        .band(70, 74, 20, 17)
        .band(75, 79, 28, 24)
        .band(80, 84, 30, 27)
        .band(85, 89, 22, 21)
        .band(90, 105, 9, 9)
        .build();
  }

  private static AgeSexProfile inguinalHernia() {
    return AgeSexProfile.builder()
        .band(0, 0, 1.5, 8)
        .band(1, 4, 0.6, 3)
        .band(5, 14, 0.2, 1)
        .band(15, 29, 0.2, 1.5)
        .band(30, 39, 0.3, 2.5)
        .band(40, 49, 0.5, 4.5)
        .band(50, 59, 0.7, 7)
        .band(60, 69, 0.9, 10)
        .band(70, 79, 1.1, 11)
        .band(80, 105, 1, 8)
        .build();
  }
}
