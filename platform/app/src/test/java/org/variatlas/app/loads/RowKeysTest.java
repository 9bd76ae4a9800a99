package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowKeysTest {

  @Test
  void the_first_row_of_a_key_is_kept_and_named_to_later_ones() {
    RowKeys keys = new RowKeys(3, 2, 2, 1);
    assertThat(keys.putIfAbsent(1, 1, 0, 2024, 0, 105, 0)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(1, 1, 0, 2024, 1, 105, 1)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(1, 1, 0, 2024, 0, 105, 2)).isZero();
    assertThat(keys.get(1, 1, 0, 2024, 1, 105)).isEqualTo(1);
    assertThat(keys.get(0, 1, 0, 2024, 1, 105)).isEqualTo(-1);
  }

  @Test
  void keys_differing_in_any_part_are_distinct_even_with_many_measures() {
    // 40 measures: more than the 4 bits a fixed 20-bit packing left the measure.
    RowKeys keys = new RowKeys(40 * 3, 40, 3, 1);
    int row = 0;
    for (int m = 0; m < 40; m++) {
      for (int u = 0; u < 3; u++) {
        assertThat(keys.putIfAbsent(m, u, 0, 1900 + u, u % 2, m, row++)).isEqualTo(-1);
      }
    }
    assertThat(keys.get(39, 2, 0, 1902, 0, 39)).isEqualTo(row - 1);
  }

  @Test
  void codes_too_wide_to_pack_fall_back_to_boxed_keys() {
    RowKeys keys = new RowKeys(2, 1 << 20, 1 << 20, 1 << 20);
    assertThat(keys.putIfAbsent(1 << 19, 7, 1 << 19, 2000, 1, 3, 0)).isEqualTo(-1);
    assertThat(keys.putIfAbsent(1 << 19, 7, 1 << 19, 2000, 1, 3, 1)).isZero();
    assertThat(keys.get(1 << 19, 7, 1 << 19, 2000, 1, 3)).isZero();
  }

  @Test
  void the_table_grows_past_the_expected_rows_and_keeps_every_key() {
    // A sink checks rows as they come: far more than the first guess.
    RowKeys keys = new RowKeys(1, 20, 400, 3);
    int row = 0;
    for (int m = 0; m < 20; m++) {
      for (int u = 0; u < 400; u++) {
        assertThat(keys.putIfAbsent(m, u, u % 3, 2000 + m, u % 2, u % 106, row++)).isEqualTo(-1);
      }
    }
    assertThat(keys.putIfAbsent(7, 123, 0, 2007, 1, 17, row)).isEqualTo(7 * 400 + 123);
    assertThat(keys.get(19, 399, 0, 2019, 1, 81)).isEqualTo(row - 1);
    assertThat(keys.get(19, 399, 1, 2019, 1, 81)).isEqualTo(-1);
  }
}
