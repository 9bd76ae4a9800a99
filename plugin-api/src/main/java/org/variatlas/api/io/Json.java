package org.variatlas.api.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.SourceLocation;

/**
 * A strict JSON (RFC 8259) reader for loaders that read published result files, so that plugins
 * need no JSON library of their own. Objects become insertion-ordered {@code Map<String, Object>},
 * arrays {@code List<Object>}, numbers {@code Double}, and {@code true/false/null} their Java
 * counterparts. Syntax errors are reported with line and column.
 */
public final class Json {

  private final String text;
  private final String name;
  private int pos;
  // Line counting is incremental so that recording where each object starts stays linear.
  private int countedTo;
  private long countedLine = 1;

  private Json(String text, String name) {
    this.text = text;
    this.name = name;
  }

  /**
   * Parses a file (UTF-8, with or without a byte-order mark).
   *
   * @throws SourceProblemException ({@code unreadable-file}, {@code malformed-json})
   */
  public static Object parse(Path file, String displayName) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceProblemException(
          SourceLocation.file(displayName),
          "unreadable-file",
          "cannot read the file: " + e.getMessage(),
          e);
    }
    return parse(content, displayName);
  }

  /** Parses a document; {@code displayName} names it in problem locations. */
  public static Object parse(String content, String displayName) {
    String t = content.startsWith("\uFEFF") ? content.substring(1) : content;
    Json json = new Json(t, displayName);
    json.skipSpace();
    Object value = json.value();
    json.skipSpace();
    if (json.pos != t.length()) {
      throw json.error("unexpected text after the JSON value");
    }
    return value;
  }

  /**
   * The 1-based line on which a parsed JSON object starts, so that a loader can report a problem in
   * an object (e.g. one row of a published table) with its line; 0 for anything else.
   */
  public static long line(Object value) {
    return value instanceof LineMap map ? map.line : 0;
  }

  /** {@code value} as an object, or a located problem. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value, String what, String file) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new SourceProblemException(
        SourceLocation.file(file), "unexpected-json", what + " is not a JSON object");
  }

  /** {@code value} as an array, or a located problem. */
  @SuppressWarnings("unchecked")
  public static List<Object> array(Object value, String what, String file) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new SourceProblemException(
        SourceLocation.file(file), "unexpected-json", what + " is not a JSON array");
  }

  private Object value() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character '" + c + "'");
      }
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LineMap(lineAt(pos));
    pos++;
    skipSpace();
    if (peek('}')) {
      pos++;
      return map;
    }
    while (true) {
      skipSpace();
      if (!peek('"')) {
        throw error("expected a member name in quotes");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      map.put(key, value());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (peek('}')) {
        pos++;
        return map;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek(']')) {
      pos++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (peek(']')) {
        pos++;
        return list;
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder s = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return s.toString();
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          throw error("unterminated escape");
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> s.append(e);
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          case 'n' -> s.append('\n');
          case 'r' -> s.append('\r');
          case 't' -> s.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("bad unicode escape");
            }
            try {
              s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad unicode escape");
            }
            pos += 4;
          }
          default -> throw error("bad escape '\\" + e + "'");
        }
      } else if (c < 0x20) {
        throw error("control character in string");
      } else {
        s.append(c);
      }
    }
  }

  private Double number() {
    int start = pos;
    if (peek('-')) {
      pos++;
    }
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    try {
      return Double.valueOf(n);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("malformed number '" + n + "'");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected word");
    }
    pos += word.length();
    return value;
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private long lineAt(int position) {
    for (; countedTo < position; countedTo++) {
      if (text.charAt(countedTo) == '\n') {
        countedLine++;
      }
    }
    return countedLine;
  }

  /** An object that remembers the line it starts on; otherwise a plain insertion-ordered map. */
  private static final class LineMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    private final long line;

    LineMap(long line) {
      this.line = line;
    }
  }

  private SourceProblemException error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourceProblemException(
        new SourceLocation(name, line, "character " + column, null), "malformed-json", message);
  }
}
