-- A newer version of an installed plugin is staged beside the public one (slot 'staged') until an
-- editor publishes it; the version it replaced is kept (slot 'previous') so that it can be
-- restored. The jar is kept here so that a restart (or another instance) can start it again.
create table plugin_version (
    plugin_id  varchar(128) not null references plugin_install (plugin_id) on delete cascade,
    slot       varchar(16)  not null check (slot in ('staged', 'previous')),
    version    varchar(64)  not null,
    file_name  text         not null,
    sha256     varchar(64)  not null,
    jar        bytea        not null,
    staged_by  varchar(128),
    staged_at  timestamp with time zone not null,
    primary key (plugin_id, slot)
);

-- A results version computed for a staged plugin version, or kept for a previous one, is held
-- (e.g. 'staged:day-surgery'): readers of the public results never see it, and switching the
-- topic's public version does not drop it.
alter table result_version add column held_by varchar(160);
create index result_version_held on result_version (held_by) where held_by is not null;
