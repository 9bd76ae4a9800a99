package org.variatlas.app.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;

/** How people may sign in: always with a user name and password, and with each OIDC provider. */
@Service
public class SignInOptions {

  /** An OpenID Connect provider: its sign-in link and the name to show. */
  public record Provider(String id, String name, String path) {}

  private final List<Provider> providers;

  public SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.providers =
        SecurityConfiguration.registrations(registrations.getIfAvailable()).stream()
            .map(
                r ->
                    new Provider(
                        r.getRegistrationId(),
                        r.getClientName(),
                        "oauth2/authorization/" + r.getRegistrationId()))
            .toList();
  }

  public List<Provider> providers() {
    return providers;
  }
}
