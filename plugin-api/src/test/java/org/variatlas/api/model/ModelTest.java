package org.variatlas.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void a_text_missing_in_one_language_falls_back_sensibly() {
    LocalizedText nynorskOnly = LocalizedText.of(null, "Noreg", null);
    assertThat(nynorskOnly.get(LocalizedText.BOKMAL)).isEqualTo("Noreg");
    assertThat(nynorskOnly.get(Locale.ENGLISH)).isEqualTo("Noreg");
    LocalizedText full = LocalizedText.of("Norge", "Noreg", "Norway");
    assertThat(full.get(Locale.forLanguageTag("no"))).isEqualTo("Norge");
    assertThat(full.get(LocalizedText.NYNORSK)).isEqualTo("Noreg");
    assertThat(nynorskOnly.has(LocalizedText.BOKMAL)).isFalse();
    assertThatThrownBy(() -> LocalizedText.of(" ", null, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void periods_print_and_parse_both_ways() {
    assertThat(Period.parse("2022–2024")).isEqualTo(Period.of(2022, 2024));
    assertThat(Period.parse("2016").isSingleYear()).isTrue();
    assertThat(Period.of(2022, 2024)).hasToString("2022-2024");
    assertThat(Period.of(2022, 2024).years()).isEqualTo(3);
    assertThatThrownBy(() -> Period.parse("20x6")).hasMessageContaining("20x6");
    assertThatThrownBy(() -> Period.of(2024, 2022)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_indicator_is_validated_when_built() {
    assertThatThrownBy(
            () ->
                IndicatorDefinition.computed("Bad Id")
                    .chapter("c")
                    .title(LocalizedText.of("t"))
                    .unit(LocalizedText.of("u"))
                    .periods(Period.year(2020))
                    .levels("hf")
                    .build())
        .hasMessageContaining("kebab-case");
    assertThatThrownBy(
            () ->
                IndicatorDefinition.computed("dsr")
                    .chapter("c")
                    .title(LocalizedText.of("t"))
                    .unit(LocalizedText.of("u"))
                    .numerator("m")
                    .periods(Period.year(2020))
                    .levels("hf")
                    .build())
        .hasMessageContaining("standard population");
    IndicatorDefinition ok =
        IndicatorDefinition.computed("crude")
            .chapter("c")
            .title(LocalizedText.of("t"))
            .unit(LocalizedText.of("u"))
            .numerator("m")
            .valueType(ValueType.CRUDE_RATE)
            .periods(Period.of(2020, 2022), Period.year(2020))
            .levels("hf", "rhf")
            .build();
    assertThat(ok.defaultPeriod()).isEqualTo(Period.of(2020, 2022));
    assertThat(ok.defaultLevel()).isEqualTo("hf");
    assertThat(ok.population()).isEqualTo(PopulationFilter.everyone());
  }

  @Test
  void a_source_location_reads_as_a_person_would_write_it() {
    assertThat(SourceLocation.line("data/x.csv", 12).at("age", "-1"))
        .hasToString("data/x.csv:12, column 'age', value '-1'");
  }
}
