package org.variatlas.app.security;

/**
 * What a signed-in person may do. Anonymous visitors are public readers and have no role. Views
 * name roles in {@code @RolesAllowed} with the constants of {@link Names}; Spring Security holds
 * them as authorities {@code ROLE_EDITOR}, ... .
 */
public enum Role {
  /** Runs loaders, uploads registry extracts, sees load runs and their problems. */
  EDITOR,
  /** Everything: users, tokens, plugin ownership, and what editors do. */
  ADMIN,
  /** Belongs to an organisation; acts only on the plugins and topics that organisation owns. */
  PARTNER;

  /** The role names as compile-time constants, for annotations. */
  public static final class Names {
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String PARTNER = "PARTNER";

    private Names() {}
  }

  /** Spring Security's authority for the role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
