package org.variatlas.sdk.testing;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.variatlas.api.model.LocalizedText;

/** Checks of a plugin's i18n bundle for tests. */
public final class Bundles {

  private Bundles() {}

  /**
   * The keys some language of the bundle lacks, by language ({@code nb}, {@code nn}, {@code en});
   * empty when all three have the same keys.
   *
   * @param anchor a class of the plugin (its class loader reads the bundle)
   * @param baseName e.g. {@code i18n/day-surgery}
   */
  public static Map<String, Set<String>> missingKeys(Class<?> anchor, String baseName) {
    Locale[] languages = {LocalizedText.BOKMAL, LocalizedText.NYNORSK, LocalizedText.ENGLISH};
    Map<String, Set<String>> keys = new TreeMap<>();
    Set<String> all = new TreeSet<>();
    for (Locale language : languages) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              baseName,
              language,
              anchor.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      keys.put(language.getLanguage(), new TreeSet<>(bundle.keySet()));
      all.addAll(bundle.keySet());
    }
    Map<String, Set<String>> missing = new TreeMap<>();
    keys.forEach(
        (language, present) -> {
          Set<String> lacking = new TreeSet<>(all);
          lacking.removeAll(present);
          if (!lacking.isEmpty()) {
            missing.put(language, Collections.unmodifiableSet(lacking));
          }
        });
    return missing;
  }
}
