package org.variatlas.app.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code variatlas.security} (README, "Security").
 *
 * @param adminPassword the first administrator's password at the first start ({@code
 *     VARIATLAS_ADMIN_PASSWORD}); when blank, one is generated and printed once to the log
 * @param adminToken an API token to seed for the first administrator ({@code
 *     VARIATLAS_ADMIN_TOKEN}), at least 32 characters
 * @param adminTokenValidity how long the seeded token is valid
 * @param tokenValidity the default validity of tokens issued on the users page
 * @param embedFrameAncestors who may frame the embed routes (a CSP {@code frame-ancestors} value)
 * @param oidc how an OpenID Connect provider's claims map to roles
 */
@ConfigurationProperties("variatlas.security")
public record SecuritySettings(
    String adminPassword,
    String adminToken,
    @DefaultValue("365d") Duration adminTokenValidity,
    @DefaultValue("90d") Duration tokenValidity,
    @DefaultValue("*") String embedFrameAncestors,
    @DefaultValue Oidc oidc) {

  /**
   * The mapping of an OpenID Connect provider's claims to roles (for sign-in and access tokens).
   *
   * @param rolesClaim the claim with the user's groups or roles: {@code groups} (Entra ID,
   *     Keycloak's group mapper), {@code roles} (Entra ID app roles), or a dotted path such as
   *     {@code realm_access.roles} (Keycloak realm roles)
   * @param roles provider group or role name to atlas role, e.g. {@code atlas-editors: EDITOR}
   * @param organisationClaim the claim naming a partner's organisation
   */
  public record Oidc(
      @DefaultValue("groups") String rolesClaim,
      Map<String, Role> roles,
      @DefaultValue("organisation") String organisationClaim) {

    public Oidc {
      roles = roles == null ? Map.of() : Map.copyOf(roles);
    }
  }
}
