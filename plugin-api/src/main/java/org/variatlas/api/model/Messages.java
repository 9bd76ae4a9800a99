package org.variatlas.api.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A plugin's own i18n bundle: {@code <baseName>_nb.properties}, {@code _nn} and {@code _en}
 * (UTF-8), read through the plugin's class loader. Each key becomes a {@link LocalizedText}.
 *
 * <pre>{@code
 * Messages messages = Messages.load(DaySurgeryTopic.class, "i18n/day-surgery");
 * LocalizedText title = messages.text("day-surgery.title");
 * }</pre>
 */
public final class Messages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final ResourceBundle nb;
  private final ResourceBundle nn;
  private final ResourceBundle en;

  private Messages(String baseName, ClassLoader loader) {
    this.baseName = baseName;
    this.nb = bundle(baseName, LocalizedText.BOKMAL, loader);
    this.nn = bundle(baseName, LocalizedText.NYNORSK, loader);
    this.en = bundle(baseName, LocalizedText.ENGLISH, loader);
  }

  /** Loads the bundle through the class loader of {@code anchor} (a class of the plugin). */
  public static Messages load(Class<?> anchor, String baseName) {
    return new Messages(baseName, anchor.getClassLoader());
  }

  /**
   * The text of a key in all three languages.
   *
   * @throws MissingResourceException when no language has the key
   */
  public LocalizedText text(String key) {
    String b = get(nb, key);
    String n = get(nn, key);
    String e = get(en, key);
    if (b == null && n == null && e == null) {
      throw new MissingResourceException(
          "Missing key '" + key + "' in bundle " + baseName, baseName, key);
    }
    return new LocalizedText(b, n, e);
  }

  /**
   * The texts of several keys as Markdown paragraphs (joined by a blank line), per language; for
   * texts assembled from shared parts, e.g. a patient selection followed by a common data note.
   *
   * @throws MissingResourceException when a key is missing in every language
   */
  public LocalizedText paragraphs(String... keys) {
    String[] joined = new String[3];
    for (String key : keys) {
      LocalizedText text = text(key);
      String[] parts = {
        text.get(LocalizedText.BOKMAL),
        text.get(LocalizedText.NYNORSK),
        text.get(LocalizedText.ENGLISH)
      };
      for (int i = 0; i < parts.length; i++) {
        joined[i] = joined[i] == null ? parts[i] : joined[i] + "\n\n" + parts[i];
      }
    }
    return new LocalizedText(joined[0], joined[1], joined[2]);
  }

  /** The bundle of one language, for the platform's translation provider. */
  public ResourceBundle bundle(Locale locale) {
    return switch (locale.getLanguage()) {
      case "nn" -> nn;
      case "en" -> en;
      default -> nb;
    };
  }

  public String baseName() {
    return baseName;
  }

  private static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    try {
      return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static String get(ResourceBundle bundle, String key) {
    return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : null;
  }
}
