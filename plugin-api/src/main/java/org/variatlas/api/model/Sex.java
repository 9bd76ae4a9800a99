package org.variatlas.api.model;

import java.util.Locale;

/** Sex as registered in the population statistics. */
public enum Sex {
  FEMALE,
  MALE;

  /**
   * Parses the spellings seen in sources: {@code female/male}, {@code f/m}, {@code k/m}
   * (kvinne/mann), {@code 2/1} (SSB and NPR coding).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Sex parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "female", "f", "k", "kvinne", "kvinner", "woman", "women", "2" -> FEMALE;
      case "male", "m", "mann", "menn", "man", "men", "1" -> MALE;
      default ->
          throw new IllegalArgumentException(
              "not a sex: '" + text + "' (expected female/male, f/m, k/m or 2/1)");
    };
  }

  /** The lower-case code used in files and URLs: {@code female} or {@code male}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
