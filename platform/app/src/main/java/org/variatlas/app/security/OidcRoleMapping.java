package org.variatlas.app.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps an OpenID Connect provider's claims to the atlas' roles and a partner's organisation, for
 * sign-in (ID token and user info) and for access tokens (JWT) alike: the claim {@code
 * variatlas.security.oidc.roles-claim} (a list, or a dotted path into nested claims) is read, and
 * every value named in {@code variatlas.security.oidc.roles} gives its role. A user the mapping
 * gives no role is signed in without any (a public reader).
 */
final class OidcRoleMapping implements GrantedAuthoritiesMapper {

  private final SecuritySettings.Oidc settings;

  OidcRoleMapping(SecuritySettings.Oidc settings) {
    this.settings = settings;
  }

  @Override
  public Collection<? extends GrantedAuthority> mapAuthorities(
      Collection<? extends GrantedAuthority> authorities) {
    List<GrantedAuthority> out = new ArrayList<>();
    for (GrantedAuthority a : authorities) {
      Map<String, Object> claims =
          a instanceof OidcUserAuthority oidc
              ? oidc.getAttributes()
              : a instanceof OAuth2UserAuthority oauth ? oauth.getAttributes() : null;
      if (claims != null) {
        out.addAll(authorities(claims));
      }
    }
    return out;
  }

  /** The authorities of an access token. */
  Collection<GrantedAuthority> authorities(Jwt jwt) {
    return authorities(jwt.getClaims());
  }

  Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String value : values(claims, settings.rolesClaim())) {
      Role role = settings.roles().get(value);
      if (role != null) {
        roles.add(role);
      }
    }
    List<String> organisation = values(claims, settings.organisationClaim());
    return Actors.authorities(roles, organisation.isEmpty() ? null : organisation.get(0));
  }

  /** The string values of a claim, following a dotted path into nested objects. */
  static List<String> values(Map<String, Object> claims, String path) {
    Object node = claims;
    for (String part : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return List.of();
      }
      node = map.get(part);
    }
    if (node instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return node == null ? List.of() : List.of(String.valueOf(node));
  }
}
