package org.variatlas.app.security;

import java.util.Set;

/**
 * A user of the built-in sign-in, as stored.
 *
 * @param passwordHash in Spring Security's delegating format ({@code {bcrypt}...})
 * @param organisation the organisation of a partner, or null
 */
public record StoredUser(
    long id,
    String username,
    String displayName,
    String passwordHash,
    boolean enabled,
    String organisation,
    Set<Role> roles) {

  public StoredUser {
    roles = Set.copyOf(roles);
  }
}
