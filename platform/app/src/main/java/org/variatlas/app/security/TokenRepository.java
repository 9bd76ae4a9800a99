package org.variatlas.app.security;

import static org.variatlas.app.db.Tables.API_TOKEN;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table: hashes of API tokens, their owners and expiry. */
@Repository
public class TokenRepository {

  private final DSLContext db;

  public TokenRepository(DSLContext db) {
    this.db = db;
  }

  public long insert(long userId, String name, String hash, String prefix, OffsetDateTime expires) {
    return db.insertInto(API_TOKEN)
        .set(API_TOKEN.USER_ID, userId)
        .set(API_TOKEN.NAME, name)
        .set(API_TOKEN.TOKEN_HASH, hash)
        .set(API_TOKEN.PREFIX, prefix)
        .set(API_TOKEN.EXPIRES_AT, expires)
        .returning(API_TOKEN.ID)
        .fetchOne(API_TOKEN.ID);
  }

  /** The token with this hash, if any (valid or not). */
  public Optional<IssuedToken> byHash(String hash) {
    return db.selectFrom(API_TOKEN)
        .where(API_TOKEN.TOKEN_HASH.eq(hash))
        .fetchOptional()
        .map(TokenRepository::token);
  }

  /** A user's tokens, newest first. */
  public List<IssuedToken> ofUser(long userId) {
    return db.selectFrom(API_TOKEN)
        .where(API_TOKEN.USER_ID.eq(userId))
        .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
        .fetch(TokenRepository::token);
  }

  public void revoke(long id) {
    db.update(API_TOKEN)
        .set(API_TOKEN.REVOKED_AT, OffsetDateTime.now(ZoneOffset.UTC))
        .where(API_TOKEN.ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull()))
        .execute();
  }

  public void used(long id, OffsetDateTime when) {
    db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, when).where(API_TOKEN.ID.eq(id)).execute();
  }

  private static IssuedToken token(Record r) {
    return new IssuedToken(
        r.get(API_TOKEN.ID),
        r.get(API_TOKEN.USER_ID),
        r.get(API_TOKEN.NAME),
        r.get(API_TOKEN.PREFIX),
        r.get(API_TOKEN.CREATED_AT),
        r.get(API_TOKEN.EXPIRES_AT),
        r.get(API_TOKEN.REVOKED_AT),
        r.get(API_TOKEN.LAST_USED_AT));
  }
}
