package org.variatlas.api.ui;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for the data the kit's components send to their browser modules. The plugin
 * API stays free of JSON libraries (no Jackson); Vaadin's own JSON types change between major
 * versions, a string does not.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("code").value("16").endObject().toString();
 * }</pre>
 *
 * <p>Non-finite numbers and {@code null} are written as {@code null}. The writer does not check
 * that names and values alternate: the kit's own builders are its only callers.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder(256);
  // Whether the next value or name in the current container needs a comma before it.
  private boolean comma;

  JsonWriter beginObject() {
    separate();
    out.append('{');
    comma = false;
    return this;
  }

  JsonWriter endObject() {
    out.append('}');
    comma = true;
    return this;
  }

  JsonWriter beginArray() {
    separate();
    out.append('[');
    comma = false;
    return this;
  }

  JsonWriter endArray() {
    out.append(']');
    comma = true;
    return this;
  }

  JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(':');
    comma = false;
    return this;
  }

  JsonWriter value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      quote(value);
    }
    comma = true;
    return this;
  }

  JsonWriter value(Number value) {
    separate();
    if (value == null || !Double.isFinite(value.doubleValue())) {
      out.append("null");
    } else if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      // Integral doubles as integers keep the payload small (populations, years).
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        out.append((long) d);
      } else {
        out.append(d);
      }
    } else {
      out.append(value);
    }
    comma = true;
    return this;
  }

  JsonWriter value(boolean value) {
    separate();
    out.append(value);
    comma = true;
    return this;
  }

  /** Writes already serialised JSON (e.g. a GeoJSON geometry) as a value. */
  JsonWriter raw(String json) {
    separate();
    out.append(json);
    comma = true;
    return this;
  }

  /** A name and a string value. */
  JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  /** A name and a number value. */
  JsonWriter field(String name, Number value) {
    return name(name).value(value);
  }

  /** A name and a boolean value. */
  JsonWriter field(String name, boolean value) {
    return name(name).value(value);
  }

  /** A name and an array of strings. */
  JsonWriter strings(String name, Collection<String> values) {
    name(name).beginArray();
    for (String v : values) {
      value(v);
    }
    return endArray();
  }

  /** A name and an array of numbers. */
  JsonWriter numbers(String name, double[] values) {
    name(name).beginArray();
    for (double v : values) {
      value(v);
    }
    return endArray();
  }

  /** A name and an object of string values. */
  JsonWriter stringMap(String name, Map<String, String> values) {
    name(name).beginObject();
    values.forEach(this::field);
    return endObject();
  }

  private void separate() {
    if (comma) {
      out.append(',');
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Also escapes U+2028/2029, which are line breaks to older JavaScript parsers.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
