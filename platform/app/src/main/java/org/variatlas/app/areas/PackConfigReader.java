package org.variatlas.app.areas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a geography pack file: YAML (SnakeYAML, safe constructor: no custom types) bound to {@link
 * PackConfig} by Jackson, which rejects unknown keys so that a typo is an error, not a silently
 * ignored setting.
 */
final class PackConfigReader {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private PackConfigReader() {}

  /**
   * Reads and binds the file.
   *
   * @throws PackException naming the file, and the line or the path of keys, of what is wrong
   */
  static PackConfig read(Path file) {
    Object tree;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new PackException(file + ": cannot read the geography pack: " + e.getMessage(), e);
    } catch (MarkedYAMLException e) {
      throw new PackException(
          file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem(),
          e);
    }
    try {
      PackConfig config = MAPPER.convertValue(tree, PackConfig.class);
      if (config == null) {
        throw new PackException(file + ": the geography pack is empty");
      }
      return config;
    } catch (IllegalArgumentException e) {
      String where =
          e.getCause() instanceof JsonMappingException m
              ? m.getPath().stream()
                  .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining("."))
                  .replace(".[", "[")
              : "";
      String message =
          e.getCause() instanceof JsonMappingException m ? m.getOriginalMessage() : e.getMessage();
      throw new PackException(file + ": at '" + where + "': " + firstLine(message), e);
    }
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
