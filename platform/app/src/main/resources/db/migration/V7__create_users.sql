-- Who may change what the atlas publishes (issue 9): organisations (partners belong to one), users
-- with their roles, API tokens for automation, and which organisation owns which plugin.

create table organisation (
    id          varchar(64)  not null primary key,
    name        text         not null,
    created_at  timestamp with time zone not null default now()
);

-- Users of the built-in sign-in. Users signed in through OpenID Connect are not stored here: their
-- roles come from the provider's claims.
create table app_user (
    id             bigserial    not null primary key,
    username       varchar(128) not null unique,
    display_name   text         not null default '',
    -- Spring Security's delegating format, e.g. {bcrypt}$2a$10$...
    password_hash  text         not null,
    enabled        boolean      not null default true,
    -- The organisation of a PARTNER; null for others.
    organisation   varchar(64)  references organisation (id),
    created_at     timestamp with time zone not null default now(),
    updated_at     timestamp with time zone not null default now()
);

create table app_user_role (
    user_id  bigint       not null references app_user (id) on delete cascade,
    role     varchar(16)  not null check (role in ('EDITOR', 'ADMIN', 'PARTNER')),
    primary key (user_id, role)
);

-- Bearer tokens: only a SHA-256 hash of the token is kept (a token is shown once, when issued).
create table api_token (
    id           bigserial    not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         text         not null,
    token_hash   varchar(64)  not null unique,
    -- The first characters of the token, so that people can tell their tokens apart.
    prefix       varchar(16)  not null,
    created_at   timestamp with time zone not null default now(),
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create index api_token_user on api_token (user_id);

-- The organisation that owns a plugin (and so its topics): its partners may run its loaders,
-- upload its extracts, see its load runs and (issue 10) install and publish it.
create table plugin_owner (
    plugin_id     varchar(128) not null primary key,
    organisation  varchar(64)  not null references organisation (id),
    updated_at    timestamp with time zone not null default now()
);
