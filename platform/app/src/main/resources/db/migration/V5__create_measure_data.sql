-- Counts the topic loaders deliver: a measure's events or persons by base unit, year, sex and
-- single-year age, and category ('' when the measure has none). Each row belongs to the loader
-- (and run) that wrote it; a re-run replaces the loader's rows.
create table measure_count (
    topic_id   varchar(64)  not null,
    measure_id varchar(64)  not null,
    base_unit  varchar(16)  not null references base_unit (code),
    year       integer      not null,
    sex        varchar(6)   not null check (sex in ('female', 'male')),
    age        integer      not null check (age between 0 and 105),
    category   varchar(64)  not null default '',
    count      bigint       not null check (count >= 0),
    loader_id  varchar(128) not null,
    run_id     bigint       not null references load_run (id),
    primary key (topic_id, measure_id, base_unit, year, sex, age, category)
);
create index measure_count_loader on measure_count (topic_id, loader_id);

-- Values of indicators imported as published (e.g. an earlier atlas), matched to an area of the
-- pack by name. The national total is level 'national', code '8888'. category '' = the total.
create table published_value (
    topic_id     varchar(64)  not null,
    indicator_id varchar(64)  not null,
    level        varchar(32)  not null,
    area_code    varchar(16)  not null,
    period_from  integer      not null,
    period_to    integer      not null,
    category     varchar(64)  not null default '',
    value        double precision,
    numerator    double precision,
    denominator  double precision,
    lower95      double precision,
    upper95      double precision,
    loader_id    varchar(128) not null,
    run_id       bigint       not null references load_run (id),
    primary key (topic_id, indicator_id, "level", area_code, period_from, period_to, category),
    foreign key ("level", area_code) references area ("level", code)
);
create index published_value_loader on published_value (topic_id, loader_id);
