package org.variatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.variatlas.sdk.io.Numbers;

class DecimalTextTest {

  @Test
  void every_text_reads_back_to_exactly_the_same_double_by_the_number_rule() {
    Random random = new Random(20261206);
    double[] scales = {1e-9, 1e-6, 1e-5, 1e-3, 1, 1e3, 1e5, 1e7, 1e12, 1e15, 1e17};
    for (int i = 0; i < 400_000; i++) {
      double v =
          switch (i % 4) {
            case 0 -> random.nextDouble() * scales[random.nextInt(scales.length)];
            case 1 -> Double.longBitsToDouble(random.nextLong());
            case 2 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(8));
            default -> -random.nextGaussian() * 1000;
          };
      String text = DecimalText.of(v);
      if (Double.isFinite(v)) {
        assertThat(Numbers.parse(text)).as("%s from %s", text, v).isEqualTo(v);
        String java = Double.toString(v);
        if (!java.contains("E") && !java.endsWith(".0")) {
          assertThat(text.length()).as("%s vs %s", text, java).isLessThanOrEqualTo(java.length());
        }
      } else {
        assertThat(text).isEmpty();
      }
    }
  }

  @Test
  void prints_plain_decimals_no_longer_than_java() {
    assertThat(DecimalText.of(1.0 / 3)).isEqualTo(Double.toString(1.0 / 3));
    assertThat(DecimalText.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(DecimalText.of(0.3)).isEqualTo("0.3");
    assertThat(DecimalText.of(32.5)).isEqualTo("32.5");
    assertThat(DecimalText.of(-7.25)).isEqualTo("-7.25");
    assertThat(DecimalText.of(0.00012)).isEqualTo("0.00012");
    assertThat(DecimalText.of(123456789.123)).isEqualTo("123456789.123");
    assertThat(DecimalText.of(40)).isEqualTo("40");
    assertThat(DecimalText.of(-0.0)).isEqualTo("0");
    assertThat(DecimalText.of(1e300)).isEqualTo("1.0E300");
    assertThat(DecimalText.of(Double.NaN)).isEmpty();
  }
}
