-- Results are written per topic as one version and switched atomically: topic_results points at
-- the version readers see, the previous one is kept until the next switch. A version records per
-- indicator the inputs it was computed from (population run, the counts versions of its measures,
-- the plugin's version), so that a restart tells stale results and recomputes them. The results
-- tables of V6 are derived data: they are recreated with a version column and filled again at the
-- next start.
drop table indicator_result_category;
drop table indicator_result;
drop table indicator_summary;

create table result_version (
    id          bigserial   not null primary key,
    topic_id    varchar(64) not null,
    created_at  timestamp with time zone not null
);
create index result_version_topic on result_version (topic_id);

-- The inputs each indicator of a version was computed from (see ResultInputs).
create table result_inputs (
    version_id   bigint      not null references result_version (id) on delete cascade,
    indicator_id varchar(64) not null,
    inputs       text        not null,
    primary key (version_id, indicator_id)
);

-- The version of each topic's results that readers see.
create table topic_results (
    topic_id    varchar(64) not null primary key,
    version_id  bigint      not null references result_version (id),
    switched_at timestamp with time zone not null
);

-- The counts version of each measure of a topic: the load run that last changed its counts (an
-- imported indicator's published values count as measure 'published:<indicator>'). Written in the
-- same transaction as the counts.
create table counts_version (
    topic_id   varchar(64)  not null,
    measure_id varchar(128) not null,
    run_id     bigint       not null,
    primary key (topic_id, measure_id)
);

create table indicator_result (
    version_id          bigint       not null references result_version (id) on delete cascade,
    topic_id            varchar(64)  not null,
    indicator_id        varchar(64)  not null,
    "level"             varchar(32)  not null,
    period_from         integer      not null,
    period_to           integer      not null,
    area_code           varchar(32)  not null,
    national            boolean      not null,
    provenance          varchar(16)  not null,
    events              double precision,
    population          double precision,
    crude               double precision,
    rate_value          double precision,
    lower95             double precision,
    upper95             double precision,
    lower998            double precision,
    upper998            double precision,
    comparison          varchar(16)  not null,
    funnel_significance varchar(64),
    status              varchar(32)  not null,
    suppressed          boolean      not null,
    primary key (version_id, indicator_id, "level", period_from, period_to, area_code)
);

create table indicator_result_category (
    version_id   bigint      not null references result_version (id) on delete cascade,
    topic_id     varchar(64) not null,
    indicator_id varchar(64) not null,
    "level"      varchar(32) not null,
    period_from  integer     not null,
    period_to    integer     not null,
    area_code    varchar(32) not null,
    category     varchar(64) not null,
    rate_value   double precision,
    primary key (version_id, indicator_id, "level", period_from, period_to, area_code, category)
);

create table indicator_summary (
    version_id      bigint      not null references result_version (id) on delete cascade,
    topic_id        varchar(64) not null,
    indicator_id    varchar(64) not null,
    "level"         varchar(32) not null,
    period_from     integer     not null,
    period_to       integer     not null,
    areas           integer     not null,
    ft1             double precision,
    ft2             double precision,
    ft3             double precision,
    eq95to5         double precision,
    eq80to20        double precision,
    cv              double precision,
    cv_weighted     double precision,
    scv             double precision,
    scv_log         double precision,
    eb_alpha        double precision,
    class_breaks    varchar(1000) not null,
    computed_at     timestamp with time zone not null,
    primary key (version_id, indicator_id, "level", period_from, period_to)
);

-- Counts loaded before this migration: their load runs are their versions.
insert into counts_version (topic_id, measure_id, run_id)
select topic_id, measure_id, max(run_id) from measure_count group by topic_id, measure_id;
insert into counts_version (topic_id, measure_id, run_id)
select topic_id, 'published:' || indicator_id, max(run_id) from published_value
group by topic_id, indicator_id;
