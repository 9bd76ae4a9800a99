package org.variatlas.api.model;

/**
 * An area of a level: {@code hf/16 OUS}, {@code rhf/4 Helse Sør-Øst}, {@code kommune/0301 Oslo}.
 * The national total is level {@code national}, code {@code 8888} as in SKDE's coding.
 */
public record AreaRef(String level, String code, String name) {

  public static final String NATIONAL_LEVEL = "national";
  public static final String NATIONAL_CODE = "8888";

  public boolean isNational() {
    return NATIONAL_LEVEL.equals(level);
  }
}
