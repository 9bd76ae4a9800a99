package org.variatlas.app.areas;

import java.util.List;
import java.util.Locale;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.LocalizedText;

/**
 * An area of a level.
 *
 * @param level the level id
 * @param code SKDE's number for hf/hf19/rhf ({@code 16}), the official number with leading zeros
 *     for fylke/kommune/bydel ({@code 03}, {@code 0301}, {@code 030112}), {@code 8888} for Norway
 * @param name the short name sources and charts use ({@code OUS}), per language
 * @param fullName the full name ({@code Oslo universitetssykehus}), or null
 * @param aliases other names sources use ({@code Ahus}, {@code St. Olavs})
 * @param order display position within the level
 */
public record Area(
    String level,
    String code,
    LocalizedText name,
    String fullName,
    List<String> aliases,
    int order) {

  public Area {
    aliases = List.copyOf(aliases);
  }

  /** The name in a language. */
  public String name(Locale locale) {
    return name.get(locale);
  }

  /** The reference handed to plugins: level, code and the Bokmål name. */
  public AreaRef ref() {
    return new AreaRef(level, code, name.get(LocalizedText.BOKMAL));
  }

  public boolean isNational() {
    return AreaRef.NATIONAL_LEVEL.equals(level);
  }
}
