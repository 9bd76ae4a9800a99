package org.variatlas.sdk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/**
 * A strict JSON (RFC 8259) reader for loaders that read published result files, so that plugins
 * need no JSON library of their own. It is a small facade over jackson-core's streaming parser
 * (strict: no leading zeros, no {@code 1.} or {@code -.5}, no NaN, no comments; a member name given
 * twice in one object is an error, not a silent overwrite). Objects become insertion-ordered {@code
 * Map<String, Object>}, arrays {@code List<Object>}, numbers {@code Double}, and {@code
 * true/false/null} their Java counterparts. Syntax errors are reported with line and character.
 */
public final class Json {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Json() {}

  /**
   * Parses a file (UTF-8, with or without a byte-order mark).
   *
   * @throws SourceProblemException ({@code unreadable-file}, {@code malformed-json})
   */
  public static Object parse(Path file, String displayName) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(in)) {
      return document(parser, displayName);
    } catch (JsonProcessingException e) {
      throw malformed(e, displayName);
    } catch (IOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
  }

  /** Parses a document; {@code displayName} names it in problem locations. */
  public static Object parse(String content, String displayName) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    try (JsonParser parser = FACTORY.createParser(text)) {
      return document(parser, displayName);
    } catch (JsonProcessingException e) {
      throw malformed(e, displayName);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
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

  private static Object document(JsonParser parser, String name) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw problem(parser.currentLocation(), name, "the file holds no JSON value");
    }
    Object value = value(parser, first);
    JsonLocation end = parser.currentLocation();
    try {
      if (parser.nextToken() == null) {
        return value;
      }
    } catch (JsonProcessingException e) {
      // Whatever follows the value, even if it is not a JSON token, is the problem.
    }
    throw problem(end, name, "unexpected text after the JSON value");
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("unexpected token " + token);
    };
  }

  private static LineMap object(JsonParser parser) throws IOException {
    LineMap map = new LineMap(parser.currentTokenLocation().getLineNr());
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String member = parser.currentName();
      map.put(member, value(parser, parser.nextToken()));
    }
    return map;
  }

  private static List<Object> array(JsonParser parser) throws IOException {
    List<Object> list = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      list.add(value(parser, t));
    }
    return list;
  }

  private static SourceProblemException malformed(JsonProcessingException e, String name) {
    return problem(e.getLocation(), name, e.getOriginalMessage());
  }

  private static SourceProblemException problem(JsonLocation at, String name, String message) {
    long line = at == null ? 0 : at.getLineNr();
    String column = at == null ? null : "character " + at.getColumnNr();
    return new SourceProblemException(
        new SourceLocation(name, line, column, null), "malformed-json", message);
  }

  /** An object that remembers the line it starts on; otherwise a plain insertion-ordered map. */
  private static final class LineMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    private final long line;

    LineMap(long line) {
      this.line = line;
    }
  }
}
