package org.variatlas.app.security;

import java.time.OffsetDateTime;

/**
 * An API token as stored (its hash only) and listed on the users page.
 *
 * @param prefix the token's first characters, to tell tokens apart
 */
public record IssuedToken(
    long id,
    long userId,
    String name,
    String prefix,
    OffsetDateTime createdAt,
    OffsetDateTime expiresAt,
    OffsetDateTime revokedAt,
    OffsetDateTime lastUsedAt) {

  /** Whether the token still opens the API (not revoked, not expired). */
  public boolean valid(OffsetDateTime now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
