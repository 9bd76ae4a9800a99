package org.variatlas.app.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins through the sign-in page or an OpenID Connect provider, and failed attempts (API
 * token requests are not sign-ins: their actions are recorded themselves).
 */
@Component
class SignInAudit {

  private final AuditLog audit;

  SignInAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    // Only people signing in: a password on the sign-in page or an OpenID Connect login (bearer
    // tokens are checked per request and record their own actions).
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
        || event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
      audit.record(event.getAuthentication(), AuditLog.SIGN_IN, null, AuditLog.OK, null);
    }
  }

  @EventListener
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    String name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
    audit.record(name, AuditLog.SIGN_IN, null, AuditLog.REFUSED, event.getException().getMessage());
  }
}
