-- The geography pack as the database needs it for roll-ups in SQL. The pack file
-- (config/geography/*.yml) is the source; the app rewrites these tables when the pack's
-- fingerprint changes (org.variatlas.app.areas.GeographyRepository).
create table geo_pack (
    id              varchar(64)  not null primary key,
    fingerprint     varchar(128) not null,
    default_mapping varchar(64)  not null,
    synced_at       timestamp with time zone not null
);

-- Kommuner, bydeler and residual units ("unknown bydel"); geometry = the base unit's polygon as
-- a valid coverage piece (WKB, WGS84), cached so that restarts need not rebuild it.
create table base_unit (
    code     varchar(16) not null primary key,
    kind     varchar(16) not null check (kind in ('KOMMUNE', 'BYDEL', 'RESIDUAL')),
    kommune  varchar(8)  not null,
    name     text        not null,
    geometry bytea
);

create table area_level (
    id         varchar(32) not null primary key,
    parent     varchar(32),
    sort_order integer     not null
);

create table area (
    level      varchar(32) not null references area_level (id),
    code       varchar(16) not null,
    name_nb    text        not null,
    name_nn    text        not null,
    name_en    text        not null,
    sort_order integer     not null,
    primary key ("level", code)
);

create table mapping_version (
    id          varchar(64) not null primary key,
    title_nb    text        not null,
    title_nn    text        not null,
    title_en    text        not null,
    is_default  boolean     not null
);

-- Base unit -> area of a level, from year to year (inclusive; 0 and 9999 mean open), per
-- mapping version. One row per stretch of years with the same area.
create table area_mapping (
    mapping    varchar(64) not null references mapping_version (id),
    level      varchar(32) not null,
    base_unit  varchar(16) not null references base_unit (code),
    area_code  varchar(16) not null,
    valid_from integer     not null,
    valid_to   integer     not null,
    primary key (mapping, "level", base_unit, valid_from),
    foreign key ("level", area_code) references area ("level", code),
    check (valid_from <= valid_to)
);
create index area_mapping_area on area_mapping (mapping, "level", area_code);
