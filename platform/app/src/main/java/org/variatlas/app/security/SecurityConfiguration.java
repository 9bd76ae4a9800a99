package org.variatlas.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security with Vaadin's integration. The request rules come from the {@link AccessTable};
 * Vaadin's navigation access control checks the views' {@code @AnonymousAllowed}/{@code
 * RolesAllowed} (which {@code AccessTableTest} holds to the table). Signing in: the built-in users
 * ({@code /login}), OpenID Connect when a provider is configured ({@code
 * spring.security.oauth2.client.*}); automation sends {@code Authorization: Bearer} with an API
 * token, or an OIDC access token when a provider is configured. The API answers 401/403, never a
 * redirect to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({SecuritySettings.class, ReaderSessionSettings.class})
class SecurityConfiguration {

  static final String LOGIN = "/login";

  private static final RequestMatcher API =
      PathPatternRequestMatcher.withDefaults().matcher("/api/**");

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      UserAccounts accounts,
      SecuritySettings settings,
      ObjectProvider<ClientRegistrationRepository> oidcProviders)
      throws Exception {
    OidcRoleMapping mapping = new OidcRoleMapping(settings.oidc());
    List<ClientRegistration> oidc = registrations(oidcProviders.getIfAvailable());

    http.authorizeHttpRequests(
        rules -> {
          for (AccessTable.Row row : AccessTable.ROWS) {
            var rule = rules.requestMatchers(matchers(row).toArray(RequestMatcher[]::new));
            if (row.access().anonymous()) {
              rule.permitAll();
            } else {
              rule.hasAnyRole(row.access().roleNames());
            }
          }
        });
    // The API answers 401; a page a browser asks for sends it to the sign-in page (before the
    // resource server's entry point, which would answer 401 to some browsers' requests too).
    MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    http.exceptionHandling(
        e ->
            e.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API)
                .defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint(LOGIN),
                    new AndRequestMatcher(new NegatedRequestMatcher(API), html)));
    // A request to the API that carries no session cannot be forged from another site: it gets
    // 401 from the authorization rules (not 403 from the CSRF check); a request with a session
    // cookie still needs its CSRF token.
    http.csrf(
        csrf ->
            csrf.ignoringRequestMatchers(
                new AndRequestMatcher(API, request -> request.getRequestedSessionId() == null)));
    http.headers(SecurityHeaders.of(settings));
    http.oauth2ResourceServer(
        resource -> resource.authenticationManagerResolver(bearer(accounts, oidc, mapping)));
    if (!oidc.isEmpty()) {
      http.oauth2Login(
          login ->
              login.loginPage(LOGIN).userInfoEndpoint(user -> user.userAuthoritiesMapper(mapping)));
    }
    http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN));
    return http.build();
  }

  /**
   * Bearer tokens: the atlas' own ({@code va_...}) by their hash, anything else as an OIDC access
   * token (a JWT of the configured provider's issuer) when one is configured.
   */
  private static AuthenticationManagerResolver<HttpServletRequest> bearer(
      UserAccounts accounts, List<ClientRegistration> oidc, OidcRoleMapping mapping) {
    AuthenticationManager tokens = new ProviderManager(new ApiTokenAuthentication(accounts));
    AuthenticationManager jwts = oidc.isEmpty() ? null : jwtManager(oidc.get(0), mapping);
    return request -> {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      boolean own =
          header != null && header.regionMatches(true, 7, UserAccounts.TOKEN_PREFIX, 0, 3);
      return own || jwts == null ? tokens : jwts;
    };
  }

  private static AuthenticationManager jwtManager(
      ClientRegistration registration, OidcRoleMapping mapping) {
    String issuer = registration.getProviderDetails().getIssuerUri();
    // Discovery on first use, so that the atlas starts while the provider is away.
    JwtAuthenticationProvider provider =
        new JwtAuthenticationProvider(
            new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer)));
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(mapping::authorities);
    provider.setJwtAuthenticationConverter(converter);
    return new ProviderManager(provider);
  }

  /**
   * The configured OpenID Connect providers (Spring Boot's {@code spring.security.oauth2.client}).
   */
  static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
    List<ClientRegistration> out = new ArrayList<>();
    if (repository instanceof Iterable<?> all) {
      for (Object r : all) {
        out.add((ClientRegistration) r);
      }
    }
    return out;
  }

  /** The request matchers of a table row. */
  static List<RequestMatcher> matchers(AccessTable.Row row) {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    if (row.methods().isEmpty()) {
      return List.of(paths.matcher(row.pathPattern()));
    }
    return row.methods().stream()
        .sorted(java.util.Comparator.comparing(HttpMethod::name))
        .map(m -> (RequestMatcher) paths.matcher(m, row.pathPattern()))
        .toList();
  }
}
