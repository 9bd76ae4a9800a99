-- Materialised results: one row per indicator x area level x period x area (and the national
-- row), written after each load by the results pipeline, computed by the engine or imported as
-- published. Small numbers are suppressed BEFORE they are written: what is here may be shown.
create table indicator_result (
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
    primary key (topic_id, indicator_id, "level", period_from, period_to, area_code)
);

-- The parts of a stacked indicator (e.g. public and private providers) per area and period.
create table indicator_result_category (
    topic_id     varchar(64) not null,
    indicator_id varchar(64) not null,
    "level"      varchar(32) not null,
    period_from  integer     not null,
    period_to    integer     not null,
    area_code    varchar(32) not null,
    category     varchar(64) not null,
    rate_value   double precision,
    primary key (topic_id, indicator_id, "level", period_from, period_to, area_code, category)
);

-- Per indicator x level x period: variation across areas, map class breaks, provenance.
create table indicator_summary (
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
    primary key (topic_id, indicator_id, "level", period_from, period_to)
);
