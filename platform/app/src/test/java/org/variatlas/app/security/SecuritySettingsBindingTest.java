package org.variatlas.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The environment variables the README names for the first administrator reach {@link
 * SecuritySettings} through the app's {@code application.yml} (Spring's relaxed binding alone would
 * want {@code VARIATLAS_SECURITY_ADMINPASSWORD}).
 */
class SecuritySettingsBindingTest {

  @Test
  void the_first_administrators_password_and_token_come_from_the_documented_variables()
      throws IOException {
    SecuritySettings settings =
        bind(
            Map.of(
                "VARIATLAS_ADMIN_PASSWORD", "a long enough password",
                "VARIATLAS_ADMIN_TOKEN", "va_0123456789abcdef0123456789abcdef"));
    assertThat(settings.adminPassword()).isEqualTo("a long enough password");
    assertThat(settings.adminToken()).isEqualTo("va_0123456789abcdef0123456789abcdef");
  }

  @Test
  void without_them_the_password_is_generated_and_no_token_seeded() throws IOException {
    SecuritySettings settings = bind(Map.of());
    assertThat(settings.adminPassword()).isBlank();
    assertThat(settings.adminToken()).isBlank();
  }

  private static SecuritySettings bind(Map<String, Object> variables) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    // In place of the process environment, which a test cannot set.
    environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    new YamlPropertySourceLoader()
        .load("application.yml", new ClassPathResource("application.yml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return Binder.get(environment).bindOrCreate("variatlas.security", SecuritySettings.class);
  }
}
