package org.variatlas.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails on a missing translation or a hard-coded UI string: every platform bundle has the same keys
 * in nb, nn and en; every key the code asks for exists; UI code writes no literal text into
 * components.
 */
class TranslationsTest {

  private static final List<String> LANGUAGES = List.of("nb", "nn", "en");
  private static final Pattern KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
  private static final Pattern LITERAL_TEXT =
      Pattern.compile(
          "new (H1|H2|H3|H4|Span|Paragraph|Button|Label|NativeLabel|Details|Tab)"
              + "\\(\\s*\"[^\"]*[A-Za-zÆØÅæøå]{3,}[^\"]*\"");

  @Test
  void every_platform_bundle_has_the_same_keys_in_nb_nn_and_en() throws IOException {
    for (String bundle : VariatlasI18NProvider.BUNDLES) {
      Set<String> reference = null;
      for (String language : LANGUAGES) {
        Properties p = load(bundle, language);
        if (p == null) {
          continue;
        }
        Set<String> keys = new TreeSet<>(p.stringPropertyNames());
        if (reference == null) {
          reference = keys;
        } else {
          assertThat(keys).as("keys of %s_%s", bundle, language).isEqualTo(reference);
        }
        p.forEach(
            (k, v) -> assertThat(v.toString()).as("%s_%s: %s", bundle, language, k).isNotBlank());
      }
      for (String language : LANGUAGES) {
        assertThat(load(bundle, language) == null)
            .as("%s exists in every language if in any", bundle)
            .isEqualTo(reference == null);
      }
    }
  }

  @Test
  void every_key_the_code_asks_for_is_translated() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path source : sources()) {
      Matcher m = KEY.matcher(Files.readString(source));
      while (m.find()) {
        for (String language : LANGUAGES) {
          if (!VariatlasI18NProvider.hasPlatformKey(m.group(1), Locale.forLanguageTag(language))) {
            missing.add(source.getFileName() + ": " + m.group(1) + " (" + language + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void ui_code_writes_no_literal_text_into_components() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path source : sources()) {
      String[] lines = Files.readString(source).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (LITERAL_TEXT.matcher(lines[i]).find()) {
          literals.add(source.getFileName() + ":" + (i + 1) + ": " + lines[i].trim());
        }
      }
    }
    assertThat(literals).isEmpty();
  }

  private static List<Path> sources() throws IOException {
    List<Path> roots = List.of(Path.of("src/main/java"), Path.of("../../plugin-api/src/main/java"));
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
      }
    }
    return files;
  }

  private static Properties load(String bundle, String language) throws IOException {
    String name = bundle + "_" + language + ".properties";
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
