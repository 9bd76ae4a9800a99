package org.variatlas.api.model;

import java.util.regex.Pattern;

/** Validation of the identifiers that appear in URLs and keys. */
final class Ids {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Ids() {}

  static String requireKebab(String id, String what) {
    if (id == null || !KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " must be kebab-case (a-z, 0-9, single hyphens): '" + id + "'");
    }
    return id;
  }
}
