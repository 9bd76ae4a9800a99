package org.variatlas.app.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, read from Spring Security's authentication the same way whichever way they signed
 * in (password, API token, OpenID Connect): roles are authorities {@code ROLE_*}, a partner's
 * organisation is the authority {@code ORG_<id>}.
 */
public final class Actors {

  static final String ORGANISATION_PREFIX = "ORG_";

  private Actors() {}

  /** The current request's authentication, or null when nobody is signed in. */
  public static Authentication current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated()
        ? null
        : a;
  }

  public static Set<Role> roles(Authentication a) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (a != null) {
      for (GrantedAuthority g : a.getAuthorities()) {
        for (Role r : Role.values()) {
          if (r.authority().equals(g.getAuthority())) {
            roles.add(r);
          }
        }
      }
    }
    return roles;
  }

  /** Whether the actor is an editor or administrator: they act on every topic and plugin. */
  public static boolean isStaff(Authentication a) {
    Set<Role> roles = roles(a);
    return roles.contains(Role.ADMIN) || roles.contains(Role.EDITOR);
  }

  public static Optional<String> organisation(Authentication a) {
    if (a == null) {
      return Optional.empty();
    }
    return a.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(g -> g.startsWith(ORGANISATION_PREFIX))
        .map(g -> g.substring(ORGANISATION_PREFIX.length()))
        .findFirst();
  }

  /** The authorities of roles and an organisation. */
  static Collection<GrantedAuthority> authorities(Set<Role> roles, String organisation) {
    var out = new java.util.ArrayList<GrantedAuthority>();
    roles.forEach(r -> out.add(new SimpleGrantedAuthority(r.authority())));
    if (organisation != null && !organisation.isBlank()) {
      out.add(new SimpleGrantedAuthority(ORGANISATION_PREFIX + organisation));
    }
    return out;
  }
}
