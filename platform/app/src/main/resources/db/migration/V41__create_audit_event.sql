-- Who did what to the atlas, when, and how it ended: sign-ins, plugin installs and their
-- publication, disabling and removal, load runs, uploads and data deletions.
create table audit_event (
    id       bigserial    not null primary key,
    at       timestamp with time zone not null,
    actor    varchar(128),
    action   varchar(64)  not null,
    target   text,
    outcome  varchar(16)  not null check (outcome in ('OK', 'REFUSED', 'FAILED')),
    detail   text
);
create index audit_event_at on audit_event (at desc);
create index audit_event_actor on audit_event (actor, at desc);
