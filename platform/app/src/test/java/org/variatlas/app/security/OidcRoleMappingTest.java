package org.variatlas.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class OidcRoleMappingTest {

  private static List<String> authorities(
      SecuritySettings.Oidc settings, Map<String, Object> claims) {
    return new OidcRoleMapping(settings)
        .authorities(claims).stream().map(GrantedAuthority::getAuthority).sorted().toList();
  }

  @Test
  void keycloak_groups_map_to_roles_and_the_organisation_claim_to_an_organisation() {
    var settings =
        new SecuritySettings.Oidc(
            "groups",
            Map.of("/atlas/editors", Role.EDITOR, "/atlas/partners", Role.PARTNER),
            "organisation");
    assertThat(
            authorities(
                settings,
                Map.of(
                    "groups", List.of("/atlas/partners", "/other"), "organisation", "helse-nord")))
        .containsExactly("ORG_helse-nord", "ROLE_PARTNER");
  }

  @Test
  void a_dotted_claim_path_reads_nested_claims_such_as_keycloak_realm_roles() {
    var settings =
        new SecuritySettings.Oidc("realm_access.roles", Map.of("atlas-admin", Role.ADMIN), "org");
    assertThat(
            authorities(
                settings, Map.of("realm_access", Map.of("roles", List.of("atlas-admin", "x")))))
        .containsExactly("ROLE_ADMIN");
  }

  @Test
  void unmapped_or_missing_claims_give_no_role() {
    var settings = new SecuritySettings.Oidc("roles", Map.of("Atlas.Editor", Role.EDITOR), "org");
    assertThat(authorities(settings, Map.of("roles", "Something.Else"))).isEmpty();
    assertThat(authorities(settings, Map.of())).isEmpty();
    assertThat(authorities(settings, Map.of("roles", "Atlas.Editor")))
        .containsExactly("ROLE_EDITOR");
  }

  @Test
  void route_templates_become_path_patterns() {
    assertThat(AccessTable.route("topic/:topicId/:indicatorId").orElseThrow().pathPattern())
        .isEqualTo("/topic/*/*");
    assertThat(AccessTable.route("").orElseThrow().pathPattern()).isEqualTo("/");
    assertThat(AccessTable.route("embed/day-surgery/:indicatorId").orElseThrow().frameable())
        .isTrue();
    assertThat(AccessTable.route("admin/secret")).isEmpty();
  }
}
