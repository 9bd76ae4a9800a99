package org.variatlas.api.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the JSON the UI kit writes, for assertions: objects as maps, arrays as lists, every number
 * as a {@code Double} (the SDK's reader is not a dependency of the contract).
 */
final class TestJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestJson() {}

  static Object parse(String json) {
    try {
      return doubles(MAPPER.readValue(json, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object doubles(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TestJson::doubles).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, doubles(v)));
      return out;
    }
    return value;
  }
}
