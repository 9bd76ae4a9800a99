package org.variatlas.api.ui;

import java.util.Locale;
import org.variatlas.api.model.LocalizedText;

/**
 * What a component needs to turn its data into the browser's spec: translations, number symbols and
 * the UI language (for the model's {@link LocalizedText}s).
 */
record RenderContext(Texts texts, NumberStyle numbers, Locale locale) {

  String t(String key, Object... params) {
    return texts.get(key, params);
  }

  String text(LocalizedText text) {
    return text == null ? null : text.get(locale);
  }
}
