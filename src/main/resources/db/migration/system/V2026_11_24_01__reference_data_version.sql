-- A version counter per kind of reference data (agency tree, categories, responsibility rules). Triggers
-- bump it on every change, so each instance can tell with one cheap query whether its in-memory copy is stale.
create table reference_data_version (
    name    varchar(30) primary key,
    version bigint      not null default 1
);

create function reference_data_touch() returns trigger language plpgsql as $$
begin
    insert into reference_data_version (name, version) values (tg_argv[0], 2)
        on conflict (name) do update set version = reference_data_version.version + 1;
    return null;
end
$$;

insert into reference_data_version (name) values ('agency'), ('category');

create trigger agency_changed after insert or update or delete on agency
    for each statement execute function reference_data_touch('agency');
create trigger category_changed after insert or update or delete on category
    for each statement execute function reference_data_touch('category');
