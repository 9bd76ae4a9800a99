-- The plugins the atlas serves and their publication. A jar uploaded through /admin/plugins or
-- the API is a draft (editors and its partner see it) until an editor publishes it; a disabled
-- plugin is not started. The jar itself is kept (jar) so that every instance on this database
-- serves the same plugins; null for a jar the operator placed in the plugins directory.
create table plugin_install (
    plugin_id     varchar(128) not null primary key,
    version       varchar(64)  not null,
    file_name     text         not null,
    sha256        varchar(64)  not null default '',
    jar           bytea,
    enabled       boolean      not null default true,
    published     boolean      not null default false,
    installed_by  varchar(128),
    installed_at  timestamp with time zone not null,
    changed_at    timestamp with time zone not null
);

-- What was served before this migration came from the plugins directory, public: it stays so.
insert into plugin_install (plugin_id, version, file_name, enabled, published, installed_at, changed_at)
select distinct on (plugin_id) plugin_id, plugin_version, plugin_id || '.jar', true, true,
       first_seen, last_started
from topic
order by plugin_id, last_started desc;
