package org.variatlas.app.security;

import static org.variatlas.app.db.Tables.APP_USER;
import static org.variatlas.app.db.Tables.APP_USER_ROLE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code app_user} and {@code app_user_role} tables. */
@Repository
public class UserRepository {

  private final DSLContext db;

  public UserRepository(DSLContext db) {
    this.db = db;
  }

  public boolean isEmpty() {
    return !db.fetchExists(APP_USER);
  }

  public Optional<StoredUser> byUsername(String username) {
    return db.selectFrom(APP_USER)
        .where(APP_USER.USERNAME.eq(username))
        .fetchOptional()
        .map(r -> user(r, roles(r.getId())));
  }

  public Optional<StoredUser> byId(long id) {
    return db.selectFrom(APP_USER)
        .where(APP_USER.ID.eq(id))
        .fetchOptional()
        .map(r -> user(r, roles(r.getId())));
  }

  /** Every user, by name. */
  public List<StoredUser> all() {
    Map<Long, Set<Role>> roles =
        db.selectFrom(APP_USER_ROLE).fetch().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getUserId(),
                    Collectors.mapping(
                        r -> Role.valueOf(r.getRole()),
                        Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch().stream()
        .map(r -> user(r, roles.getOrDefault(r.getId(), Set.of())))
        .toList();
  }

  @Transactional
  public long create(
      String username,
      String displayName,
      String passwordHash,
      String organisation,
      Set<Role> roles) {
    long id =
        db.insertInto(APP_USER)
            .set(APP_USER.USERNAME, username)
            .set(APP_USER.DISPLAY_NAME, displayName)
            .set(APP_USER.PASSWORD_HASH, passwordHash)
            .set(APP_USER.ORGANISATION, organisation)
            .returning(APP_USER.ID)
            .fetchOne(APP_USER.ID);
    setRoles(id, roles);
    return id;
  }

  @Transactional
  public void update(long id, String displayName, String organisation, Set<Role> roles) {
    db.update(APP_USER)
        .set(APP_USER.DISPLAY_NAME, displayName)
        .set(APP_USER.ORGANISATION, organisation)
        .set(APP_USER.UPDATED_AT, now())
        .where(APP_USER.ID.eq(id))
        .execute();
    setRoles(id, roles);
  }

  public void setEnabled(long id, boolean enabled) {
    db.update(APP_USER)
        .set(APP_USER.ENABLED, enabled)
        .set(APP_USER.UPDATED_AT, now())
        .where(APP_USER.ID.eq(id))
        .execute();
  }

  public void setPasswordHash(long id, String passwordHash) {
    db.update(APP_USER)
        .set(APP_USER.PASSWORD_HASH, passwordHash)
        .set(APP_USER.UPDATED_AT, now())
        .where(APP_USER.ID.eq(id))
        .execute();
  }

  private void setRoles(long id, Set<Role> roles) {
    db.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(id)).execute();
    for (Role role : roles) {
      db.insertInto(APP_USER_ROLE)
          .set(APP_USER_ROLE.USER_ID, id)
          .set(APP_USER_ROLE.ROLE, role.name())
          .execute();
    }
  }

  private Set<Role> roles(long id) {
    return db
        .select(APP_USER_ROLE.ROLE)
        .from(APP_USER_ROLE)
        .where(APP_USER_ROLE.USER_ID.eq(id))
        .fetch(APP_USER_ROLE.ROLE)
        .stream()
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static StoredUser user(Record r, Set<Role> roles) {
    return new StoredUser(
        r.get(APP_USER.ID),
        r.get(APP_USER.USERNAME),
        r.get(APP_USER.DISPLAY_NAME),
        r.get(APP_USER.PASSWORD_HASH),
        r.get(APP_USER.ENABLED),
        r.get(APP_USER.ORGANISATION),
        roles);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
