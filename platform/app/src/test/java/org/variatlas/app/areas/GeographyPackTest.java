package org.variatlas.app.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.model.AreaRef;

/** The Norway pack as the real files and config/geography/norway.yml make it. */
class GeographyPackTest {

  private final GeographyPack pack = Packs.norway();
  private final MappingVersion byYear = pack.version("by-year");

  @Test
  void the_pack_has_the_levels_and_area_counts_of_2024() {
    assertThat(pack.levels())
        .extracting(AreaLevel::id)
        .containsExactly("hf", "hf19", "rhf", "dps", "fylke", "kommune", "bydel", "national");
    assertThat(pack.areasIn(byYear, "hf", 2024)).hasSize(21);
    assertThat(pack.areasIn(byYear, "hf19", 2024)).hasSize(19);
    assertThat(pack.areasIn(byYear, "rhf", 2024)).hasSize(4);
    assertThat(pack.areasIn(byYear, "fylke", 2024)).hasSize(15);
    assertThat(pack.areasIn(byYear, "dps", 2024)).hasSize(69);
    assertThat(pack.areasIn(byYear, "kommune", 2024)).hasSize(357);
    assertThat(pack.areasIn(byYear, "national", 2024))
        .extracting(Area::code)
        .containsExactly("8888");
  }

  @Test
  void split_cities_are_bydeler_plus_a_residual_unit_and_not_base_units_themselves() {
    assertThat(pack.baseUnits()).hasSize(353 + 38 + 4);
    assertThat(pack.baseUnits()).doesNotContainKeys("0301", "4601", "1103", "5001");
    assertThat(pack.baseUnits().get("030199").kind()).isEqualTo(BaseUnit.Kind.RESIDUAL);
    assertThat(pack.baseUnits().get("030112").name()).isEqualTo("Alna");
    assertThat(pack.members(byYear, "kommune", "0301", 2024)).hasSize(18).contains("030199");
  }

  @Test
  void unknown_bydel_follows_the_kommune_as_skde_assigns_it() {
    assertThat(byYear.areaOf("hf", "030199", 2024)).hasValue("16"); // Oslo: OUS
    assertThat(byYear.areaOf("hf", "460199", 2024)).hasValue("11"); // Bergen
    assertThat(byYear.areaOf("hf", "110399", 2024)).hasValue("13"); // Stavanger
    assertThat(byYear.areaOf("hf", "500199", 2024)).hasValue("7"); // Trondheim: St. Olav
    assertThat(byYear.areaOf("fylke", "030199", 2024)).hasValue("03");
  }

  @Test
  void by_year_picks_the_area_of_the_year() {
    assertThat(byYear.areaOf("hf", "3401", 2018)).hasValue("19"); // Kongsvinger: Innlandet
    assertThat(byYear.areaOf("hf", "3401", 2019)).hasValue("15"); // Akershus from 2019
    assertThat(byYear.areaOf("hf", "3216", 2017)).hasValue("15"); // Vestby: Akershus
    assertThat(byYear.areaOf("hf", "3216", 2018)).hasValue("14"); // Østfold from 2018
    assertThat(byYear.areaOf("hf", "4635", 2021)).hasValue("11"); // Gulen: Bergen in 2021
    assertThat(byYear.areaOf("hf", "4635", 2023)).hasValue("10"); // Førde 2022-2024
    assertThat(byYear.areaOf("hf", "4635", 2025)).hasValue("11"); // Bergen since 2025
    assertThat(byYear.areaOf("hf", "4619", 2024)).hasValue("12"); // Eidfjord: Fonna
    assertThat(byYear.areaOf("hf", "4619", 2025)).hasValue("11");
    assertThat(byYear.areaOf("hf", "030112", 2025)).hasValue("15"); // Alna: Akershus
    assertThat(byYear.areaOf("hf", "030112", 2026)).hasValue("16"); // OUS from 2026
  }

  @Test
  void a_mapping_version_applies_one_table_to_every_year() {
    assertThat(pack.version("skde-2026-04-15").areaOf("hf", "030112", 2020)).hasValue("16");
    assertThat(pack.version("skde-2025-08-19").areaOf("hf", "030112", 2030)).hasValue("15");
    assertThat(pack.version("skde-2025-08-19").areaOf("hf", "4635", 2023)).hasValue("11");
    assertThat(pack.version("skde-2024-03-15").areaOf("hf", "4635", 2025)).hasValue("10");
    assertThat(pack.version("skde-2024-03-15").areaOf("hf", "4619", 2025)).hasValue("12");
    assertThat(pack.version(null).id()).isEqualTo("by-year");
    assertThatThrownBy(() -> pack.version("skde-1999")).hasMessageContaining("by-year");
  }

  @Test
  void hf19_keeps_lovisenberg_and_diakonhjemmet_inside_ous() {
    assertThat(byYear.areaOf("hf", "030105", 2024)).hasValue("18");
    assertThat(byYear.areaOf("hf19", "030105", 2024)).hasValue("16");
    assertThat(byYear.areaOf("hf19", "030101", 2024)).hasValue("16");
    assertThat(pack.areasIn(byYear, "hf19", 2024))
        .extracting(Area::code)
        .doesNotContain("17", "18");
  }

  @Test
  void dps_areas_take_the_base_units_they_cover_most_of() {
    assertThat(byYear.areaOf("dps", "5605", 2024)).hasValue("ost-finnmark"); // Sør-Varanger
    assertThat(byYear.areaOf("dps", "030105", 2024)).hasValue("vindern"); // Frogner
    assertThat(byYear.areaOf("dps", "030199", 2024)).hasValue("nydalen"); // declared residual
    assertThat(pack.findArea("dps", "Elverum - Hamar")).map(Area::code).hasValue("elverum-hamar");
    assertThat(pack.findArea("dps", "Tromsø og omegn")).map(Area::code).hasValue("tromso-og-omegn");
    assertThat(pack.parent(byYear, "dps", "groruddalen", 2024)).map(Area::code).hasValue("4");
  }

  @Test
  void an_hf_names_its_rhf_as_parent() {
    assertThat(pack.parent(byYear, "hf", "2", 2024)).map(Area::code).hasValue("1");
    assertThat(pack.parent(byYear, "hf", "16", 2024).map(a -> a.name(Locale.ENGLISH)))
        .hasValue("South-Eastern Norway");
    assertThat(pack.parent(byYear, "kommune", "3401", 2024)).map(Area::code).hasValue("34");
  }

  @Test
  void names_match_ignoring_case_spacing_punctuation_and_accents_but_not_aeoeaa() {
    assertThat(pack.findArea("hf", "Ahus")).map(Area::code).hasValue("15");
    assertThat(pack.findArea("hf", "AHUS")).map(Area::code).hasValue("15");
    assertThat(pack.findArea("hf", "St. Olavs")).map(Area::code).hasValue("7");
    assertThat(pack.findArea("hf", "st olav")).map(Area::code).hasValue("7");
    assertThat(pack.findArea("hf", "Helgelandssykehuset")).map(Area::code).hasValue("4");
    assertThat(pack.findArea("hf", "Nordlandsykehuset")).map(Area::code).hasValue("3");
    assertThat(pack.findArea("hf", "Førde")).map(Area::code).hasValue("10");
    assertThat(pack.findArea("hf", "Forde")).isEmpty();
    assertThat(pack.findArea("hf", "16")).map(Area::code).hasValue("16");
    assertThat(pack.findArea("rhf", "Helse Sør-Øst RHF")).map(Area::code).hasValue("4");
    assertThat(pack.findArea("rhf", "Helse Midt")).map(Area::code).hasValue("2");
    assertThat(pack.findArea("fylke", "Finnmark - Finnmárku - Finmarkku"))
        .map(Area::code)
        .hasValue("56");
    assertThat(pack.findArea("kommune", "Hamarøy")).map(Area::code).hasValue("1875");
  }

  @Test
  void national_names_find_the_national_total_in_every_level() {
    for (String name : new String[] {"Norge", "Noreg", "Norway", "Landet", "8888"}) {
      assertThat(pack.findArea("hf", name))
          .map(Area::ref)
          .hasValue(new AreaRef(AreaRef.NATIONAL_LEVEL, "8888", "Norge"));
    }
  }

  @Test
  void names_that_are_no_area_are_explained() {
    assertThat(pack.findArea("hf", "Indre Oslo")).isEmpty();
    assertThat(pack.whyNoArea("hf", "Indre Oslo")).contains("Lovisenberg and Diakonhjemmet");
    assertThat(pack.whyNoArea("kommune", "Herøy"))
        .contains("ambiguous")
        .contains("1515")
        .contains("1818");
    assertThat(pack.whyNoArea("hf", "Atlantis"))
        .isEqualTo("no area of level hf is called 'Atlantis'");
    assertThat(pack.whyNoArea("dps2", "x")).contains("no area level 'dps2'");
  }

  @Test
  void names_have_three_languages_where_they_differ() {
    Area national = pack.national();
    assertThat(national.name().nb()).isEqualTo("Norge");
    assertThat(national.name().nn()).isEqualTo("Noreg");
    assertThat(national.name().en()).isEqualTo("Norway");
    assertThat(pack.area("rhf", "4").orElseThrow().name().nn()).isEqualTo("Helse Sør-Aust");
    assertThat(pack.area("bydel", "030199").orElseThrow().name().en())
        .isEqualTo("District unknown, Oslo");
  }

  @Test
  void an_unknown_key_in_the_pack_file_is_an_error_naming_where(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.yml");
    Files.writeString(
        file, Files.readString(Packs.norwayFile()).replace("urlKey: code", "urlKee: code"));
    assertThatThrownBy(() -> GeographyPackLoader.load(file, Packs.dataDirectory()))
        .isInstanceOf(PackException.class)
        .hasMessageContaining("bad.yml")
        .hasMessageContaining("levels[4]")
        .hasMessageContaining("urlKee");
  }

  @Test
  void an_area_code_no_level_declares_is_an_error(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yml");
    Files.writeString(
        file,
        Files.readString(Packs.norwayFile())
            .replaceAll("\\n *- \\{code: \"23\", name: Sørlandet[^}]*}", ""));
    assertThatThrownBy(() -> GeographyPackLoader.load(file, Packs.dataDirectory()))
        .isInstanceOf(PackException.class)
        .hasMessageContaining("skde_boomr_2025-08-19.csv")
        .hasMessageContaining("bohf");
  }
}
