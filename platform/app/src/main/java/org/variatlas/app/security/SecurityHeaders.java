package org.variatlas.app.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every response: a Content Security Policy that Vaadin works under
 * (Vaadin's client runs inline bootstrap scripts and evaluates the JavaScript the server sends, and
 * its components set inline styles), {@code nosniff}, a referrer policy, and framing refused except
 * on the embed routes. Spring Security's {@code Cache-Control: no-store} is left off the public
 * read API, so that its answers can be cached.
 */
final class SecurityHeaders {

  static final String CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self'"
          + " 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
          + " worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

  private SecurityHeaders() {}

  static Customizer<HeadersConfigurer<HttpSecurity>> of(SecuritySettings settings) {
    RequestMatcher embed =
        matcher(AccessTable.ROWS.stream().filter(AccessTable.Row::frameable).toList());
    RequestMatcher notEmbed = new NegatedRequestMatcher(embed);
    RequestMatcher publicApi =
        matcher(
            AccessTable.ROWS.stream()
                .filter(r -> r.kind() == AccessTable.Kind.ENDPOINT && r.access().anonymous())
                .filter(r -> r.methods().contains(HttpMethod.GET))
                .toList());
    return headers ->
        headers
            .cacheControl(c -> c.disable())
            .frameOptions(f -> f.disable())
            .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .addHeaderWriter(only(notEmbed, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
            .addHeaderWriter(only(notEmbed, csp(CSP + "; frame-ancestors 'none'")))
            .addHeaderWriter(
                only(embed, csp(CSP + "; frame-ancestors " + settings.embedFrameAncestors())))
            .addHeaderWriter(
                new StaticHeadersWriter(
                    "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
            .addHeaderWriter(
                only(new NegatedRequestMatcher(publicApi), new CacheControlHeadersWriter()));
  }

  private static HeaderWriter csp(String policy) {
    return new StaticHeadersWriter("Content-Security-Policy", policy);
  }

  private static HeaderWriter only(RequestMatcher when, HeaderWriter writer) {
    return new DelegatingRequestMatcherHeaderWriter(when, writer);
  }

  private static RequestMatcher matcher(List<AccessTable.Row> rows) {
    if (rows.isEmpty()) {
      return request -> false;
    }
    return new OrRequestMatcher(
        rows.stream().map(SecurityConfiguration::matchers).flatMap(List::stream).toList());
  }
}
