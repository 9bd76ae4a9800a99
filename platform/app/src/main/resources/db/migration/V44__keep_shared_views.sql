-- What pages' charts, maps and tables fetch (GET /api/v1/views/{id}), kept for every instance of
-- the app on this database: a page built by one instance may fetch its views from another. A view
-- of a draft topic or of a staged version's preview names its topic and is served only to those
-- who may see it.
create table shared_view (
    id           varchar(64)  not null primary key,
    body         text         not null,
    topic_id     varchar(128),
    restriction  varchar(16)  check (restriction in ('DRAFT', 'PREVIEW')),
    created_at   timestamp with time zone not null default now()
);
create index shared_view_created on shared_view (created_at);

-- The salt of the views' ids, one for all instances, so that they derive the same id from a key.
create table shared_view_salt (
    one   boolean not null primary key default true check (one),
    salt  bytea   not null
);
