package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CountStreamTest {

  private static final byte[] MEASURE =
      "a-measure-with-a-longish-name".getBytes(StandardCharsets.UTF_8);

  @Test
  void rows_of_many_chunks_arrive_whole_and_in_order_in_copy_format() {
    int[] written = new int[1];
    CountStream<ByteArrayOutputStream> stream =
        new CountStream<>(
            ByteArrayOutputStream::new,
            (target, bytes, length, n) -> {
              target.write(bytes, 0, length);
              written[0] += n;
            });
    int rows = 50_000;
    for (int i = 0; i < rows; i++) {
      byte[] unit = String.valueOf(i % 9000).getBytes(StandardCharsets.UTF_8);
      byte[] sex = (i % 2 == 0 ? "female" : "male").getBytes(StandardCharsets.UTF_8);
      byte[] category = (i % 3 == 0 ? "" : "c").getBytes(StandardCharsets.UTF_8);
      stream.row(MEASURE, unit, 2000 + i % 20, sex, i % 106, category, i * 7L);
    }
    ByteArrayOutputStream out = stream.finish();

    assertThat(written[0]).isEqualTo(rows);
    assertThat(stream.rows()).isEqualTo(rows);
    ByteBuffer in = ByteBuffer.wrap(out.toByteArray());
    for (int i = 0; i < rows; i++) {
      assertThat(in.getShort()).isEqualTo((short) 7);
      assertThat(text(in)).isEqualTo("a-measure-with-a-longish-name");
      assertThat(text(in)).isEqualTo(String.valueOf(i % 9000));
      assertThat(in.getInt()).isEqualTo(4);
      assertThat(in.getInt()).isEqualTo(2000 + i % 20);
      assertThat(text(in)).isEqualTo(i % 2 == 0 ? "female" : "male");
      assertThat(in.getInt()).isEqualTo(4);
      assertThat(in.getInt()).isEqualTo(i % 106);
      assertThat(text(in)).isEqualTo(i % 3 == 0 ? "" : "c");
      assertThat(in.getInt()).isEqualTo(8);
      assertThat(in.getLong()).isEqualTo(i * 7L);
    }
    assertThat(in.hasRemaining()).isFalse();
  }

  @Test
  void no_row_opens_nothing() {
    CountStream<Object> stream =
        new CountStream<>(
            () -> {
              throw new AssertionError("opened");
            },
            (target, bytes, length, n) -> {});
    assertThat(stream.finish()).isNull();
  }

  private static String text(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
