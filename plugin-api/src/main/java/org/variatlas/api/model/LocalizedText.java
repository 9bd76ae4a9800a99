package org.variatlas.api.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Norwegian Bokmål ({@code nb}), Norwegian Nynorsk ({@code nn}) and English ({@code en}).
 * A missing variant falls back along nn -> nb -> en and en -> nb -> nn, so that a text given in one
 * language only still shows everywhere (as Helseatlas does when a label lacks a language).
 */
public record LocalizedText(String nb, String nn, String en) {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");
  public static final Locale NYNORSK = Locale.forLanguageTag("nn");
  public static final Locale ENGLISH = Locale.ENGLISH;

  public LocalizedText {
    if (blank(nb) && blank(nn) && blank(en)) {
      throw new IllegalArgumentException("A localized text needs at least one language");
    }
    nb = blank(nb) ? null : nb;
    nn = blank(nn) ? null : nn;
    en = blank(en) ? null : en;
  }

  /** The same text in all three languages (names, codes). */
  public static LocalizedText of(String text) {
    return new LocalizedText(text, text, text);
  }

  public static LocalizedText of(String nb, String nn, String en) {
    return new LocalizedText(nb, nn, en);
  }

  /** The text for a locale; {@code no} and unknown Norwegian variants count as Bokmål. */
  public String get(Locale locale) {
    String language = locale == null ? "nb" : locale.getLanguage();
    return switch (language) {
      case "nn" -> first(nn, nb, en);
      case "en" -> first(en, nb, nn);
      default -> first(nb, nn, en);
    };
  }

  /** Whether the given language is present in its own right (not by fallback). */
  public boolean has(Locale locale) {
    return switch (locale.getLanguage()) {
      case "nn" -> nn != null;
      case "en" -> en != null;
      default -> nb != null;
    };
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : Objects.requireNonNullElse(b, c);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
