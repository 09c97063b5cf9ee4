-- The official Kemendagri region tree (reference data, read-only at run time).
create table region (
    code        varchar(13)  primary key,
    parent_code varchar(13)  references region (code),
    level       varchar(10)  not null check (level in ('PROVINCE', 'REGENCY', 'CITY', 'DISTRICT')),
    name        varchar(120) not null,
    population  bigint,
    population_male   bigint,
    population_female bigint
);

create index region_parent_idx on region (parent_code, name);
