package org.variatlas.app.areas;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds areas of one level by the names sources write. Names match when their {@link #key keys} are
 * equal: case, spacing, punctuation and accents are ignored, but æ, ø and å are letters of their
 * own, so that {@code Førde} never matches {@code Forde}.
 */
final class AreaNames {

  private final Map<String, Set<String>> codesByKey = new HashMap<>();

  /** Indexes a name (and, for names like {@code Hábmer - Hamarøy}, each part) for an area. */
  void add(String name, String code) {
    if (name == null || name.isBlank()) {
      return;
    }
    put(name, code);
    if (name.contains(" - ")) {
      for (String part : name.split(" - ")) {
        put(part, code);
      }
    }
  }

  private void put(String name, String code) {
    String key = key(name);
    if (!key.isEmpty()) {
      codesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
    }
  }

  /** The one area code the name denotes; empty when none or several do. */
  Optional<String> find(String name) {
    Set<String> codes = codesByKey.get(key(name));
    return codes != null && codes.size() == 1
        ? Optional.of(codes.iterator().next())
        : Optional.empty();
  }

  /** The codes of all areas called this (more than one for e.g. Herøy or Våler). */
  List<String> candidates(String name) {
    Set<String> codes = codesByKey.get(key(name));
    return codes == null ? List.of() : new ArrayList<>(codes);
  }

  /**
   * The matching key of a name: lower case, letters and digits only, accents removed except on æ,
   * ø, å (which NFD would otherwise turn into a, o, a).
   */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    lower
        .codePoints()
        .forEach(
            cp -> {
              if (cp == 'æ' || cp == 'ø' || cp == 'å') {
                key.appendCodePoint(cp);
                return;
              }
              String decomposed =
                  Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
              decomposed
                  .codePoints()
                  .filter(Character::isLetterOrDigit)
                  .forEach(key::appendCodePoint);
            });
    return key.toString();
  }
}
