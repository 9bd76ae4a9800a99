package org.variatlas.app.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the first start (no user exists), creates the administrator {@code admin}: with {@code
 * VARIATLAS_ADMIN_PASSWORD}, or with a generated password printed once to the log; with {@code
 * VARIATLAS_ADMIN_TOKEN}, also an API token for it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartAdmin implements ApplicationRunner {

  static final String USERNAME = "admin";

  private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

  private final UserRepository users;
  private final UserAccounts accounts;
  private final SecuritySettings settings;

  FirstStartAdmin(UserRepository users, UserAccounts accounts, SecuritySettings settings) {
    this.users = users;
    this.accounts = accounts;
    this.settings = settings;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!users.isEmpty()) {
      return;
    }
    boolean given = settings.adminPassword() != null && !settings.adminPassword().isBlank();
    String password = given ? settings.adminPassword() : UserAccounts.generatePassword();
    StoredUser admin =
        accounts.create(USERNAME, "Administrator", password, Set.of(Role.ADMIN), null);
    if (given) {
      log.info("Created the first administrator '{}' with VARIATLAS_ADMIN_PASSWORD", USERNAME);
    } else {
      log.warn(
          "Created the first administrator '{}' with the password {} (shown only now: sign in at"
              + " /login and change it on /admin/users)",
          USERNAME,
          password);
    }
    if (settings.adminToken() != null && !settings.adminToken().isBlank()) {
      accounts.storeToken(
          admin.id(),
          "VARIATLAS_ADMIN_TOKEN",
          settings.adminToken().trim(),
          settings.adminTokenValidity());
      log.info("Seeded an API token for '{}' from VARIATLAS_ADMIN_TOKEN", USERNAME);
    }
  }
}
