-- Administrators' overrides of the default authority: for a category in a region (a province or a
-- regency/city; the more specific region wins), a named agency is responsible from a given date.
create table responsibility_rule (
    id             bigint generated always as identity primary key,
    category_code  varchar(60)  not null references category (code),
    region_code    varchar(13)  not null references region (code),
    agency_code    varchar(80)  not null references agency (code),
    effective_from date         not null,
    note           varchar(300),
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    unique (category_code, region_code, effective_from)
);

insert into reference_data_version (name) values ('responsibility_rule');

create trigger responsibility_rule_changed after insert or update or delete on responsibility_rule
    for each statement execute function reference_data_touch('responsibility_rule');
