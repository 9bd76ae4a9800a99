package org.variatlas.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates {@code Authorization: Bearer va_...} with the atlas' own API tokens: the request
 * acts as the token's user, with that user's roles, for this request only (no session).
 */
class ApiTokenAuthentication implements AuthenticationProvider {

  private final UserAccounts accounts;

  ApiTokenAuthentication(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
    StoredUser user =
        accounts
            .userOfToken(secret)
            .orElseThrow(
                () -> new InvalidBearerTokenException("unknown, expired or revoked API token"));
    UserDetails details = DatabaseUsers.details(user);
    UsernamePasswordAuthenticationToken result =
        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    result.setDetails(authentication.getDetails());
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
