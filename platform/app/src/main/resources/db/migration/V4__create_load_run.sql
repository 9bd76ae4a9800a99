-- Every execution of a loader: the platform's population load and the plugins' DataLoaders.
-- A run applies all of its rows or none; its problems say where and why.
create table load_run (
    id             bigserial    not null primary key,
    topic_id       varchar(64),
    loader_id      varchar(128) not null,
    title          text         not null,
    plugin_version varchar(64),
    parameters     text         not null default '',
    sources        text         not null default '',
    fingerprint    varchar(64),
    status         varchar(16)  not null check (status in ('RUNNING', 'APPLIED', 'FAILED')),
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    rows_read      bigint       not null default 0,
    rows_accepted  bigint       not null default 0,
    rows_rejected  bigint       not null default 0,
    problem_count  integer      not null default 0,
    message        text
);
create index load_run_loader on load_run (topic_id, loader_id, started_at desc);

-- The problems of a run, in the order found: file, line, column, value, rule, message.
create table load_problem (
    run_id   bigint       not null references load_run (id) on delete cascade,
    seq      integer      not null,
    file     text         not null,
    line     bigint       not null,
    col      text,
    value    text,
    rule     varchar(64)  not null,
    message  text         not null,
    primary key (run_id, seq)
);
