-- Topics seen by the platform. A topic's row outlives its plugin (the data stay when a jar is
-- removed); the UI shows only topics whose plugin is started.
create table topic (
    id              varchar(64)  not null primary key,
    plugin_id       varchar(128) not null,
    plugin_version  varchar(64)  not null,
    title_nb        text         not null,
    title_nn        text         not null,
    title_en        text         not null,
    first_seen      timestamp with time zone not null,
    last_started    timestamp with time zone not null
);
