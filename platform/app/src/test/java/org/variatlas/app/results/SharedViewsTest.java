package org.variatlas.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedViewsTest {

  private final SharedViews views = new SharedViews();

  @Test
  void a_key_is_rendered_once_for_every_reader() {
    AtomicInteger renders = new AtomicInteger();
    String first = views.url("bars/day-surgery/shoulder/hf/2019/nb/3", () -> render(renders));
    String second = views.url("bars/day-surgery/shoulder/hf/2019/nb/3", () -> render(renders));

    assertThat(second).isEqualTo(first).startsWith(SharedViews.PATH);
    assertThat(renders).hasValue(1);
    assertThat(views.get(first.substring(SharedViews.PATH.length()))).contains("{\"n\":1}");
  }

  @Test
  void another_version_or_language_is_another_url() {
    String v3 = views.url("bars/day-surgery/shoulder/hf/2019/nb/3", () -> "{}");
    String v4 = views.url("bars/day-surgery/shoulder/hf/2019/nb/4", () -> "{}");
    String en = views.url("bars/day-surgery/shoulder/hf/2019/en/3", () -> "{}");

    assertThat(v3).isNotEqualTo(v4).isNotEqualTo(en);
  }

  @Test
  void ids_cannot_be_guessed_from_keys_across_processes() {
    String key = "bars/day-surgery/shoulder/hf/2019/nb/3";

    assertThat(new SharedViews().id(key)).isNotEqualTo(new SharedViews().id(key)).hasSize(32);
  }

  @Test
  void an_unknown_id_is_not_kept() {
    assertThat(views.get("0123456789abcdef0123456789abcdef")).isEmpty();
  }

  private static String render(AtomicInteger renders) {
    return "{\"n\":" + renders.incrementAndGet() + "}";
  }
}
