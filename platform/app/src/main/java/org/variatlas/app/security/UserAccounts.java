package org.variatlas.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in users and their API tokens: what the users page does, with the rules every change
 * obeys (a partner belongs to an organisation; passwords are long enough; a token is shown once and
 * only its hash is kept).
 */
@Service
public class UserAccounts {

  /** Every API token starts so, which tells it from an OpenID Connect access token. */
  public static final String TOKEN_PREFIX = "va_";

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,127}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserRepository users;
  private final TokenRepository tokens;
  private final OwnershipRepository organisations;
  private final PasswordEncoder passwords;

  public UserAccounts(
      UserRepository users,
      TokenRepository tokens,
      OwnershipRepository organisations,
      PasswordEncoder passwords) {
    this.users = users;
    this.tokens = tokens;
    this.organisations = organisations;
    this.passwords = passwords;
  }

  /** A token as issued: the secret (shown once) and its record. */
  public record NewToken(String secret, IssuedToken token) {}

  public List<StoredUser> users() {
    return users.all();
  }

  public Optional<StoredUser> user(String username) {
    return users.byUsername(username);
  }

  /**
   * Creates a user.
   *
   * @throws IllegalArgumentException with a message for people when a rule is broken
   */
  @Transactional
  public StoredUser create(
      String username, String displayName, String password, Set<Role> roles, String organisation) {
    String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    if (!USERNAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a user name is 2-128 lower-case letters, digits or . _ @ -, starting with a letter or"
              + " digit");
    }
    if (users.byUsername(name).isPresent()) {
      throw new IllegalArgumentException("there is already a user '" + name + "'");
    }
    checkPassword(password);
    String org = checkOrganisation(roles, organisation);
    long id =
        users.create(
            name,
            displayName == null ? "" : displayName.trim(),
            passwords.encode(password),
            org,
            roles);
    return users.byId(id).orElseThrow();
  }

  /** Changes a user's name shown, roles and organisation. */
  @Transactional
  public void update(long userId, String displayName, Set<Role> roles, String organisation) {
    users.update(
        userId,
        displayName == null ? "" : displayName.trim(),
        checkOrganisation(roles, organisation),
        roles);
  }

  public void setEnabled(long userId, boolean enabled) {
    users.setEnabled(userId, enabled);
  }

  public void resetPassword(long userId, String password) {
    checkPassword(password);
    users.setPasswordHash(userId, passwords.encode(password));
  }

  /** A random password of 20 characters, for the first administrator or a reset. */
  public static String generatePassword() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Issues a token for a user, valid for {@code validity}. */
  public NewToken issueToken(long userId, String name, Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return storeToken(
        userId,
        name,
        TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
        validity);
  }

  /** Stores a token chosen elsewhere (the seeded admin token), at least 32 characters. */
  public NewToken storeToken(long userId, String name, String secret, Duration validity) {
    if (secret.length() < 32) {
      throw new IllegalArgumentException("an API token has at least 32 characters");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("give the token a name that says what it is for");
    }
    OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(validity);
    long id = tokens.insert(userId, name.trim(), hash(secret), secret.substring(0, 10), expires);
    IssuedToken token =
        tokens.ofUser(userId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    return new NewToken(secret, token);
  }

  public List<IssuedToken> tokens(long userId) {
    return tokens.ofUser(userId);
  }

  public void revokeToken(long tokenId) {
    tokens.revoke(tokenId);
  }

  /**
   * The enabled user a valid token belongs to, noting that the token was used; empty for an
   * unknown, revoked or expired token, or a disabled user.
   */
  public Optional<StoredUser> userOfToken(String secret) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return tokens
        .byHash(hash(secret))
        .filter(t -> t.valid(now))
        .flatMap(
            t -> {
              tokens.used(t.id(), now);
              return users.byId(t.userId());
            })
        .filter(StoredUser::enabled);
  }

  /** SHA-256 of a token: tokens are long random strings, so a fast hash suffices. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private String checkOrganisation(Set<Role> roles, String organisation) {
    String org = organisation == null || organisation.isBlank() ? null : organisation.trim();
    if (roles.contains(Role.PARTNER) && org == null) {
      throw new IllegalArgumentException("a partner belongs to an organisation: choose one");
    }
    if (org != null && organisations.organisation(org).isEmpty()) {
      throw new IllegalArgumentException("there is no organisation '" + org + "'");
    }
    return roles.contains(Role.PARTNER) ? org : null;
  }
}
