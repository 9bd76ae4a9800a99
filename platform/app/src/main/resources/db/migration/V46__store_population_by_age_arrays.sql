-- The population is a dense cube (base unit x year x sex x 106 single-year ages): it is stored as
-- one row per base unit, year and sex with the persons of ages 0..105 as an array (element i+1 =
-- age i; NULL = no figure for that age, kept apart from 0 as the long table kept an absent row
-- apart from a row of 0). 1.85 M rows become 17 500 (issue 14: the population load at the speed
-- of COPY): the load's COPY, the primary key's build and the foreign-key checks shrink about
-- 100-fold, while the long table's own part of a load (COPY, key, checks) alone took twice a plain
-- COPY of the files.
--
-- population stays as a view of the long form (base_unit, year, sex, age, persons): SQL roll-ups,
-- administrators' queries and tests read it row-wise as before. The existing rows are converted
-- here (no reload needed: the last applied population run's record stays true).
create table population_by_age (
    base_unit varchar(16) not null references base_unit (code),
    year      integer     not null,
    sex       varchar(6)  not null check (sex in ('female', 'male')),
    persons   integer[]   not null,
    primary key (base_unit, year, sex)
);

/* [jooq ignore start] */
-- The long table's rules, per element: 106 ages, none negative (a NULL element passes: absent).
alter table population_by_age add constraint population_by_age_persons_check
    check (array_ndims(persons) = 1 and array_lower(persons, 1) = 1
           and cardinality(persons) = 106 and 0 <= all (persons));

-- Each unit's year and sex in one pass; an age without a row becomes a NULL element.
insert into population_by_age (base_unit, year, sex, persons)
select base_unit, year, sex,
       case when cardinality(persons) = 106 then persons
            else array(select persons[array_position(ages, a)]
                       from generate_series(0, 105) as a order by a)
       end
from (select base_unit, year, sex, array_agg(persons order by age) as persons,
             array_agg(age order by age) as ages
      from population group by base_unit, year, sex) g
order by base_unit, year, sex;

drop table population;

-- jOOQ's model keeps V3's table of this shape (its code reads the view as it read the table).
create view population as
select d.base_unit, d.year, d.sex, (a.age - 1)::integer as age, a.persons
from population_by_age d
cross join lateral unnest(d.persons) with ordinality as a (persons, age)
where a.persons is not null;
/* [jooq ignore stop] */
