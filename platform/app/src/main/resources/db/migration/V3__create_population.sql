-- Residents on 1 January by base unit, year, sex and single-year age (105 = 105 or older), as
-- the population load run applied it. Split cities (Oslo, Bergen, Stavanger, Trondheim) appear as
-- their bydeler plus the residual unit (<kommune>99) = kommune total minus the sum of bydeler.
create table population (
    base_unit varchar(16) not null references base_unit (code),
    year      integer     not null,
    sex       varchar(6)  not null check (sex in ('female', 'male')),
    age       integer     not null check (age between 0 and 105),
    persons   integer     not null check (persons >= 0),
    primary key (base_unit, year, sex, age)
);

-- The national population as SSB publishes it. Kommune sums before 2024 differ from it by a few
-- persons (csdata re-based older years to the 2024 kommuner and rounded); the national total
-- of an atlas is this, as SKDE's is.
create table population_national (
    year    integer    not null,
    sex     varchar(6) not null check (sex in ('female', 'male')),
    age     integer    not null check (age between 0 and 105),
    persons integer    not null check (persons >= 0),
    primary key (year, sex, age)
);
