-- measure_count becomes a table partitioned by load run (issue 14: topic loads at the speed of
-- COPY). A run's counts are COPYed into a new table of their own in the run's transaction (with
-- wal_level=minimal no WAL is written for it), in measure order, with a small BRIN index on the
-- measure, and attached as the run's partition when the run is applied; the loader's previous
-- partitions are dropped in the same transaction. Row by row maintenance of the text-heavy primary
-- key, of the loader index and of the foreign-key trigger on load_run cost more than 20 times the
-- COPY of the rows.
--
-- What the primary key enforced is checked by the load, for the whole set at once: no key twice
-- in a run (StagedCounts), none another loader of the topic delivered (a join against the stored
-- counts), and a loader's new rows replace its old ones of the same measures. Every partition
-- carries CHECK constraints on its run, topic and loader: ATTACH needs no scan, and a query for a
-- topic's counts skips the other topics' partitions (constraint exclusion). Load runs are never
-- deleted, so run_id needs no foreign key.
alter table measure_count rename to measure_count_v5;

create table measure_count (
    topic_id   varchar(64)  not null,
    measure_id varchar(64)  not null,
    base_unit  varchar(16)  not null,
    year       integer      not null,
    sex        varchar(6)   not null,
    age        integer      not null,
    category   varchar(64)  not null default '',
    count      bigint       not null,
    loader_id  varchar(128) not null,
    run_id     bigint       not null,
    constraint measure_count_sex_check check (sex in ('female', 'male')),
    constraint measure_count_age_check check (age between 0 and 105),
    constraint measure_count_count_check check (count >= 0)
)
/* [jooq ignore start] */ partition by list (run_id) /* [jooq ignore stop] */;

/* [jooq ignore start] */
create index measure_count_measure on measure_count using brin (measure_id)
    with (pages_per_range = 8);

-- The shape a run's table is created from (LIKE, with its checks): not measure_count itself, whose
-- lock a load may take only after the writers' lock (CountPartitionRepository). A migration that
-- changes measure_count's columns or checks changes this table the same way.
create table measure_count_template (like measure_count including defaults including constraints);

do $$
declare
  r record;
  part text;
begin
  for r in select run_id, min(topic_id) as topic_id, min(loader_id) as loader_id
           from measure_count_v5 group by run_id loop
    part := 'measure_count_run_' || r.run_id;
    execute format('create table %I (like measure_count_template including defaults'
                   || ' including constraints)', part);
    execute format('alter table %I add constraint %I check (run_id = %s),'
                   || ' add constraint %I check (topic_id = %L),'
                   || ' add constraint %I check (loader_id = %L)',
                   part, part || '_run', r.run_id, part || '_topic', r.topic_id,
                   part || '_loader', r.loader_id);
    execute format('insert into %I select * from measure_count_v5 where run_id = %s'
                   || ' order by measure_id, base_unit, year, sex, age, category', part, r.run_id);
    execute format('create index on %I using brin (measure_id) with (pages_per_range = 8)', part);
    execute format('alter table measure_count attach partition %I for values in (%s)',
                   part, r.run_id);
  end loop;
end
$$;
/* [jooq ignore stop] */

drop table measure_count_v5;
