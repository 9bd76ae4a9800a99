package org.variatlas.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** The built-in sign-in's users, from the database. */
@Service
class DatabaseUsers implements UserDetailsService {

  private final UserRepository users;

  DatabaseUsers(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StoredUser user =
        users
            .byUsername(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(() -> new UsernameNotFoundException("no user '" + username + "'"));
    return details(user);
  }

  static UserDetails details(StoredUser user) {
    return User.withUsername(user.username())
        .password(user.passwordHash())
        .disabled(!user.enabled())
        .authorities(Actors.authorities(user.roles(), user.organisation()))
        .build();
  }
}
