package org.variatlas.api.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parses_objects_arrays_numbers_strings_and_literals() {
    Object value =
        Json.parse(
            "{\"area\":\"Førde\",\"rate\":91.98,\"n\":-2e3,\"ok\":true,\"none\":null,"
                + "\"list\":[1,\"\\u00e6\\n\"],\"empty\":[]}",
            "x.json");
    Map<String, Object> map = Json.object(value, "root", "x.json");
    assertThat(map)
        .containsEntry("area", "Førde")
        .containsEntry("rate", 91.98)
        .containsEntry("n", -2000.0)
        .containsEntry("ok", true)
        .containsEntry("none", null);
    assertThat(Json.array(map.get("list"), "list", "x.json")).isEqualTo(List.of(1.0, "æ\n"));
    assertThat(map.keySet()).containsExactly("area", "rate", "n", "ok", "none", "list", "empty");
  }

  @Test
  void a_syntax_error_names_line_and_character() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": 1,\n  \"b\" 2\n}", "bad.json"))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> {
              assertThat(e.problem().rule()).isEqualTo("malformed-json");
              assertThat(e.problem().where().line()).isEqualTo(3);
              assertThat(e.getMessage()).contains("expected ':'");
            });
  }

  @Test
  void trailing_text_is_refused() {
    assertThatThrownBy(() -> Json.parse("[1] x", "t.json")).hasMessageContaining("after the JSON");
  }
}
