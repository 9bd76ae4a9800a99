package org.variatlas.api.ui;

/**
 * The kit's view of translations: a component passes its {@code getTranslation}; tests pass a
 * stand-in, so that the data sent to the browser can be checked without a Vaadin session.
 */
@FunctionalInterface
interface Texts {

  /** The translation of {@code key} (a {@code kit.*} key) with {@code params} filled in. */
  String get(String key, Object... params);
}
