-- A count's base unit is checked by its load against the geography pack, for the whole file at
-- once; a per-row foreign-key check cost more than copying the rows. The pack's base units are the
-- same as base_unit's (GeographyRepository writes them from the pack).
alter table measure_count drop constraint if exists measure_count_base_unit_fkey;
