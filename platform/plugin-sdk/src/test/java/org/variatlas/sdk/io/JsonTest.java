package org.variatlas.sdk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.api.io.SourceProblemException;

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
              assertThat(e.getMessage()).contains("expecting a colon");
            });
  }

  @Test
  void trailing_text_is_refused() {
    assertThatThrownBy(() -> Json.parse("[1] x", "t.json")).hasMessageContaining("after the JSON");
  }

  @Test
  void numbers_outside_the_standard_are_refused() {
    for (String bad : List.of("[01]", "[1.]", "[-.5]", "[NaN]", "[+1]", "[0x10]")) {
      assertThatThrownBy(() -> Json.parse(bad, "n.json"))
          .as(bad)
          .isInstanceOfSatisfying(
              SourceProblemException.class,
              e -> assertThat(e.problem().rule()).isEqualTo("malformed-json"));
    }
  }

  @Test
  void a_member_named_twice_is_refused_with_its_line() {
    assertThatThrownBy(() -> Json.parse("{\n\"a\": 1,\n\"a\": 2}", "d.json"))
        .isInstanceOfSatisfying(
            SourceProblemException.class,
            e -> {
              assertThat(e.problem().where().line()).isEqualTo(3);
              assertThat(e.getMessage()).contains("Duplicate field 'a'");
            });
  }

  @Test
  void an_object_remembers_the_line_it_starts_on_and_a_byte_order_mark_is_skipped() {
    List<Object> rows =
        Json.array(Json.parse("\uFEFF[\n{\"a\":1},\n\n{\"b\":2}]", "l.json"), "rows", "l.json");
    assertThat(rows).extracting(Json::line).containsExactly(2L, 4L);
  }

  @Test
  void an_empty_document_is_a_located_problem() {
    assertThatThrownBy(() -> Json.parse("  ", "e.json")).hasMessageContaining("no JSON value");
  }
}
