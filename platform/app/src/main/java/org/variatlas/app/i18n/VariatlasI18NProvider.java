package org.variatlas.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Translations for {@code getTranslation}: the platform's bundles ({@link #BUNDLES}) in nb, nn and
 * en, then the bundles of the served topic plugins. There is no fallback to another language: a key
 * missing in one language is a bug the i18n test catches, shown as {@code !key!}.
 */
@Component
public class VariatlasI18NProvider implements I18NProvider {

  public static final List<Locale> LOCALES =
      List.of(LocalizedText.BOKMAL, LocalizedText.NYNORSK, LocalizedText.ENGLISH);

  private static final Logger log = LoggerFactory.getLogger(VariatlasI18NProvider.class);

  /**
   * The platform's bundles, one per feature so that features do not share one file: {@code
   * vaadin-i18n/<name>_<nb|nn|en>.properties}. {@code kit} lives in the plugin API jar.
   */
  public static final List<String> BUNDLES =
      List.of(
          "vaadin-i18n/translations",
          "vaadin-i18n/areas",
          "vaadin-i18n/loads",
          "vaadin-i18n/results",
          "vaadin-i18n/factsheet",
          "vaadin-i18n/users",
          "vaadin-i18n/lifecycle",
          "vaadin-i18n/kit");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final TopicRegistry topics;

  public VariatlasI18NProvider(TopicRegistry topics) {
    this.topics = topics;
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = supported(locale);
    String pattern = platform(key, language);
    if (pattern == null) {
      pattern = plugins(key, language);
    }
    if (pattern == null) {
      log.warn("Missing translation of '{}' for {}", key, language);
      return "!" + key + "!";
    }
    return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
  }

  /** Whether the platform bundle has the key in this language (for tests). */
  public static boolean hasPlatformKey(String key, Locale locale) {
    return platform(key, locale) != null;
  }

  /** nb, nn or en for any locale; Norwegian without variant counts as Bokmål. */
  public static Locale supported(Locale locale) {
    if (locale == null) {
      return LocalizedText.BOKMAL;
    }
    return switch (locale.getLanguage()) {
      case "nn" -> LocalizedText.NYNORSK;
      case "en" -> LocalizedText.ENGLISH;
      default -> LocalizedText.BOKMAL;
    };
  }

  private static String platform(String key, Locale locale) {
    for (String name : BUNDLES) {
      try {
        ResourceBundle bundle =
            ResourceBundle.getBundle(
                name, locale, VariatlasI18NProvider.class.getClassLoader(), NO_FALLBACK);
        if (bundle.containsKey(key)) {
          return bundle.getString(key);
        }
      } catch (MissingResourceException e) {
        // this feature has no bundle (yet): try the next
      }
    }
    return null;
  }

  private String plugins(String key, Locale locale) {
    for (InstalledTopic topic : topics.topics()) {
      ResourceBundle bundle = topic.bundle().map(m -> m.bundle(locale)).orElse(null);
      if (bundle != null && bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }
}
